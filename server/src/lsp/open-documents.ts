// Open documents' parse sessions and latest models, for both language servers (Node and web worker):
// typing in a document re-parses only the sections typed in, and what is kept for all open documents
// stays within one budget. No Node APIs here: the web worker runs this file too.
import {
  lintPrepared, ParseSession, prepareDocument,
  type DocumentModel, type LintOptions, type LintResult, type Profile,
} from '../engine/index.js';

export interface DocumentLint {
  model: DocumentModel;
  result: LintResult;
  /** Profiles the document could name (built-in and from its config), for hovers. */
  profiles: Record<string, Profile>;
}

export class OpenDocumentModels {
  /**
   * Open documents' parse sessions and latest models, least recently linted first. What they hold is
   * bounded (in characters of their texts, about 60 bytes each), shared by every open document: beyond the
   * budget the least recently linted ones let go of theirs (their next edit parses from scratch, and a
   * hover or code action rebuilds the model). The document linted last always keeps its own, whatever its
   * size, so that typing in it never parses more than the sections typed in.
   */
  private readonly held = new Map<string, { session: ParseSession; lint: HeldLint; chars: number }>();
  private heldChars = 0;

  /** Characters of text whose sessions and models are kept (see `held`). */
  budgetChars = 300_000;

  /**
   * Lints an open document's current text: its sections that did not change since its last lint here are
   * not re-parsed. The model of that earlier lint is outdated then (its nodes may have moved): read a
   * model before re-linting its document.
   */
  lint(uri: string, text: string, options: LintOptions, profiles: Record<string, Profile>): DocumentLint {
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
