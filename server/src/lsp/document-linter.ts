// Lints one open document with its settings and config files. Config files win over settings.
// A broken config file gets a diagnostic of its own, and the documents keep the last valid config.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BUILT_IN_PROFILES, ConfigError, lintPrepared, ParseSession, prepareDocument,
  type DocumentModel, type LintConfig, type LintOptions, type LintResult, type Profile,
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

  /**
   * Open documents' parse sessions and latest models, least recently linted first. What they hold is
   * bounded (in characters of their texts, about 60 bytes each), shared by every open document: beyond the
   * budget the least recently linted ones let go of theirs (their next edit parses from scratch, and a
   * hover or code action rebuilds the model). The document linted last always keeps its own, whatever its
   * size, so that typing in it never parses more than the sections typed in.
   */
  private readonly held = new Map<string, { session: ParseSession; lint: HeldLint; chars: number }>();
  private heldChars = 0;

  /**
   * Lints a text. `incremental`: the text is the open document's current one, and its sections that did
   * not change since the last incremental lint of that URI are not re-parsed. The model of that earlier
   * lint is outdated then (its nodes may have moved): read a model before re-linting its document.
   */
  lint(uri: string, text: string, settings: MldocSettings, incremental = false): DocumentLint {
    const config = this.configFor(uri, settings);
    const options = { config, force: settings.designDocs === 'all' };
    const profiles = { ...BUILT_IN_PROFILES, ...config.profiles };
    if (!incremental) {
      // A document the engine cannot model gets one finding; the model is then an empty document.
      const prepared = prepareDocument(text, options);
      return { model: prepared.model, result: lintPrepared(prepared, options), profiles };
    }
    const previous = this.held.get(uri);
    const session = previous?.session ?? new ParseSession();
    this.release(uri);
    const prepared = prepareDocument(text, options, session);
    const lint = new HeldLint(prepared.model, text, options, lintPrepared(prepared, options), profiles);
    this.held.set(uri, { session, lint, chars: text.length });
    this.heldChars += text.length;
    for (const [other, entry] of this.held) {
      if (this.heldChars <= this.budgetChars || other === uri) break;
      entry.session.dispose();
      entry.lint.release();
      this.release(other);
    }
    return lint;
  }

  /** Characters of text whose sessions and models are kept (see `held`). */
  budgetChars = 300_000;

  private release(uri: string): void {
    const entry = this.held.get(uri);
    if (!entry) return;
    this.held.delete(uri);
    this.heldChars -= entry.chars;
  }

  /** Lets go of an open document's parse session and model (the document was closed). */
  close(uri: string): void {
    const entry = this.held.get(uri);
    entry?.session.dispose();
    entry?.lint.release();
    this.release(uri);
  }

  /** URIs whose sessions are kept, least recently linted first (tests check the budget). */
  get heldUris(): string[] {
    return [...this.held.keys()];
  }
}

/**
 * A lint whose model can be let go of when memory is short and is rebuilt (cold, from the same text and
 * options: the same model) when a hover or code action asks for it again.
 */
class HeldLint implements DocumentLint {
  constructor(private built: DocumentModel | null, private readonly text: string, private readonly options: LintOptions,
    readonly result: LintResult, readonly profiles: Record<string, Profile>) {}

  get model(): DocumentModel {
    this.built ??= prepareDocument(this.text, this.options).model;
    return this.built;
  }

  release(): void {
    this.built = null;
  }
}
