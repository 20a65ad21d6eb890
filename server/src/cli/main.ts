// `mldoc check`: lints design docs from files, folders, globs or stdin, for people and for CI.
// Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or I/O problems.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  BUILT_IN_PROFILES, ConfigError, lint, own, RULES, type Diagnostic, type LintResult,
} from '../engine/index.js';
import { ConfigResolver, isExcluded, lintConfigFor, type LoadedConfig } from '../node/config-loader.js';
import { decodeMarkdown, FileCollector, readMarkdownFile, UnreadableTextError, type FoundFile } from '../node/files.js';
import { formatGithub } from './formatters/github.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import type { FileReport, Formatter, JsonMessage } from './formatters/types.js';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub };

const HELP = `Usage: mldoc check [options] PATH...
       mldoc rules

Lints ML system design documents. PATH is a file, a folder (searched recursively
for *.md and *.markdown; only files detected as design docs are linted), a glob
in quotes, or - for standard input.

Options:
  -f, --format NAME       stylish (default), json, sarif or github
  -p, --profile NAME      required sections: full (default), requirements, interview,
                          or a custom profile from config; front matter still wins
  -c, --config FILE       use this config file instead of searching for one
      --max-warnings N    exit 1 when there are more than N warnings
  -q, --quiet             report errors only
      --stdin-filename F  path used for config lookup and output when reading -
      --color, --no-color force coloured output on or off
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage or I/O problem.
Docs: docs/rules/<rule-id>.md for each rule; config in .mldoc.json, .mldoc.yaml,
or the "mldoc" key of package.json (see README).`;

class UsageError extends Error {}

interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  cwd: string;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

function toJsonMessage(d: Diagnostic): JsonMessage {
  const message: JsonMessage = {
    ruleId: d.ruleId, severity: d.severity, message: d.message,
    line: d.range.start.line, column: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column,
    docsUrl: d.docsUrl,
  };
  if (d.fix) {
    const { start, end } = d.fix.range;
    message.fix = { range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, text: d.fix.text };
  }
  return message;
}

function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTty;
}

export function runCli(argv: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        profile: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.stderr(`mldoc: ${(error as Error).message}\nRun "mldoc --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(readVersion() + '\n');
    return 0;
  }
  const [command, ...paths] = positionals;
  try {
    if (command === 'rules') {
      for (const rule of RULES) io.stdout(`${rule.id.padEnd(26)} ${rule.defaultSeverity.padEnd(8)} ${rule.description}\n`);
      return 0;
    }
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command; did you mean "mldoc check PATH..."?');
    if (paths.length === 0) throw new UsageError('no paths given; try "mldoc check docs/"');
    const formatter = FORMATTERS[values.format!];
    if (!formatter) throw new UsageError(`unknown format "${values.format}"; expected one of ${Object.keys(FORMATTERS).join(', ')}`);
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
      maxWarnings = Number(values['max-warnings']);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
    }
    const color = useColor(values['no-color'] ? false : values.color, io);
    return check(paths, {
      formatter, quiet: values.quiet!, maxWarnings, profile: values.profile, configFile: values.config,
      stdinFilename: values['stdin-filename'], color,
    }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mldoc: ${error.message}\nRun "mldoc --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

interface CheckOptions {
  formatter: Formatter;
  quiet: boolean;
  maxWarnings: number | undefined;
  profile: string | undefined;
  configFile: string | undefined;
  stdinFilename: string | undefined;
  color: boolean;
}

function check(paths: string[], options: CheckOptions, io: CliIo): number {
  const problems: string[] = [];
  const collector = new FileCollector();
  let readsStdin = false;
  for (const arg of paths) {
    if (arg === '-') readsStdin = true;
    else collector.collect(arg, io.cwd);
  }
  for (const problem of collector.problems) problems.push(`${problem.path}: ${problem.message}`);

  if (options.configFile && !fs.existsSync(path.resolve(io.cwd, options.configFile))) {
    throw new UsageError(`config file not found: ${path.resolve(io.cwd, options.configFile)}`);
  }
  const resolver = new ConfigResolver(options.configFile ? path.resolve(io.cwd, options.configFile) : undefined);
  const inputs: Input[] = collector.files.map((f) => ({ ...f, displayPath: f.path }));
  if (readsStdin) {
    const stdinPath = options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : path.join(io.cwd, '<stdin>');
    try {
      inputs.push({ path: stdinPath, explicit: true, text: io.readStdin(), displayPath: options.stdinFilename ? stdinPath : '<stdin>' });
    } catch (error) {
      if (!(error instanceof UnreadableTextError)) throw error;
      problems.push(`standard input: not checked: ${error.message}`);
    }
  }

  if (options.profile && !own(BUILT_IN_PROFILES, options.profile)) {
    // A custom profile must be defined in the config of at least one of the documents.
    const known = inputs.some((input) => {
      try {
        return Boolean(own(resolver.forDocument(input.path).data.profiles, options.profile!));
      } catch {
        return false;
      }
    });
    if (!known) throw new UsageError(`unknown profile "${options.profile}"; expected ${Object.keys(BUILT_IN_PROFILES).join(', ')} or a profile defined in config`);
  }

  const reports: FileReport[] = [];
  let unchecked = 0;
  for (const input of inputs) {
    try {
      const report = checkOne(input, resolver, options, problems);
      if (!report) continue;
      if (report.messages.some((m) => UNCHECKED.has(m.ruleId))) unchecked++;
      reports.push(report);
    } catch (error) {
      // A bug must cost one file, never the run: say which file, go on with the others.
      problems.push(`${input.path}: internal error, file not checked (${(error as Error).message}). Please report this with the file.`);
    }
  }

  io.stdout(options.formatter(reports, { cwd: io.cwd, color: options.color, version: readVersion() }));
  for (const problem of problems) io.stderr(`mldoc: ${problem}\n`);
  if (problems.length > 0 || unchecked > 0) return 2;
  const all = reports.flatMap((r) => r.messages);
  if (all.some((m) => m.severity === 'error')) return 1;
  const warnings = all.filter((m) => m.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`mldoc: ${warnings} warnings found, more than the --max-warnings limit of ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Findings that mean a file could not be checked: the run exits 2 (a crash is never "errors found"). */
const UNCHECKED = new Set(['internal-error', 'document-limit']);

type Input = FoundFile & { text?: string; displayPath: string };

/** Lints one input; null when it is excluded or cannot be read (the problem is recorded). */
function checkOne(input: Input, resolver: ConfigResolver, options: CheckOptions, problems: string[]): FileReport | null {
  let loaded: LoadedConfig;
  try {
    loaded = resolver.forDocument(input.path);
  } catch (error) {
    if (error instanceof ConfigError) {
      problems.push(error.message);
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
      if (error instanceof UnreadableTextError) {
        problems.push(`${input.path}: not checked: ${error.message}`);
        return null;
      }
      problems.push(`${input.path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return null;
    }
  }
  const result: LintResult = lint(text, {
    config: lintConfigFor(loaded, input.path),
    profileOverride: options.profile,
    force: input.explicit,
  });
  const diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  return {
    filePath: input.displayPath,
    isDesignDoc: result.isDesignDoc,
    linted: result.linted,
    profile: result.profile,
    language: result.language,
    kind: result.kind,
    messages: diagnostics.map(toJsonMessage),
    skipped: result.skipped,
  };
}

/** Runs the CLI as a process: real stdio, real exit code. */
export function main(): void {
  let code: number;
  try {
    code = runCli(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin: () => decodeMarkdown(fs.readFileSync(0)),
      cwd: process.cwd(),
      isTty: Boolean(process.stdout.isTTY),
      env: process.env,
    });
  } catch (error) {
    process.stderr.write(`mldoc: internal error: ${(error as Error).stack ?? error}\nPlease report this.\n`);
    code = 2;
  }
  process.exitCode = code;
}
