// The public, typed API of the mldoc-lint package (`import { lint } from 'mldoc-lint'`). It is the
// engine plus Node helpers for files and config; it never loads vscode or the language server.
import fs from 'node:fs';
import path from 'node:path';
import {
  lint as lintText, RULES, type LintConfig, type LintResult, type Severity,
} from '../engine/index.js';
import { ConfigResolver, loadConfigFile } from '../node/config-loader.js';
import { toLintConfig, type ConfigFileData } from '../engine/config.js';
import { lintFilesSync, type FileLintResult, type LintFilesOptions, type LintProblem } from '../node/lint-files.js';

export type {
  Diagnostic, Fix, LintConfig, LintResult, Position, Profile, Range, RelatedLocation, RuleSetting, Severity,
} from '../engine/index.js';
export type { ConfigFileData } from '../engine/config.js';
export type { FileLintResult, LintFilesOptions, LintProblem } from '../node/lint-files.js';
export { ConfigError } from '../engine/index.js';
export { applyFixes, fixAll, selectFixes } from '../engine/fixes.js';
export type { FixAllOutcome } from '../engine/fixes.js';

export interface LintOptions {
  /** Effective configuration (see loadConfig); default: the built-in rules and the `full` profile. */
  config?: LintConfig;
  /** Profile when the document's front matter names none. */
  profile?: string;
  /** Lint even when the text is not detected as a design doc (default true: you asked for it). */
  force?: boolean;
  /** Base URL of the rule docs for `docsUrl` (default: the pages shipped in this package). */
  docsBaseUrl?: string;
}

/** Lints one design document's text. Synchronous and pure: no file is read. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintText(text, {
    config: options.config,
    profileOverride: options.profile,
    force: options.force ?? true,
    ...(options.docsBaseUrl ? { docsBaseUrl: options.docsBaseUrl } : {}),
  });
}

export interface LintFilesResult {
  results: FileLintResult[];
  problems: LintProblem[];
}

/**
 * Lints files, folders (design docs found by walking, as the CLI does) and quoted globs, each
 * with its nearest config file. Unreadable files and invalid configs are returned as `problems`.
 */
export async function lintFiles(paths: string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  return lintFilesSync(paths, options);
}

export interface LoadedConfigInfo {
  /** The config file found (or given), or null when none applies. */
  file: string | null;
  /** The file's validated content, with `extends` followed. */
  data: ConfigFileData;
  /** What `lint` takes as `options.config`. */
  config: LintConfig;
}

/**
 * Loads the config that applies to a document or folder: the nearest .mldoc.json, .mldoc.yaml,
 * .mldoc.yml or package.json "mldoc" key above it, or `options.configFile`. Throws ConfigError
 * (with file, line, column and key) when the config is invalid.
 */
export function loadConfig(forPath: string = process.cwd(), options: { configFile?: string } = {}): LoadedConfigInfo {
  const absolute = path.resolve(forPath);
  if (options.configFile) {
    const data = loadConfigFile(options.configFile);
    return { file: path.resolve(options.configFile), data, config: toLintConfig(data) };
  }
  // A folder stands for the documents directly inside it.
  const isFolder = fs.existsSync(absolute) && fs.statSync(absolute).isDirectory();
  const loaded = new ConfigResolver().forDocument(isFolder ? path.join(absolute, 'document.md') : absolute);
  return { file: loaded.file, data: loaded.data, config: toLintConfig(loaded.data) };
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  tags: string[];
}

/** Every rule: id, one-line description, default severity, whether it offers fixes. */
export const rules: readonly RuleMeta[] = RULES.map((rule) => ({
  id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, fixable: rule.fixable, tags: [...rule.tags],
}));
