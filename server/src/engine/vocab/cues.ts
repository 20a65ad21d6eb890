// Cue phrases from vocab/<language>/cues.yaml as matchers: the words a rule looks for in a statement
// ("biased against", "k-fold", "must be fast") live in the vocabulary, not in the rule.
import { VOCABULARY_DATA } from './data.generated.js';
import { escapeRegExp } from '../text.js';
import { activeOverlay, applyChanges, perVocabulary, type WordChanges } from './overlay.js';

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
// The rest of a word after a stem: anything but space and punctuation (a plain class: Unicode property
// classes repeated in every phrase make V8 slow to compile the pattern).
const STEM_REST = '[^\\s.,;:!?()\\[\\]{}<>"\'“”‘’/|*_~-]*';

/** One phrase of a cue as a regular expression source, without the word boundaries (see CueVocab). */
function phraseBody(phrase: string): string {
  const tokens = phrase.trim().toLowerCase().split(/\s+/);
  let source = '';
  tokens.forEach((token, i) => {
    if (token === '...') {
      source += String.raw`(?:\S+\s+){0,3}?`;
      return;
    }
    const stem = token.endsWith('*');
    const word = stem ? token.slice(0, -1) : token;
    const body = word.split('-').map((part) => part.split('#').map(escapeRegExp).join(String.raw`\d+(?:[.,]\d+)?`)).join('[- ]?');
    source += body + (stem ? STEM_REST : '');
    if (i < tokens.length - 1) source += String.raw`\s+`;
  });
  return source;
}

/**
 * Phrases as one regular expression source, matched as whole words: not inside a longer word, nor as the
 * first part of a hyphenated one ("fast-moving"). Phrases are lower-case; match lower-cased text.
 */
export function phrasesSource(phrases: string[]): string {
  return `(?<!${WORD_CHAR})(?:${phrases.map(phraseBody).join('|')})(?!${WORD_CHAR}|-\\p{L})`;
}

interface CompiledCue {
  pattern: RegExp;
  global: RegExp;
  /**
   * Lower-case words one of which a text must contain before the pattern is worth running, as one
   * alternation (a regular expression tests ~20 needles about 2.5 times faster than as many includes).
   */
  needles: RegExp;
}

// Compiled cues by name, per active vocabulary (a config may add or remove a cue's phrases).
const compiledCues = perVocabulary(() => new Map<string, CompiledCue | null>());

/** A cue's phrases in every language, with the active config's changes. */
export function cuePhrases(name: string, changes: WordChanges | undefined = activeOverlay()?.cues?.[name]): string[] {
  const builtIn = Object.values(VOCABULARY_DATA).flatMap((data) => data.cues?.[name]?.phrases ?? []);
  return applyChanges(builtIn, changes, (phrase) => phrase.trim().toLowerCase());
}

/** Whether the built-in vocabulary has a cue of this name (in any language). */
export function isCueName(name: string): boolean {
  return Object.values(VOCABULARY_DATA).some((data) => data.cues?.[name] !== undefined);
}

/** The longest run of letters a phrase always contains, lower-cased ("treat* ... unfairly" → "unfairly"). */
function needleOf(phrase: string): string {
  const runs = phrase.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * The needles worth looking for: a text holds some needle of the list exactly when it holds one of these.
 * Duplicates go, and so does a needle that contains a shorter one ("faster" when "fast" is there); an
 * empty needle (a phrase with no letters) means the pattern must always run.
 */
export function fewestNeedles(needles: string[]): string[] {
  const kept: string[] = [];
  for (const needle of [...new Set(needles)].sort((a, b) => a.length - b.length)) {
    if (!kept.some((shorter) => needle.includes(shorter))) kept.push(needle);
  }
  return kept;
}

function compile(name: string): CompiledCue | null {
  const compiled = compiledCues();
  if (!compiled.has(name)) {
    const phrases = cuePhrases(name);
    const source = phrasesSource(phrases);
    // Phrases are lower-cased and matched against lower-cased text: a case-insensitive pattern over
    // Unicode classes costs V8 far more to compile.
    compiled.set(name, phrases.length ? {
      pattern: new RegExp(source, 'u'),
      global: new RegExp(source, 'gu'),
      needles: new RegExp(fewestNeedles(phrases.map(needleOf)).map(escapeRegExp).join('|')),
    } : null);
  }
  return compiled.get(name)!;
}

/**
 * The text lower-cased with every index kept, or null when the text could not say the cue at all (it holds
 * none of the cue's words: a cheap test before the pattern).
 */
function searchable(cue: CompiledCue, text: string): string | null {
  const lower = lowerCased(text);
  return cue.needles.test(lower) ? lower : null;
}

/** The text lower-cased, at the same length so that indexes into it are indexes into the text. */
function lowerCased(text: string): string {
  const lower = text.toLowerCase();
  // A few letters grow when lower-cased ("İ"): fold them one by one so indexes still match the text.
  return lower.length === text.length ? lower : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/** The cue's phrases in every language the vocabulary has, as one pattern over lower-cased text (null when no language has it). */
export function cuePattern(name: string): RegExp | null {
  return compile(name)?.pattern ?? null;
}

/** The first place `text` says the cue, or null. */
export function findCue(name: string, text: string): { index: number; text: string } | null {
  const cue = compile(name);
  const lower = cue && searchable(cue, text);
  if (!lower) return null;
  const match = cue.pattern.exec(lower);
  return match ? { index: match.index, text: text.slice(match.index, match.index + match[0].length) } : null;
}

/** Every place `text` says the cue, in order. */
export function* findCues(name: string, text: string): Generator<{ index: number; text: string }> {
  const cue = compile(name);
  const lower = cue && searchable(cue, text);
  if (!lower) return;
  for (const match of lower.matchAll(cue.global)) yield { index: match.index, text: text.slice(match.index, match.index + match[0].length) };
}

export function hasCue(name: string, text: string): boolean {
  return findCue(name, text) !== null;
}
