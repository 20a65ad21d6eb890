// `mldoc-lint check`: lints design docs from files, folders, globs or stdin, for people and for CI.
// Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or I/O problems.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { RULES, type Diagnostic } from '../engine/index.js';
import { lintFilesSync, LintFilesUsageError } from '../node/lint-files.js';
import { formatGithub } from './formatters/github.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import type { FileReport, Formatter, JsonMessage } from './formatters/types.js';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub };

const HELP = `Usage: mldoc-lint check [options] PATH...
       mldoc-lint rules

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
    io.stderr(`mldoc-lint: ${(error as Error).message}\nRun "mldoc-lint --help" for usage.\n`);
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
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command; did you mean "mldoc-lint check PATH..."?');
    if (paths.length === 0) throw new UsageError('no paths given; try "mldoc-lint check docs/"');
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
      io.stderr(`mldoc-lint: ${error.message}\nRun "mldoc-lint --help" for usage.\n`);
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
  let outcome;
  try {
    outcome = lintFilesSync(paths, {
      cwd: io.cwd, configFile: options.configFile, profile: options.profile,
      stdin: { text: paths.includes('-') ? io.readStdin() : '', filename: options.stdinFilename },
    });
  } catch (error) {
    if (error instanceof LintFilesUsageError) throw new UsageError(error.message);
    throw error;
  }
  const problems = outcome.problems.map((p) => p.message);
  const reports: FileReport[] = outcome.results.map((result) => {
    const diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    return { filePath: result.filePath, isDesignDoc: result.isDesignDoc, profile: result.profile, messages: diagnostics.map(toJsonMessage) };
  });

  io.stdout(options.formatter(reports, { cwd: io.cwd, color: options.color, version: readVersion() }));
  for (const problem of problems) io.stderr(`mldoc-lint: ${problem}\n`);
  if (problems.length > 0) return 2;
  const all = reports.flatMap((r) => r.messages);
  if (all.some((m) => m.severity === 'error')) return 1;
  const warnings = all.filter((m) => m.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`mldoc-lint: ${warnings} warnings found, more than the --max-warnings limit of ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Runs the CLI as a process: real stdio, real exit code. A crash is one line on stderr and exit 2. */
export function main(): void {
  const fail = (error: unknown) => {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`mldoc-lint: internal error: ${reason} (please report it; MLDOC_LINT_DEBUG=1 prints the stack)\n`);
    if (process.env.MLDOC_LINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  };
  process.on('uncaughtException', fail);
  try {
    process.exitCode = runCli(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin: () => fs.readFileSync(0, 'utf8'),
      cwd: process.cwd(),
      isTty: Boolean(process.stdout.isTTY),
      env: process.env,
    });
  } catch (error) {
    fail(error);
  }
}
