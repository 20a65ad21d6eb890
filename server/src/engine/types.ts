// Shared types of the lint engine. Positions are 1-based (line and column) everywhere in the
// engine; the language server converts to 0-based LSP positions at its edge.
import type { VocabularyOverlay } from './vocab/overlay.js';

/** A record's own entry, never one inherited from Object.prototype ("constructor", "__proto__"). */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units like editors count
}

export interface Range {
  start: Position;
  end: Position; // exclusive
}

/** A text edit: replace `range` with `text` (an insertion when the range is empty). */
export interface Fix {
  range: Range;
  text: string;
  /** Short label for editors, e.g. "Insert a rollback plan". */
  title?: string;
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  docsUrl: string;
  fix?: Fix;
  related?: RelatedLocation[];
}

export type RuleSetting = 'off' | Severity | [Severity | 'off', Record<string, unknown>];

export interface SectionSpec {
  /** Stable id, e.g. "rollout-plan". */
  id: string;
  /** The section named in words, used in messages: "rollout plan". */
  title: string;
  /** Normalised heading texts that count as this section. */
  aliases: string[];
  /** Normalised texts that count as a whole heading (or "and"-part) or at its start, not at its end. */
  startAliases?: string[];
  /** Normalised words that stop a heading from naming the section ("monitoring" for success metrics). */
  notWith?: string[];
  /** Normalised texts that count only as a whole heading or a whole "and"-part ("context", "why"). */
  exactAliases?: string[];
  /** A heading containing one of these words anywhere counts ("What we consider a successful pilot"). */
  keywords?: string[];
  /** A paragraph starting with one of these labels ("Non-goals:") also counts. */
  paragraphLabels?: string[];
  /** Normalised label groups that count together: a label from every group ("pros" and "cons"). */
  pairedLabels?: string[][];
  /** What the section should hold, in one or two sentences; used by hovers and inserted skeletons. */
  prompt?: string;
  /**
   * The section also counts as present when at least `atLeast` of the doc's own claims say the cue
   * (vocab cues.yaml): trade-offs weighed in the text ("we chose X over Y because…") rather than under a heading.
   * With `alongside`, one such claim is enough when another claim says that cue (one choice, with the
   * options it was weighed against: "Alternatively, …", "a cheaper option, albeit slower"). With
   * `distinctInOneSection`, the count is of different phrases of the cue in one section, its code comments
   * included (a timeline's "shadow mode" and "A/B test" rows, a deploy script's "# blue/green").
   */
  statedIn?: { cue: string; atLeast: number; alongside?: string; distinctInOneSection?: boolean };
}

export interface Profile {
  name: string;
  description: string;
  sections: SectionSpec[];
}

/** Effective configuration for one document, after config files, settings and flags are merged. */
export interface LintConfig {
  profile?: string;
  profiles?: Record<string, Profile>;
  rules?: Record<string, RuleSetting>;
  /**
   * Severities by the document's front-matter `status` (draft, review, approved…), applied over
   * `rules`. Defaults: see DEFAULT_STATUS_SEVERITIES; a config's map replaces a status's entry.
   */
  status?: Record<string, Record<string, Severity | 'off'>>;
  /** Set when a config `include` glob matched the file: it is a design doc whatever its headings. */
  includedByConfig?: boolean;
  /** Where the rule pages are published (config `docsBaseUrl`); LintOptions.docsBaseUrl wins. */
  docsBaseUrl?: string;
  /** Size and nesting limits beyond which a document is not checked (one finding says so). */
  limits?: Partial<DocumentLimits>;
  /** A team's own words added to and removed from the built-in vocabulary (config `vocabulary`). */
  vocabulary?: VocabularyOverlay;
}

export interface DocumentLimits {
  /** Characters (UTF-16 code units). */
  maxChars: number;
  maxLines: number;
  /** Nesting of lists and quotes, as estimated from line prefixes before parsing. */
  maxDepth: number;
  /** `*` and `_` characters in one paragraph (the parser slows down with their square). */
  maxEmphasisMarkers: number;
}

export interface LintOptions {
  config?: LintConfig;
  /** Profile forced by the caller (the CLI's --profile); front matter still wins. */
  profileOverride?: string;
  /** Lint even if the document is not detected as a design doc (files named explicitly). */
  force?: boolean;
  /** Base URL of the rule docs; the rule id and ".md" are appended. */
  docsBaseUrl?: string;
  /** Today as YYYY-MM-DD (default: the current UTC date): suppression comments "until" an earlier date have expired. */
  today?: string;
}

/** A rule that declined to judge a document, and why (shown to users: never a silent skip). */
export interface SkippedRule {
  ruleId: string;
  reason: string;
}

export interface LintResult {
  /** Whether the rules ran: a detected design doc, or any file when `force` is set. */
  linted: boolean;
  /** The document's language: "en", "ru" (languages with a vocabulary) or "unknown". */
  language: string;
  /** What kind of document it reads as: design-doc, template, guide, model-card, rfc, readme, blog-post. */
  kind: string;
  kindReason: string;
  /** Rules that are on but did not judge this document, with the reason. */
  skipped: SkippedRule[];
  isDesignDoc: boolean;
  /** Why the document was or was not taken as a design doc, for users wondering. */
  detectionReason: string;
  profile: string;
  diagnostics: Diagnostic[];
}
