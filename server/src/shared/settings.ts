// The editor settings, written down once: package.json "contributes.configuration" declares them,
// the client passes them through, the server reads them per document with workspace/configuration.
// Config files (.mldoc.json …) win over them. Pure types and defaults: no vscode or LSP imports.
import type { RuleSetting } from '../engine/index.js';

export interface MldocSettings {
  /** Lint Markdown documents at all. */
  enable: boolean;
  /** Lint as you type (after `debounceMs`) or only when the document is opened and saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** Which Markdown files are linted: only detected design docs, or every Markdown file. */
  designDocs: 'detected' | 'all';
  /** Profile when neither front matter nor a config file names one; "" for the default (full). */
  profile: string;
  /** Rule severities; a config file's "rules" win over these. */
  rules: Record<string, RuleSetting>;
  /** Globs (relative to the workspace folder) of Markdown files never linted, e.g. "archive/**". */
  ignore: string[];
}

export const DEFAULT_SETTINGS: MldocSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 150,
  designDocs: 'detected',
  profile: '',
  rules: {},
  ignore: [],
};

/** Fills in defaults for whatever the editor sent (it may send nothing, or half of it). */
export function normaliseSettings(raw: unknown): MldocSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<MldocSettings>;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: typeof value.debounceMs === 'number' && value.debounceMs >= 0 ? value.debounceMs : DEFAULT_SETTINGS.debounceMs,
    designDocs: value.designDocs === 'all' ? 'all' : 'detected',
    profile: typeof value.profile === 'string' ? value.profile : '',
    rules: value.rules && typeof value.rules === 'object' ? value.rules : {},
    ignore: Array.isArray(value.ignore) ? value.ignore.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [],
  };
}
