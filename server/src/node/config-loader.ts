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

/** Reads one config file and everything it extends (later files win over what they extend). */
export function loadConfigFile(file: string, seen: string[] = []): ConfigFileData {
  const absolute = path.resolve(file);
  if (seen.includes(absolute)) {
    throw new ConfigError(absolute, 1, 1, 'extends', `extends itself through ${[...seen, absolute].join(' -> ')}`);
  }
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
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
  try {
    const parsed = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
    return parsed !== null && typeof parsed === 'object' && 'mldoc' in parsed;
  } catch {
    return false; // a broken package.json without our key is not ours to report
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
