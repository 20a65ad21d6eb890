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
  /**
   * Lint files named in `paths` only when they are design docs (and not excluded by config), as files
   * found by walking a folder are: for hooks that pass every changed Markdown file.
   */
  onlyDesignDocs?: boolean;
  /** Text to lint as standard input, for the path "-" (an Error when it could not be read as text). */
  stdin?: { text: string | Error; filename?: string };
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
  /** How the work was done (lintFiles only): results reused from the store, texts linted, threads that linted (0: this one alone). */
  stats?: { reused: number; linted: number; workers: number };
}

/** A mistake in how lintFiles was called (an unknown profile); the CLI reports it as a usage error. */
export class LintFilesUsageError extends Error {}

/** A file to lint, planned in command-line order: its text and options, or why it is not linted. */
interface PlannedFile {
  input: Input;
  /** Set when the file is linted; absent when it is excluded or could not be read (then `problem` may say why). */
  job?: { text: string; lintOptions: LintOptions; configFile: string | null };
  problem?: LintProblem;
}

interface LintPlan {
  files: PlannedFile[];
  /** Problems found before any file (paths that match nothing, unreadable standard input). */
  problems: LintProblem[];
}

/**
 * Everything before linting: expands the paths, finds each document's config, drops excluded files
 * and reads the others. Throws LintFilesUsageError for a mistake in the call itself.
 */
function planLint(paths: string[], options: LintFilesOptions): LintPlan {
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
  const inputs: Input[] = collector.files.map((f) => ({ ...f, explicit: f.explicit && !options.onlyDesignDocs, displayPath: f.path }));
  if (readsStdin) {
    const stdinPath = options.stdin?.filename ? path.resolve(cwd, options.stdin.filename) : path.join(cwd, '<stdin>');
    const text = options.stdin?.text ?? '';
    if (text instanceof Error) problems.push({ kind: 'io', message: `standard input: not checked: ${text.message}` });
    else inputs.push({ path: stdinPath, explicit: true, text, displayPath: options.stdin?.filename ? stdinPath : '<stdin>' });
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

  const reportedConfigErrors = new Set<string>();
  const files = inputs.map((input) => {
    try {
      return planOne(input, resolver, profile, options.docsBaseUrl, reportedConfigErrors);
    } catch (error) {
      return { input, problem: internalErrorProblem(input, error) };
    }
  });
  return { files, problems };
}

/** A bug must cost one file, never the run: say which file, go on with the others. */
function internalErrorProblem(input: Input, error: unknown): LintProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'io', message: `${input.path}: internal error, file not checked (${reason}). Please report this with the file.`, file: input.path };
}

/** The outcome in command-line order: each linted file's result, and every problem in the order met. */
function assemble(plan: LintPlan, lintResults: Array<LintResult | { error: unknown } | undefined>): LintFilesOutcome {
  const results: FileLintResult[] = [];
  const problems = [...plan.problems];
  plan.files.forEach((file, i) => {
    if (file.problem) problems.push(file.problem);
    const outcome = lintResults[i];
    if (!file.job || !outcome) return;
    if ('error' in outcome) {
      problems.push(internalErrorProblem(file.input, outcome.error));
      return;
    }
    const { text, lintOptions, configFile } = file.job;
    results.push({ ...outcome, filePath: file.input.displayPath, absolutePath: file.input.path, text, configFile, lintOptions });
  });
  return { results, problems };
}

function lintInProcess(job: { text: string; lintOptions: LintOptions }): LintResult | { error: string } {
  try {
    return lint(job.text, job.lintOptions);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Lints the files one after another in this thread. */
export function lintFilesSync(paths: string[], options: LintFilesOptions = {}): LintFilesOutcome {
  const plan = planLint(paths, options);
  return assemble(plan, plan.files.map((file) => (file.job ? lintInProcess(file.job) : undefined)));
}

/** Results kept from an earlier run (the CLI's --cache): a result for this exact text and options, or nothing. */
export interface LintResultStore {
  lookup(absolutePath: string, text: string, lintOptions: LintOptions): LintResult | undefined;
}

export interface ParallelLintOptions extends LintFilesOptions {
  /** Most files linted at once: this thread and concurrency - 1 worker threads (1: all in this thread). */
  concurrency?: number;
  /** Results to reuse instead of linting again. */
  store?: LintResultStore;
}

/**
 * Below this much text, worker threads cost more than they save: each worker loads the engine and
 * warms it up (~0.1–0.2 s here) before its first file.
 */
export const PARALLEL_MIN_BYTES = 256 * 1024;
export const PARALLEL_MIN_FILES = 4;

/**
 * Lints the files as lintFilesSync does, with the same results in the same order, reusing stored
 * results and spreading the rest over worker threads when there is enough text to pay for them.
 */
export async function lintFiles(paths: string[], options: ParallelLintOptions = {}): Promise<LintFilesOutcome> {
  const plan = planLint(paths, options);
  const outcomes: Array<LintResult | { error: unknown } | undefined> = new Array(plan.files.length);
  const pending: number[] = [];
  plan.files.forEach((file, i) => {
    if (!file.job) return;
    const stored = options.store?.lookup(file.input.path, file.job.text, file.job.lintOptions);
    if (stored) outcomes[i] = stored;
    else pending.push(i);
  });
  const jobs = pending.map((i) => plan.files[i]!.job!);
  const bytes = jobs.reduce((sum, job) => sum + job.text.length, 0);
  let workers = Math.min(options.concurrency ?? 1, jobs.length);
  if (workers > 1 && jobs.length >= PARALLEL_MIN_FILES && bytes >= PARALLEL_MIN_BYTES) {
    const { lintInWorkers } = await import('./lint-pool.js');
    const linted = await lintInWorkers(jobs.map((job) => ({ text: job.text, options: job.lintOptions })), workers,
      (job) => lintInProcess({ text: job.text, lintOptions: job.options }));
    pending.forEach((fileIndex, jobIndex) => (outcomes[fileIndex] = linted[jobIndex]));
  } else {
    workers = 0;
    for (const i of pending) outcomes[i] = lintInProcess(plan.files[i]!.job!);
  }
  const reused = plan.files.filter((file) => file.job).length - jobs.length;
  return { ...assemble(plan, outcomes), stats: { reused, linted: jobs.length, workers } };
}

type Input = FoundFile & { text?: string; displayPath: string };

/** Finds one input's config and reads it; no job when it is excluded or cannot be read (the problem says why). */
function planOne(input: Input, resolver: ConfigResolver, profile: string | undefined, docsBaseUrl: string | undefined,
  reportedConfigErrors: Set<string>): PlannedFile {
  let loaded: LoadedConfig;
  try {
    loaded = resolver.forDocument(input.path);
  } catch (error) {
    if (error instanceof ConfigError) {
      if (reportedConfigErrors.has(error.message)) return { input };
      reportedConfigErrors.add(error.message);
      return { input, problem: { kind: 'config', message: error.message, file: error.file, line: error.line, column: error.column } };
    }
    throw error;
  }
  if (!input.explicit && isExcluded(loaded, input.path)) return { input };
  let text = input.text;
  if (text === undefined) {
    try {
      text = readMarkdownFile(input.path);
    } catch (error) {
      const message = error instanceof UnreadableTextError
        ? `${input.path}: not checked: ${error.message}`
        : `${input.path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      return { input, problem: { kind: 'io', message, file: input.path } };
    }
  }
  const lintOptions: LintOptions = {
    config: lintConfigFor(loaded, input.path),
    profileOverride: profile,
    force: input.explicit,
    ...(docsBaseUrl ? { docsBaseUrl } : {}),
  };
  return { input, job: { text, lintOptions, configFile: loaded.file } };
}
