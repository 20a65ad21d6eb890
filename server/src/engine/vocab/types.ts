// The shape of the vocabulary files (vocab/<language>/*.yaml). See vocab/README.md.

/** One group of words with the examples that prove it: what it must match, and a near miss it must not. */
export interface VocabEntry {
  /** Heading phrases: equal to a normalised heading, at its start or end, or one "and"-part of it. */
  phrases?: string[];
  /** With `exact`, the phrases count only as a whole heading or a whole "and"-part. */
  exact?: boolean;
  /** With `atStart`, the phrases count as a whole heading or at its start, not at its end. */
  atStart?: boolean;
  /** Whole words that make any heading containing them count. */
  keywords?: string[];
  /** Words that stop a heading from naming the section wherever they stand ("Monitoring metrics"). */
  notWith?: string[];
  /** Labels of a paragraph that stands for the section ("Non-goals: …"). */
  labels?: string[];
  /**
   * Groups of labels that count only together: the doc has a paragraph, list item or heading labelled
   * from every group ("Pros" and "Cons"). Examples separate their paragraphs with " | ".
   */
  pairedLabels?: string[][];
  match: string[];
  nearMiss: string[];
}

export interface SectionVocab {
  /** The section named in words, for messages (English vocabulary only). */
  title?: string;
  /** What the section should hold (English vocabulary only). */
  prompt?: string;
  /** Sections whose words also name this one ("risks and alternatives" ← risks, alternatives). */
  includes?: string[];
  /** A section that is named exactly like another (the interview's "data" is "data requirements"). */
  sameAs?: string;
  /**
   * The section counts as present when this many of the doc's claims say the cue, or one does and another
   * claim says the `alongside` cue (see SectionSpec.statedIn).
   */
  statedIn?: { cue: string; atLeast: number; alongside?: string; distinctInOneSection?: boolean };
  entries?: VocabEntry[];
}

export interface LanguageVocab {
  /** Function words frequent in any prose of the language. */
  words: string[];
  /** Letters the language does not use: prose where they are frequent (over 1% of letters) is not in it. */
  foreignLetters?: string[];
  match: string[];
  nearMiss: string[];
}

/** A regular-expression entry (between word boundaries, case-insensitive) with its proof examples. */
export interface PatternEntry {
  pattern: string;
  match: string[];
  nearMiss: string[];
}

/** A list of whole words that signal something about a document, with its proof examples. */
export interface WordSignal {
  words: string[];
  match: string[];
  nearMiss: string[];
}

/**
 * Phrases one rule looks for in prose (cues.yaml). Matched case-insensitively as whole words; in a phrase,
 * "-" also matches a space or nothing ("near-instant" ~ "near instant"), "*" ends a word stem
 * ("respond*" ~ "responds", "responded"), "#" stands for a number ("#-fold" ~ "5-fold") and "..." for up to
 * three words in between ("be ... fast" ~ "be reasonably fast").
 */
export interface CueVocab {
  /** Which rule reads the cue and what for (documentation only). */
  about?: string;
  phrases: string[];
  match: string[];
  nearMiss: string[];
}

/**
 * A named word pattern (patterns.yaml): a regular expression source, used whole by the code that names it
 * (anchors and word boundaries included), for words the phrase notation of cues cannot say.
 */
export interface NamedPattern {
  /** Which rule or model reads it and what for (documentation only). */
  about?: string;
  /** The regular expression, or a list of alternatives (joined with "|"). */
  pattern: string | string[];
  /** Matched as written (the text is lower-cased first, or the case matters); otherwise case-insensitively. */
  caseSensitive?: boolean;
  /**
   * A part spliced into a larger pattern in code (units after a number, comparator words): its examples
   * are whole phrases it must match, or must not, from start to end.
   */
  fragment?: boolean;
  /** What each word the pattern matches stands for, by its lower-cased form ("msec" → "ms", "million" → 1e6). */
  means?: Record<string, string | number>;
  match: string[];
  nearMiss: string[];
}

export interface LanguageData {
  sections?: Record<string, SectionVocab>;
  language?: LanguageVocab;
  kinds?: Record<'template-title' | 'prompt-verbs' | 'second-person' | 'first-person', WordSignal>;
  /** placeholder-text: capitalised markers ("TBD") and phrases ("to be determined"). */
  placeholders?: {
    markers?: WordSignal;
    phrases?: WordSignal;
    /** Letters left for a number ("N ms", "X%"), with the units and bound words around them. */
    numberLetters?: WordSignal & { units: string[]; bounds: string[]; windows: string[] };
    /** Status labels that a bracket in a heading may hold; any other bracketed slot there is a fill-in. */
    headingFillIns?: WordSignal;
  };
  /** Cue phrases rules look for, by name (the name is the rule's, see server/src/engine/vocab/cues.ts). */
  cues?: Record<string, CueVocab>;
  /** Word patterns by the module that reads them, then by name (see server/src/engine/vocab/patterns.ts). */
  patterns?: Record<string, Record<string, NamedPattern>>;
  /** Roles of statements: example openers, and headings of sections that cite others' work. */
  /** privacy: kinds of personal data, and words that say how it is handled. */
  privacy?: { 'personal-data'?: PatternEntry[]; handling?: PatternEntry[] };
  /** Words of structure: the word before a heading's number ("Step 3", "Этап 1"), abbreviations. */
  structure?: {
    'numbering-words'?: WordSignal;
    /** Abbreviations (lower-case, without the last full stop) whose full stop does not end a sentence. */
    abbreviations?: WordSignal;
  };
  roles?: { 'example-openers'?: WordSignal; hypothetical?: WordSignal; 'citation-sections'?: WordSignal };
}

export type VocabularyData = Record<string, LanguageData>;
