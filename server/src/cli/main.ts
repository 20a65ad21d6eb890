// `mldoc-lint check`: lints design docs from files, folders, globs or stdin, for people and for CI.
// Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or I/O problems, crashes.
// Start-up time matters (a hook runs this on every commit): this module imports only what parsing the
// arguments needs; each command loads its own code, and only the formatter asked for is loaded.
import fs from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeMarkdown } from '../node/decode.js';
import { UsageError, type CliIo } from './io.js';
import { terminalSafeLines } from './terminal.js';
import type { Formatter } from './formatters/types.js';

export type { CliIo } from './io.js';

const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./formatters/stylish.js')).formatStylish,
  json: async () => (await import('./formatters/json.js')).formatJson,
  sarif: async () => (await import('./formatters/sarif.js')).formatSarif,
  github: async () => (await import('./formatters/github.js')).formatGithub,
};

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
      --only-design-docs  lint the files named only when they are design docs (as
                          files found in folders are); for pre-commit hooks
      --max-warnings N    exit 1 when there are more than N warnings
      --cache             reuse the results of files unchanged since the last --cache
                          run (same text, config and mldoc-lint build)
      --cache-location P  the cache file, or a folder to keep it in
                          (default: .mldoc-lint-cache in the current folder)
      --concurrency N     lint up to N files at once, on N-1 worker threads and this
                          one (default: the CPU cores not busy, by the load average,
                          less one for V8's own threads; 1: one after another in one
                          thread); workers start only
                          when there are 4 files and 256 KB of text to lint
  -q, --quiet             report errors only
      --stdin-filename F  path used for config lookup and output when reading -
      --print-config FILE print the configuration that applies to FILE and exit
      --color, --no-color force coloured output on or off
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage, config or I/O problem.
Docs: docs/rules/<rule-id>.md in the package for each rule; config in .mldoc.json,
.mldoc.yaml, or the "mldoc" key of package.json (see README).`;

/** The package's version, from its package.json: two folders up in the bundle (out/cli/), four in out/server/src/cli/. */
function readVersion(): string {
  for (const relative of ['../../package.json', '../../../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'mldoc-lint') return pkg.version;
    } catch {
      // not there: try the other layout
    }
  }
  return 'unknown';
}

/**
 * The default --concurrency: the cores not already busy (cores minus the 1-minute load average, as
 * make's --load-average), less one, at least 1. A worker thread costs an engine warm-up (about a third
 * more CPU time over the corpus on two threads), and V8's compiler and collector threads keep about half
 * a core busy beside one linting thread (user 12 s in 9 s of wall time on 7.5 MB of docs): the core left
 * to them is why two threads on a two-core machine were 1.2x slower than one on the corpus and only
 * 5% faster on four times as much.
 */
export function defaultConcurrency(cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores - 1, Math.round(cores - 1 - load)));
}

function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTty;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
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
        'only-design-docs': { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
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
    if (values['print-config'] !== undefined) return await printConfig(values['print-config'], values.config, io);
    if (command === 'rules') {
      const { RULES } = await import('../engine/rules/index.js');
      for (const rule of RULES) io.stdout(`${rule.id.padEnd(26)} ${rule.defaultSeverity.padEnd(8)} ${rule.description}\n`);
      return 0;
    }
    if (command === 'init') {
      const { DEFAULT_INIT_PROFILE, init } = await import('./init.js');
      let done: string[];
      try {
        done = init({ cwd: io.cwd, profile: values.profile ?? DEFAULT_INIT_PROFILE, docsDir: values['docs-dir'] ?? 'docs/design' });
      } catch (error) {
        io.stderr(`mldoc-lint: ${(error as Error).message}\n`);
        return 2;
      }
      for (const line of done) io.stdout(`${line}\n`);
      return 0;
    }
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command; did you mean "mldoc-lint check PATH..."?');
    if (paths.length === 0) throw new UsageError('no paths given; try "mldoc-lint check docs/"');
    const loadFormatter = Object.hasOwn(FORMATTERS, values.format!) ? FORMATTERS[values.format!] : undefined;
    if (!loadFormatter) throw new UsageError(`unknown format "${values.format}"; expected one of ${Object.keys(FORMATTERS).join(', ')}`);
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
      maxWarnings = Number(values['max-warnings']);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
    }
    const docsBaseUrl = values['docs-base-url'];
    if (docsBaseUrl !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(docsBaseUrl)) throw new UsageError(`--docs-base-url takes an absolute URL, not "${docsBaseUrl}"`);
    let concurrency = defaultConcurrency();
    if (values.concurrency !== undefined) {
      concurrency = Number(values.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency takes a whole number of at least 1, not "${values.concurrency}"`);
    }
    if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location only matters with --cache; add --cache');
    const color = useColor(values['no-color'] ? false : values.color, io);
    const [{ check }, formatter] = await Promise.all([import('./check.js'), loadFormatter()]);
    return await check(paths, {
      formatter, formatName: values.format!, quiet: values.quiet!, maxWarnings, profile: values.profile, configFile: values.config,
      stdinFilename: values['stdin-filename'], color, fix: values.fix!, fixDryRun: values['fix-dry-run']!,
      baseline: values.baseline, updateBaseline: values['update-baseline']!, root: values.root, docsBaseUrl,
      outputFile: values['output-file'], onlyDesignDocs: values['only-design-docs']!, version: readVersion(),
      concurrency, cacheFile: values.cache ? await cacheFile(io.cwd, values['cache-location']) : undefined,
    }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mldoc-lint: ${error.message}\nRun "mldoc-lint --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

async function cacheFile(cwd: string, location: string | undefined): Promise<string> {
  return (await import('./cache.js')).cacheFilePath(cwd, location);
}

/** --print-config FILE: the config file that applies to FILE and its content after `extends`, as JSON. */
async function printConfig(file: string, configFile: string | undefined, io: CliIo): Promise<number> {
  const [{ ConfigResolver }, { ConfigError }] = await Promise.all([import('../node/config-loader.js'), import('../engine/config.js')]);
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
export async function main(): Promise<void> {
  const fail = (error: unknown) => {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`mldoc-lint: internal error: ${reason} (please report it; MLDOC_LINT_DEBUG=1 prints the stack)\n`);
    if (process.env.MLDOC_LINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  };
  process.on('uncaughtException', fail);
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
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
