// `mldoc-lint check`: lints design docs from files, folders, globs or stdin, for people and for CI.
// Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or I/O problems, crashes.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, RULES } from '../engine/index.js';
import { ConfigResolver } from '../node/config-loader.js';
import { decodeMarkdown } from '../node/files.js';
import { check, UsageError, type CliIo } from './check.js';
import { formatGithub } from './formatters/github.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish, terminalSafeLines } from './formatters/stylish.js';
import type { Formatter } from './formatters/types.js';
import { DEFAULT_INIT_PROFILE, init } from './init.js';

export type { CliIo } from './check.js';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub };

const HELP = `Usage: mldoc-lint check [options] PATH...
       mldoc-lint rules
       mldoc-lint init [--profile NAME] [--docs-dir DIR]
       mldoc-lint --print-config FILE

Lints ML system design documents. PATH is a file, a folder (searched recursively
for *.md and *.markdown; only files detected as design docs are linted), a glob
in quotes, or - for standard input.

Options:
  -f, --format NAME       stylish (default), json, sarif or github
  -o, --output-file FILE  write the report to FILE instead of standard output
  -p, --profile NAME      required sections: full (default), requirements, interview,
                          or a custom profile from config; front matter still wins
  -c, --config FILE       use this config file instead of searching for one
      --fix               apply the fixes the editor offers and write the files
      --fix-dry-run       print the changes --fix would make as a diff; write nothing
      --baseline FILE     findings recorded in FILE are not failures
      --update-baseline   record every current finding in the --baseline FILE
                          (default .mldoc-baseline.json) and exit 0
      --root DIR          folder that SARIF and GitHub paths are relative to
                          (default: $GITHUB_WORKSPACE, else the git repository root)
      --docs-base-url URL where the rule pages are published (SARIF helpUri, docsUrl);
                          default: the pages shipped in the package
      --max-warnings N    exit 1 when there are more than N warnings
  -q, --quiet             report errors only
      --stdin-filename F  path used for config lookup and output when reading -
      --print-config FILE print the configuration that applies to FILE and exit
      --color, --no-color force coloured output on or off
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage, config or I/O problem.
Docs: docs/rules/<rule-id>.md in the package for each rule; config in .mldoc.json,
.mldoc.yaml, or the "mldoc" key of package.json (see README).`;

function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
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
        'output-file': { type: 'string', short: 'o' },
        profile: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean', default: false },
        root: { type: 'string' },
        'docs-base-url': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        'docs-dir': { type: 'string' },
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
    if (values['print-config'] !== undefined) return printConfig(values['print-config'], values.config, io);
    if (command === 'rules') {
      for (const rule of RULES) io.stdout(`${rule.id.padEnd(26)} ${rule.defaultSeverity.padEnd(8)} ${rule.description}\n`);
      return 0;
    }
    if (command === 'init') {
      try {
        for (const line of init({ cwd: io.cwd, profile: values.profile ?? DEFAULT_INIT_PROFILE, docsDir: values['docs-dir'] ?? 'docs/design' })) io.stdout(`${line}\n`);
        return 0;
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
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
    const docsBaseUrl = values['docs-base-url'];
    if (docsBaseUrl !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(docsBaseUrl)) throw new UsageError(`--docs-base-url takes an absolute URL, not "${docsBaseUrl}"`);
    const color = useColor(values['no-color'] ? false : values.color, io);
    return check(paths, {
      formatter, formatName: values.format!, quiet: values.quiet!, maxWarnings, profile: values.profile, configFile: values.config,
      stdinFilename: values['stdin-filename'], color, fix: values.fix!, fixDryRun: values['fix-dry-run']!,
      baseline: values.baseline, updateBaseline: values['update-baseline']!, root: values.root, docsBaseUrl,
      outputFile: values['output-file'], version: readVersion(),
    }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mldoc-lint: ${error.message}\nRun "mldoc-lint --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

/** --print-config FILE: the config file that applies to FILE and its content after `extends`, as JSON. */
function printConfig(file: string, configFile: string | undefined, io: CliIo): number {
  const target = path.resolve(io.cwd, file);
  try {
    const loaded = new ConfigResolver(configFile ? path.resolve(io.cwd, configFile) : undefined).forDocument(target);
    io.stdout(JSON.stringify({ file: loaded.file, config: loaded.data }, null, 2) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`mldoc-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
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
      stderr: (text) => process.stderr.write(terminalSafeLines(text)),
      readStdin: () => decodeMarkdown(fs.readFileSync(0)),
      cwd: process.cwd(),
      isTty: Boolean(process.stdout.isTTY),
      env: process.env,
    });
  } catch (error) {
    fail(error);
  }
}
