// `mldoc-lint check`: lint, then optionally fix, compare with a baseline, format, write the output.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, FIX_ALL_MAX_PASSES, lint, type Diagnostic } from '../engine/index.js';
import { ConfigResolver } from '../node/config-loader.js';
import { UnreadableTextError } from '../node/decode.js';
import { parseCacheBytes, suspendParseCache } from '../engine/parse.js';
import { lintFiles, LintFilesUsageError, type FileLintResult, type LintProblem } from '../node/lint-files.js';
import type { BaselineFile } from './baseline.js';
import { fingerprints } from './fingerprint.js';
import type { FileReport, Formatter, JsonMessage } from './formatters/types.js';
import { UsageError, type CliIo } from './io.js';
import { findRepositoryRoot } from './root.js';

export { UsageError, type CliIo } from './io.js';

export interface CheckOptions {
  formatter: Formatter;
  formatName: string;
  quiet: boolean;
  maxWarnings: number | undefined;
  profile: string | undefined;
  configFile: string | undefined;
  stdinFilename: string | undefined;
  color: boolean;
  fix: boolean;
  fixDryRun: boolean;
  baseline: string | undefined;
  updateBaseline: boolean;
  root: string | undefined;
  docsBaseUrl: string | undefined;
  outputFile: string | undefined;
  onlyDesignDocs: boolean;
  version: string;
  /** Files linted at once on worker threads (1: in this thread). */
  concurrency: number;
  /** Reuse results from this cache file (--cache), or undefined. */
  cacheFile: string | undefined;
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
  if (d.related?.length) {
    message.related = d.related.map((r) => ({
      line: r.range.start.line, column: r.range.start.column, endLine: r.range.end.line, endColumn: r.range.end.column, message: r.message,
    }));
  }
  return message;
}

/** Lints a result's text again with the options it was first linted with (after a fix). */
function relint(result: FileLintResult, text: string): FileLintResult {
  return { ...result, ...lint(text, result.lintOptions), text };
}

/** Findings that mean a file could not be checked: the run exits 2 (a crash is never "errors found"). */
const UNCHECKED = new Set(['internal-error', 'document-limit']);

function readStdin(io: CliIo): string | Error {
  try {
    return io.readStdin();
  } catch (error) {
    if (error instanceof UnreadableTextError) return error;
    throw error;
  }
}

export async function check(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run do not go together; pick one');
  if (options.fix && paths.includes('-')) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the changes');
  let baseline: BaselineFile | undefined;
  const baselineFile = options.baseline ? path.resolve(io.cwd, options.baseline) : undefined;

  const cache = options.cacheFile
    ? (await import('./cache.js')).openCache(options.cacheFile, options.version, (message) => io.stderr(`mldoc-lint: warning: ${message}\n`))
    : undefined;
  let outcome;
  // A check reads each file once: cached chunk trees would never be found again, yet each would live on
  // into V8's old generation, to be copied on the way and collected by full collections (on the corpus,
  // 10-20 MB of peak RSS in one run, and 3-8% of the time of repeated in-process runs). Fixes re-lint what
  // they change, and there the unchanged sections' trees are worth keeping.
  const resumeParseCache = options.fix || options.fixDryRun ? undefined : suspendParseCache();
  try {
    outcome = await lintFiles(paths, {
      cwd: io.cwd, configFile: options.configFile, profile: options.profile, docsBaseUrl: options.docsBaseUrl, onlyDesignDocs: options.onlyDesignDocs,
      stdin: { text: paths.includes('-') ? readStdin(io) : '', filename: options.stdinFilename },
      concurrency: options.concurrency, store: cache,
    });
  } catch (error) {
    if (error instanceof LintFilesUsageError) throw new UsageError(error.message);
    throw error;
  } finally {
    resumeParseCache?.();
  }
  if (io.env.MLDOC_LINT_DEBUG && outcome.stats) {
    const { reused, linted, workers } = outcome.stats;
    io.stderr(`mldoc-lint: debug: ${reused} result(s) from the cache, ${linted} file(s) linted ${workers ? `on ${workers} threads (${workers - 1} worker thread(s) and the main thread)` : 'in the main thread'}, ${parseCacheBytes()} bytes of chunk trees kept in the main thread\n`);
  }
  const problems: LintProblem[] = [...outcome.problems];
  let results = outcome.results;
  const saveCache = () => {
    const warning = cache?.save(results);
    if (warning) io.stderr(`mldoc-lint: warning: ${warning}\n`);
  };
  if (baselineFile && !options.updateBaseline) {
    const { BaselineError, readBaseline } = await import('./baseline.js');
    try {
      baseline = readBaseline(baselineFile);
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      problems.push({ kind: 'io', message: error.message, file: baselineFile });
    }
  }

  // Fixes: a diff on stdout (nothing written), or the files rewritten and the rest reported.
  if (options.fix || options.fixDryRun) {
    const { fixDiff, fixToFixedPoint, writeFileAtomic } = await import('./fix.js');
    let diffs = '';
    let changedFiles = 0;
    results = results.map((result) => {
      if (result.diagnostics.length === 0) return result;
      const fixed = fixToFixedPoint(result.text, (text) => lint(text, result.lintOptions));
      if (fixed.refused) io.stderr(`mldoc-lint: ${result.filePath}: ${fixed.refused} fix${fixed.refused === 1 ? '' : 'es'} not applied because ${fixed.refused === 1 ? 'it' : 'they'} would delete text\n`);
      if (!fixed.settled) io.stderr(`mldoc-lint: ${result.filePath}: fixes kept changing the text after ${FIX_ALL_MAX_PASSES} passes; stopped\n`);
      if (fixed.text === result.text) return result;
      changedFiles++;
      if (options.fixDryRun) {
        diffs += fixDiff(path.relative(io.cwd, result.absolutePath).split(path.sep).join('/') || result.filePath, result.text, fixed.text);
        return result;
      }
      try {
        writeFileAtomic(result.absolutePath, fixed.text);
      } catch (error) {
        problems.push({ kind: 'io', message: `${result.absolutePath}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it is unchanged`, file: result.absolutePath });
        return result;
      }
      return relint(result, fixed.text);
    });
    if (options.fixDryRun) {
      saveCache();
      write(options, io, diffs);
      for (const problem of problems) io.stderr(`mldoc-lint: ${problem.message}\n`);
      if (problems.length > 0) return 2;
      io.stderr(changedFiles ? `mldoc-lint: --fix would change ${changedFiles} file${changedFiles === 1 ? '' : 's'}\n` : 'mldoc-lint: --fix would change nothing\n');
      return changedFiles ? 1 : 0;
    }
  }

  saveCache();

  const inBaseline = baseline ? (await import('./baseline.js')).inBaseline : undefined;
  // Fingerprints (a hash per finding) serve only the baseline and SARIF.
  const needsPrints = options.updateBaseline || baseline !== undefined || options.formatName === 'sarif';
  const prints = new WeakMap<JsonMessage, string>();
  const reports: FileReport[] = [];
  const forBaseline: Array<{ absolutePath: string; findings: Array<{ ruleId: string; fingerprint: string; message: string }> }> = [];
  let baselined = 0;
  for (const result of results) {
    const resultPrints = needsPrints ? fingerprints(result.text, result.diagnostics) : [];
    let kept = result.diagnostics.map((d, i) => ({ d, fingerprint: resultPrints[i] ?? '' }));
    if (options.updateBaseline) forBaseline.push({ absolutePath: result.absolutePath, findings: kept.map(({ d, fingerprint }) => ({ ruleId: d.ruleId, fingerprint, message: d.message })) });
    if (baseline && baselineFile && inBaseline) {
      const known = inBaseline(baseline, baselineFile, result.absolutePath, kept.map(({ d, fingerprint }) => ({ ruleId: d.ruleId, fingerprint })));
      baselined += known.filter(Boolean).length;
      kept = kept.filter((_, i) => !known[i]);
    }
    if (options.quiet) kept = kept.filter(({ d }) => d.severity === 'error');
    const messages = kept.map(({ d, fingerprint }) => {
      const message = toJsonMessage(d);
      prints.set(message, fingerprint);
      return message;
    });
    reports.push({
      filePath: result.filePath, isDesignDoc: result.isDesignDoc, linted: result.linted, profile: result.profile,
      language: result.language, kind: result.kind, messages, skipped: result.skipped, absolutePath: result.absolutePath,
    });
  }

  if (options.updateBaseline) {
    const target = path.resolve(io.cwd, options.baseline ?? '.mldoc-baseline.json');
    for (const problem of problems) io.stderr(`mldoc-lint: ${problem.message}\n`);
    if (problems.length > 0) {
      io.stderr(`mldoc-lint: baseline not written because of the problems above\n`);
      return 2;
    }
    const { writeBaseline } = await import('./baseline.js');
    const count = writeBaseline(target, forBaseline);
    io.stderr(`mldoc-lint: wrote ${count} finding${count === 1 ? '' : 's'} in ${forBaseline.filter((d) => d.findings.length).length} file(s) to ${target}\n`);
    return 0;
  }

  const root = options.root ? path.resolve(io.cwd, options.root) : findRepositoryRoot(io.cwd, io.env);
  const output = options.formatter(reports, {
    cwd: io.cwd, color: options.color, version: options.version, root, docsBaseUrl: options.docsBaseUrl ?? configuredDocsBase(io.cwd, options.configFile),
    problems, fingerprint: (m) => prints.get(m) ?? '', env: io.env, baselined,
  });
  if (!write(options, io, output)) return 2;
  if (options.formatName === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    const { writeGithubSummary } = await import('./formatters/github.js');
    try {
      writeGithubSummary(io.env.GITHUB_STEP_SUMMARY, reports, problems, root);
    } catch (error) {
      problems.push({ kind: 'io', message: `${io.env.GITHUB_STEP_SUMMARY}: cannot append the step summary (${(error as Error).message})` });
    }
  }
  for (const problem of problems) io.stderr(`mldoc-lint: ${problem.message}\n`);
  const unchecked = results.filter((r) => r.diagnostics.some((d) => UNCHECKED.has(d.ruleId))).length;
  if (problems.length > 0 || unchecked > 0) return 2;
  const all = reports.flatMap((r) => r.messages);
  if (all.some((m) => m.severity === 'error')) return 1;
  const warnings = all.filter((m) => m.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`mldoc-lint: ${warnings} warnings found, more than the --max-warnings limit of ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The docsBaseUrl of the config that applies in the current folder (for run-level links such as SARIF helpUri). */
function configuredDocsBase(cwd: string, configFile: string | undefined): string | undefined {
  try {
    return new ConfigResolver(configFile ? path.resolve(cwd, configFile) : undefined).forDocument(path.join(cwd, 'document.md')).data.docsBaseUrl;
  } catch (error) {
    if (error instanceof ConfigError) return undefined; // reported with the files it applies to
    throw error;
  }
}

/** Writes the output to stdout or to -o FILE; false (after saying why) when the file cannot be written. */
function write(options: CheckOptions, io: CliIo, text: string): boolean {
  if (!options.outputFile) {
    io.stdout(text);
    return true;
  }
  const file = path.resolve(io.cwd, options.outputFile);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return true;
  } catch (error) {
    io.stderr(`mldoc-lint: ${file}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return false;
  }
}
