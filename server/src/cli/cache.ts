// --cache: lint results kept between runs, so that re-checking an unchanged repository costs reading
// and hashing its files, not linting them. A result is reused only for the same file with the same
// text, the same resolved options (config, profile, docs URL, forced or detected) and the same build
// of mldoc-lint; a text with an expiring suppression ("until DATE") is also keyed by today's date.
// The cache is an accelerator: a missing, corrupt or unwritable cache file is a warning, never a failure.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DOCS_BASE_URL, RULES, type LintOptions, type LintResult } from '../engine/index.js';
import type { FileLintResult, LintResultStore } from '../node/lint-files.js';

export const DEFAULT_CACHE_FILE = '.mldoc-lint-cache';
const FORMAT = 'mldoc-lint-cache';
const FORMAT_VERSION = 1;

/** Findings that mean a file was not really checked: their results are never kept. */
const NOT_KEPT = new Set(['internal-error', 'document-limit']);

interface CacheEntry {
  key: string;
  result: LintResult;
}

interface CacheFile {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** The build of mldoc-lint that wrote it; another build starts afresh. */
  stamp: string;
  files: Record<string, CacheEntry>;
}

/** The cache file for --cache-location (a file, or a folder to put the default file in); default in cwd. */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

/** What identifies this build: its version, its rules, where its rule pages are, and the code file itself. */
export function buildStamp(version: string): string {
  let code = '';
  try {
    const stat = fs.statSync(fileURLToPath(import.meta.url));
    code = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // not on disk (bundled elsewhere): version and rules still key the cache
  }
  const rules = RULES.map((rule) => `${rule.id}=${rule.defaultSeverity}`).join(',');
  return createHash('sha256').update([version, code, DEFAULT_DOCS_BASE_URL, rules].join('\n')).digest('hex').slice(0, 32);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function entryKey(text: string, options: LintOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options)).update('\0');
  // Suppressions "until YYYY-MM-DD" expire: such a text's findings depend on the date too.
  if (/until/i.test(text)) hash.update(today());
  return hash.update('\0').update(text).digest('base64url');
}

function isCacheFile(data: unknown): data is CacheFile {
  if (!data || typeof data !== 'object') return false;
  const file = data as Partial<CacheFile>;
  if (file.format !== FORMAT || typeof file.stamp !== 'string' || !file.files || typeof file.files !== 'object') return false;
  return Object.values(file.files).every((entry) => entry && typeof entry.key === 'string' && entry.result && Array.isArray(entry.result.diagnostics));
}

/** Reads a regular file without blocking on a FIFO or a device swapped in for it. */
function readRegularFile(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error('not a regular file');
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

export class LintCache implements LintResultStore {
  private readonly previous: Record<string, CacheEntry>;
  private hits = 0;
  /** Keys computed by lookup, reused by save when the text is still the same (after --fix it may not be). */
  private readonly keys = new Map<string, { text: string; key: string }>();
  /** Whether the file on disk is not what this run would write: another build's, unreadable, or absent. */
  private stale: boolean;

  private constructor(readonly file: string, private readonly stamp: string, previous: Record<string, CacheEntry>, stale: boolean) {
    this.previous = previous;
    this.stale = stale;
  }

  /** Opens the cache file; `warn` hears about a file that exists but cannot be used (then it starts empty). */
  static open(file: string, stamp: string, warn: (message: string) => void): LintCache {
    let text: string;
    try {
      text = readRegularFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn(`${file}: cache not read (${code ?? (error as Error).message}); linting every file`);
      return new LintCache(file, stamp, {}, true);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (!isCacheFile(data) || data.version !== FORMAT_VERSION) {
      warn(`${file}: not a cache file mldoc-lint can read (corrupt, or written by another tool); ignored and rewritten`);
      return new LintCache(file, stamp, {}, true);
    }
    const sameBuild = data.stamp === stamp;
    return new LintCache(file, stamp, sameBuild ? data.files : {}, !sameBuild);
  }

  get hitCount(): number {
    return this.hits;
  }

  lookup(absolutePath: string, text: string, lintOptions: LintOptions): LintResult | undefined {
    const entry = Object.hasOwn(this.previous, absolutePath) ? this.previous[absolutePath] : undefined;
    if (!entry) return undefined;
    const key = entryKey(text, lintOptions);
    this.keys.set(absolutePath, { text, key });
    if (entry.key !== key) return undefined;
    this.hits++;
    return entry.result;
  }

  /**
   * Writes the results of this run (after any --fix, so keyed by the text now on disk), keeps entries
   * of files this run did not look at while they still exist, and drops the rest; writes nothing when
   * that is what the file holds already. Returns a warning when the file cannot be written.
   */
  save(results: readonly FileLintResult[]): string | undefined {
    const files: Record<string, CacheEntry> = {};
    let changed = this.stale;
    const seen = new Set(results.map((r) => r.absolutePath));
    for (const [file, entry] of Object.entries(this.previous)) {
      if (seen.has(file)) continue;
      if (fs.existsSync(file)) files[file] = entry;
      else changed = true;
    }
    for (const r of results) {
      if (r.filePath === '<stdin>' || r.diagnostics.some((d) => NOT_KEPT.has(d.ruleId))) {
        changed ||= Object.hasOwn(this.previous, r.absolutePath);
        continue;
      }
      const { filePath: _shown, absolutePath, text, configFile: _config, lintOptions, ...result } = r;
      const known = this.keys.get(absolutePath);
      const key = known && known.text === text ? known.key : entryKey(text, lintOptions);
      const before = Object.hasOwn(this.previous, absolutePath) ? this.previous[absolutePath] : undefined;
      // The same key means the same text and options: the stored result is this one.
      if (before?.key === key) files[absolutePath] = before;
      else {
        files[absolutePath] = { key, result };
        changed = true;
      }
    }
    if (!changed) return undefined; // every entry is as on disk: nothing to write
    const data: CacheFile = { format: FORMAT, version: FORMAT_VERSION, stamp: this.stamp, files };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temp, JSON.stringify(data));
      fs.renameSync(temp, this.file);
      return undefined;
    } catch (error) {
      fs.rmSync(temp, { force: true });
      return `${this.file}: cache not written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
}

/** Opens the cache for this build of mldoc-lint. */
export function openCache(file: string, version: string, warn: (message: string) => void): LintCache {
  return LintCache.open(file, buildStamp(version), warn);
}
