// Cue phrases from vocab/<language>/cues.yaml as matchers: the words a rule looks for in a statement
// ("biased against", "k-fold", "must be fast") live in the vocabulary, not in the rule.
import { VOCABULARY_DATA } from './data.generated.js';

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One phrase of a cue as a regular expression source (see CueVocab for the notation). */
export function phraseSource(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  let source = '';
  tokens.forEach((token, i) => {
    if (token === '...') {
      source += String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,3}?`;
      return;
    }
    const stem = token.endsWith('*');
    const word = stem ? token.slice(0, -1) : token;
    const body = word.split('-').map((part) => part.split('#').map(escapeRegExp).join(String.raw`\d+(?:[.,]\d+)?`)).join('[- ]?');
    source += body + (stem ? String.raw`\p{L}*` : '');
    if (i < tokens.length - 1) source += String.raw`\s+`;
  });
  // Whole words: not inside a longer word, nor the first part of a hyphenated one ("fast-moving").
  return `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR}|-\\p{L})`;
}

const patterns = new Map<string, RegExp | null>();

/** The cue's phrases in every language the vocabulary has, as one pattern (null when no language has it). */
export function cuePattern(name: string): RegExp | null {
  if (!patterns.has(name)) {
    const phrases = Object.values(VOCABULARY_DATA).flatMap((data) => data.cues?.[name]?.phrases ?? []);
    patterns.set(name, phrases.length ? new RegExp(phrases.map(phraseSource).join('|'), 'iu') : null);
  }
  return patterns.get(name)!;
}

/** The first place `text` says the cue, or null. */
export function findCue(name: string, text: string): { index: number; text: string } | null {
  const match = cuePattern(name)?.exec(text);
  return match ? { index: match.index, text: match[0] } : null;
}

export function hasCue(name: string, text: string): boolean {
  return findCue(name, text) !== null;
}
