// Lints one open document with its settings and config files. Config files win over settings.
// A broken config file gets a diagnostic of its own, and the documents keep the last valid config.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BUILT_IN_PROFILES, ConfigError, lintPrepared, ParseSession, prepareDocument,
  type DocumentModel, type LintConfig, type LintResult, type Profile,
} from '../engine/index.js';
import { ConfigResolver, lintConfigFor, type LoadedConfig } from '../node/config-loader.js';
import type { MldocSettings } from '../shared/settings.js';

export interface ConfigProblem {
  uri: string; // the config file's URI
  error: ConfigError;
}

export interface DocumentLint {
  model: DocumentModel;
  result: LintResult;
  /** Profiles the document could name (built-in and from its config), for hovers. */
  profiles: Record<string, Profile>;
}

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

  /** Forgets an open document's parse session (the document was closed). */
  close(uri: string): void {
    this.sessions.get(uri)?.dispose();
    this.sessions.delete(uri);
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

  /** Parse sessions of open documents, by URI: each keeps the trees of its document's current sections. */
  private readonly sessions = new Map<string, ParseSession>();

  /**
   * Lints a text. `incremental`: the text is the open document's current one, and its sections that did
   * not change since the last incremental lint of that URI are not re-parsed. The model of that earlier
   * lint is outdated then (its nodes may have moved): read a model before re-linting its document.
   */
  lint(uri: string, text: string, settings: MldocSettings, incremental = false): DocumentLint {
    const config = this.configFor(uri, settings);
    const options = { config, force: settings.designDocs === 'all' };
    let session: ParseSession | undefined;
    if (incremental) {
      session = this.sessions.get(uri) ?? new ParseSession();
      this.sessions.set(uri, session);
    }
    // A document the engine cannot model gets one finding; the model is then an empty document.
    const prepared = prepareDocument(text, options, session);
    const result = lintPrepared(prepared, options);
    return { model: prepared.model, result, profiles: { ...BUILT_IN_PROFILES, ...config.profiles } };
  }
}
