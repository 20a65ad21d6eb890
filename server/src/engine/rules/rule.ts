// What a rule is, and what it is given. Rules report ranges or offsets; the engine adds the rule id,
// severity and docs link, applies suppressions and turns offsets into ranges.
import type { DocumentModel } from '../model/document.js';
import type { DocKind } from '../model/kind.js';
import type { Fix, Profile, Range, RelatedLocation, Severity } from '../types.js';

export interface ReportDescriptor {
  message: string;
  /** Where the problem is: document offsets [start, end), or a range (rules never see the mdast). */
  offsets?: [number, number];
  range?: Range;
  fix?: Fix;
  related?: RelatedLocation[];
}

export interface RuleContext {
  doc: DocumentModel;
  profile: Profile;
  /** The rule's options from config (`[severity, options]`), or {}. */
  options: Record<string, unknown>;
  /** The document's language ("en", "ru", or "unknown") and kind, decided once per lint. */
  language: string;
  kind: DocKind;
  report(descriptor: ReportDescriptor): void;
  /**
   * Declines to judge this document, saying why ("no task framing: the doc never says what is
   * predicted"). The reason is shown to users; never return early without it.
   */
  skip(reason: string): void;
}

/** Which documents a rule can judge. The engine skips the others, and says so. */
export interface RuleScope {
  /**
   * Languages whose vocabulary the rule's words come from. Absent: the rule reads no words (structure,
   * numbers in tables) and judges a document in any language.
   */
  languages?: readonly string[];
  /** Kinds of document the rule judges. Absent: every kind. */
  kinds?: readonly DocKind[];
}

export type RuleTag = 'structure' | 'numbers-present' | 'numbers-agree' | 'judgement';

export interface RuleDefinition {
  id: string;
  /** One line, shown in docs and `mldoc --help`-style listings. */
  description: string;
  defaultSeverity: Severity;
  tags: RuleTag[];
  /** Whether the rule offers fixes (so editors can offer "fix all"). */
  fixable: boolean;
  scope?: RuleScope;
  /** When the rule declines to judge a document it is in scope for, in words (for its docs page). */
  declines?: string[];
  check(context: RuleContext): void;
}

/**
 * The scope of rules that judge what a design doc claims about its system, in English words: a
 * template's prompts, a guide's examples and a model card's facts are not such claims.
 */
export const ENGLISH_DESIGN_CLAIMS: RuleScope = { languages: ['en'], kinds: ['design-doc'] };
/** Rules that read section names, which the vocabulary has in English and Russian. */
export const SECTION_WORDS: RuleScope = { languages: ['en', 'ru'] };
