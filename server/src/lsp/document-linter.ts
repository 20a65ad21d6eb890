// Lints one open document with its settings and config files. Config files win over settings.
// A broken config file gets a diagnostic of its own, and the documents keep the last valid config.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILT_IN_PROFILES, ConfigError, lintPrepared, prepareDocument, type LintConfig } from '../engine/index.js';
import { ConfigResolver, lintConfigFor, type LoadedConfig } from '../node/config-loader.js';
import type { MldocSettings } from '../shared/settings.js';
import { OpenDocumentModels, type DocumentLint } from './open-documents.js';

export interface ConfigProblem {
  uri: string; // the config file's URI
  error: ConfigError;
}

export type { DocumentLint } from './open-documents.js';

export class DocumentLinter {
  private resolver = new ConfigResolver();
  /** Last config that loaded for each folder, kept while the file is broken. */
  private readonly lastValid = new Map<string, LoadedConfig>();
  /** Config files that are broken now, by URI. */
  readonly configProblems = new Map<string, ConfigError>();

  /** Forgets loaded configs and their problems (a config file changed); the next lints reload them. */
  reload(): void {
    this.resolver = new ConfigResolver();
    this.configProblems.clear();
  }

  /** False in an untrusted workspace: built-in rules and settings only, no config files read. */
  useConfigFiles = true;

  private configFor(uri: string, settings: MldocSettings): LintConfig {
    const fromSettings: LintConfig = { rules: settings.rules };
    if (settings.profile) fromSettings.profile = settings.profile;
    if (!uri.startsWith('file:') || !this.useConfigFiles) return fromSettings;
    const file = fileURLToPath(uri);
    let loaded: LoadedConfig | undefined;
    try {
      loaded = this.resolver.forDocument(file);
      this.lastValid.set(path.dirname(file), loaded);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.configProblems.set(pathToFileURL(error.file).href, error);
      loaded = this.lastValid.get(path.dirname(file));
    }
    if (!loaded) return fromSettings;
    const fromFiles = lintConfigFor(loaded, file);
    return {
      ...fromSettings,
      ...fromFiles,
      rules: { ...fromSettings.rules, ...fromFiles.rules },
    };
  }

  /** Open documents' parse sessions and latest models, within one memory budget (see OpenDocumentModels). */
  private readonly open = new OpenDocumentModels();

  /** Called after every lint, even one that throws (the Node server gives memory back once they stop: idle-memory.ts). */
  afterLint: () => void = () => {};

  /**
   * Lints a text. `incremental`: the text is the open document's current one, and its sections that did
   * not change since the last incremental lint of that URI are not re-parsed. The model of that earlier
   * lint is outdated then (its nodes may have moved): read a model before re-linting its document.
   */
  lint(uri: string, text: string, settings: MldocSettings, incremental = false): DocumentLint {
    try {
      return this.lintNow(uri, text, settings, incremental);
    } finally {
      this.afterLint();
    }
  }

  private lintNow(uri: string, text: string, settings: MldocSettings, incremental: boolean): DocumentLint {
    const config = this.configFor(uri, settings);
    const options = { config, force: settings.designDocs === 'all' };
    const profiles = { ...BUILT_IN_PROFILES, ...config.profiles };
    if (!incremental) {
      // A document the engine cannot model gets one finding; the model is then an empty document.
      const prepared = prepareDocument(text, options);
      return { model: prepared.model, result: lintPrepared(prepared, options), profiles };
    }
    return this.open.lint(uri, text, options, profiles);
  }

  /** Characters of text whose sessions and models are kept (see OpenDocumentModels.budgetChars). */
  get budgetChars(): number {
    return this.open.budgetChars;
  }

  set budgetChars(chars: number) {
    this.open.budgetChars = chars;
  }

  /** Lets go of an open document's parse session and model (the document was closed). */
  close(uri: string): void {
    this.open.close(uri);
  }

  /** URIs whose sessions are kept, least recently linted first (tests check the budget). */
  get heldUris(): string[] {
    return this.open.heldUris;
  }
}
