// Lints files on disk the way `mldoc-lint check` does: expands paths (files, folders, globs),
// finds each document's config, skips excluded and non-design-doc files found by walking, reads and
// lints. Shared by the CLI and the public API; problems (I/O, config) are collected, never thrown.
import fs from 'node:fs';
import path from 'node:path';
import { BUILT_IN_PROFILES, ConfigError, lint, own, type LintOptions, type LintResult } from '../engine/index.js';
import { ConfigResolver, isExcluded, lintConfigFor, type LoadedConfig } from './config-loader.js';
import { FileCollector, readMarkdownFile, UnreadableTextError, type FoundFile } from './files.js';

export interface LintFilesOptions {
  /** Folder relative paths and globs are resolved from (default: process.cwd()). */
  cwd?: string;
  /** One config file for every document instead of searching for the nearest one. */
  configFile?: string;
  /** Profile for documents whose front matter names none. */
  profile?: string;
  /** Base URL of the rule docs for `docsUrl` (default: the pages shipped in the package). */
  docsBaseUrl?: string;
  /** Text to lint as standard input, for the path "-". */
  stdin?: { text: string; filename?: string };
}

export interface FileLintResult extends LintResult {
  /** Absolute path, or "<stdin>" for standard input without a file name. */
  filePath: string;
  /** Absolute path used for config lookup (for stdin: the --stdin-filename or <cwd>/<stdin>). */
  absolutePath: string;
  /** The text that was linted. */
  text: string;
  /** The config file that applied, or null. */
  configFile: string | null;
  /** The engine options the text was linted with (to lint a changed text the same way). */
  lintOptions: LintOptions;
}

export interface LintProblem {
  kind: 'io' | 'config';
  /** One line, starting with the path concerned. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintFilesOutcome {
  results: FileLintResult[];
  /** Files that could not be read, invalid configs, paths that match nothing. */
  problems: LintProblem[];
}

/** A mistake in how lintFiles was called (an unknown profile); the CLI reports it as a usage error. */
export class LintFilesUsageError extends Error {}

export function lintFilesSync(paths: string[], options: LintFilesOptions = {}): LintFilesOutcome {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const problems: LintProblem[] = [];
  const collector = new FileCollector();
  let readsStdin = false;
  for (const arg of paths) {
    if (arg === '-') readsStdin = true;
    else collector.collect(arg, cwd);
  }
  for (const problem of collector.problems) problems.push({ kind: 'io', message: `${problem.path}: ${problem.message}`, file: problem.path });

  const configFile = options.configFile ? path.resolve(cwd, options.configFile) : undefined;
  if (configFile && !fs.existsSync(configFile)) {
    throw new LintFilesUsageError(`config file not found: ${configFile}`);
  }
  const resolver = new ConfigResolver(configFile);
  const inputs: Array<FoundFile & { text?: string; displayPath: string }> = collector.files.map((f) => ({ ...f, displayPath: f.path }));
  if (readsStdin) {
    const stdinPath = options.stdin?.filename ? path.resolve(cwd, options.stdin.filename) : path.join(cwd, '<stdin>');
    inputs.push({ path: stdinPath, explicit: true, text: options.stdin?.text ?? '', displayPath: options.stdin?.filename ? stdinPath : '<stdin>' });
  }

  const profile = options.profile;
  if (profile && !own(BUILT_IN_PROFILES, profile)) {
    // A custom profile must be defined in the config of at least one of the documents.
    const known = inputs.some((input) => {
      try {
        return Boolean(own(resolver.forDocument(input.path).data.profiles, profile));
      } catch {
        return false;
      }
    });
    if (!known) throw new LintFilesUsageError(`unknown profile "${profile}"; expected ${Object.keys(BUILT_IN_PROFILES).join(', ')} or a profile defined in config`);
  }

  const results: FileLintResult[] = [];
  const reportedConfigErrors = new Set<string>();
  for (const input of inputs) {
    try {
      const result = lintOne(input);
      if (result) results.push(result);
    } catch (error) {
      // A bug must cost one file, never the run: say which file, go on with the others.
      problems.push({ kind: 'io', message: `${input.path}: internal error, file not checked (${(error as Error).message}). Please report this with the file.`, file: input.path });
    }
  }
  return { results, problems };

  function lintOne(input: FoundFile & { text?: string; displayPath: string }): FileLintResult | null {
    let loaded: LoadedConfig;
    try {
      loaded = resolver.forDocument(input.path);
    } catch (error) {
      if (error instanceof ConfigError) {
        if (!reportedConfigErrors.has(error.message)) {
          reportedConfigErrors.add(error.message);
          problems.push({ kind: 'config', message: error.message, file: error.file, line: error.line, column: error.column });
        }
        return null;
      }
      throw error;
    }
    if (!input.explicit && isExcluded(loaded, input.path)) return null;
    let text = input.text;
    if (text === undefined) {
      try {
        text = readMarkdownFile(input.path);
      } catch (error) {
        const reason = error instanceof UnreadableTextError ? `not checked: ${error.message}`
          : `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
        problems.push({ kind: 'io', message: `${input.path}: ${reason}`, file: input.path });
        return null;
      }
    }
    const lintOptions: LintOptions = {
      config: lintConfigFor(loaded, input.path),
      profileOverride: profile,
      force: input.explicit,
      ...(options.docsBaseUrl ? { docsBaseUrl: options.docsBaseUrl } : {}),
    };
    const result = lint(text, lintOptions);
    return { ...result, filePath: input.displayPath, absolutePath: input.path, text, configFile: loaded.file, lintOptions };
  }
}
