// Finds and loads config files for documents on disk: walks up from each document to the nearest
// .mldoc.json / .mldoc.yaml / .mldoc.yml / package.json with an "mldoc" key, follows `extends`,
// and caches by folder. Shared by the CLI and the language server.
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import {
  ConfigError, mergeConfigData, parseConfigText, toLintConfig,
  type ConfigFileData, type ConfigFormat, type LintConfig,
} from '../engine/index.js';

export const CONFIG_FILE_NAMES = ['.mldoc.json', '.mldoc.yaml', '.mldoc.yml', 'package.json'] as const;

export interface LoadedConfig {
  /** The config file that applies, or null when none was found. */
  file: string | null;
  data: ConfigFileData;
  /** Folder that include/exclude globs are relative to. */
  baseDir: string;
}

function formatOf(file: string): ConfigFormat {
  const base = path.basename(file);
  if (base === 'package.json') return 'package.json';
  return /\.ya?ml$/.test(base) ? 'yaml' : 'json';
}

/** Config files larger than this are refused: a config is a few hundred bytes, /dev/zero is endless. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads a config file only if it is a regular file under the size cap. It is opened without
 * blocking and checked on the open descriptor, so a FIFO, a device or a file swapped in meanwhile
 * can neither hang the read nor fill memory.
 */
export function readConfigText(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file (a FIFO, device or folder is never read as config)');
    if (stat.size > MAX_CONFIG_BYTES) throw new Error(`larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads one config file and everything it extends (later files win over what they extend). */
export function loadConfigFile(file: string, seen: string[] = []): ConfigFileData {
  const absolute = path.resolve(file);
  if (seen.includes(absolute)) {
    throw new ConfigError(absolute, 1, 1, 'extends', `extends itself through ${[...seen, absolute].join(' -> ')}`);
  }
  let text: string;
  try {
    text = readConfigText(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new ConfigError(absolute, 1, 1, '(file)', `cannot read config: ${reason}`);
  }
  const own = parseConfigText(text, absolute, formatOf(absolute));
  let merged: ConfigFileData = {};
  for (const parent of own.extends ?? []) {
    const parentPath = path.resolve(path.dirname(absolute), parent);
    merged = mergeConfigData(merged, loadConfigFile(parentPath, [...seen, absolute]));
  }
  return mergeConfigData(merged, own);
}

function hasMldocKey(packageJson: string): boolean {
  let text: string;
  try {
    text = readConfigText(packageJson);
  } catch {
    return false; // not a readable regular file: not ours to report
  }
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return parsed !== null && typeof parsed === 'object' && Object.hasOwn(parsed, 'mldoc');
  } catch {
    // A broken package.json is ours to report only when it seems to hold our key.
    return /"mldoc"\s*:/.test(text);
  }
}

/** The nearest config file at or above `dir`, or null. */
export function findConfigFile(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (!fs.existsSync(candidate)) continue;
      if (name === 'package.json' && !hasMldocKey(candidate)) continue;
      return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Loads configs for documents, caching by folder. Errors are thrown as ConfigError. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, ConfigFileData>();

  /** `explicitFile` (the CLI's --config) replaces the search for every document. */
  constructor(private readonly explicitFile?: string) {}

  forDocument(documentPath: string): LoadedConfig {
    const dir = path.dirname(path.resolve(documentPath));
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = this.explicitFile ? path.resolve(this.explicitFile) : findConfigFile(dir);
    let data: ConfigFileData = {};
    if (file) {
      data = this.byFile.get(file) ?? loadConfigFile(file);
      this.byFile.set(file, data);
    }
    const loaded: LoadedConfig = { file, data, baseDir: file ? path.dirname(file) : dir };
    this.byDir.set(dir, loaded);
    return loaded;
  }
}

/** Compiled include/exclude globs, kept with the loaded config's lists (they are linted per keystroke). */
const matchers = new WeakMap<string[], (relative: string) => boolean>();

function matchesAny(globs: string[] | undefined, baseDir: string, file: string): boolean {
  if (!globs || globs.length === 0) return false;
  const relative = path.relative(baseDir, path.resolve(file)).split(path.sep).join('/');
  if (relative.startsWith('..')) return false;
  let matcher = matchers.get(globs);
  if (!matcher) matchers.set(globs, (matcher = picomatch(globs, { dot: true })));
  return matcher(relative);
}

export function isExcluded(loaded: LoadedConfig, file: string): boolean {
  return matchesAny(loaded.data.exclude, loaded.baseDir, file);
}

/** The engine config for one document: the file's settings plus whether an include glob matched. */
export function lintConfigFor(loaded: LoadedConfig, file: string): LintConfig {
  const config = toLintConfig(loaded.data);
  if (matchesAny(loaded.data.include, loaded.baseDir, file)) config.includedByConfig = true;
  return config;
}
