// The language a document is written in, told by the share of its prose words that are frequent
// function words of a language with a vocabulary (vocab/<language>/language.yaml). Rules whose words
// exist only in some languages decline, visibly, on documents in others.
import { VOCABULARY_DATA } from '../vocab/data.generated.js';
import type { DocumentModel, TextBlock } from './document.js';
import { perPiece } from '../memo.js';

export interface LanguageGuess {
  /** An ISO 639-1 code with a vocabulary ("en", "ru"), or "unknown". */
  language: string;
  /** A human name for messages: "English", "Russian", or a description of the script. */
  name: string;
  /** How many prose words the guess rests on. */
  words: number;
}

const NAMES: Record<string, string> = { en: 'English', ru: 'Russian' };

/** "English" for "en": the name of a language with a vocabulary, for messages and docs. */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}
/** Below this share of function words, prose is not in that language (English prose runs 25–40%, terse bullet lists 6–15%). */
export const MIN_FUNCTION_WORD_SHARE = 0.035;
/** With fewer prose words than this (an empty template), the script decides. */
const MIN_WORDS = 40;

const FUNCTION_WORDS: Array<[string, Set<string>]> = Object.entries(VOCABULARY_DATA)
  .filter(([, data]) => data.language)
  .map(([language, data]) => [language, new Set(data.language!.words.map((w) => w.toLowerCase()))]);
const FOREIGN_LETTERS = new Map(Object.entries(VOCABULARY_DATA)
  .filter(([, data]) => data.language?.foreignLetters?.length)
  .map(([language, data]) => [language, new RegExp(`[${data.language!.foreignLetters!.join('')}]`, 'giu')]));
/** Share of letters above which a language's foreign letters rule it out. */
const MAX_FOREIGN_LETTER_SHARE = 0.01;

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** Characters of prose the guess reads at most. */
const PROSE_READ = 50_000;

/** What the guess counts in a stretch of prose: its words, their letters, and per language with a vocabulary (as FUNCTION_WORDS) its function words and foreign letters. */
interface ProseCounts {
  words: number;
  letters: number;
  functionWords: number[];
  foreignLetters: number[];
}

function countProse(prose: string): ProseCounts {
  // ё is read as е (both are letters: the words split alike), once over the prose rather than per word.
  const words = prose.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? [];
  const counts: ProseCounts = { words: words.length, letters: 0, functionWords: [], foreignLetters: [] };
  for (const word of words) counts.letters += word.length;
  for (const [language, set] of FUNCTION_WORDS) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    counts.functionWords.push(hits);
    const foreign = FOREIGN_LETTERS.get(language);
    counts.foreignLetters.push(foreign ? (prose.match(foreign) ?? []).length : 0);
  }
  return counts;
}

function noCounts(): ProseCounts {
  return { words: 0, letters: 0, functionWords: FUNCTION_WORDS.map(() => 0), foreignLetters: FUNCTION_WORDS.map(() => 0) };
}

function addCounts(into: ProseCounts, counts: ProseCounts): void {
  into.words += counts.words;
  into.letters += counts.letters;
  for (let i = 0; i < FUNCTION_WORDS.length; i++) {
    into.functionWords[i]! += counts.functionWords[i]!;
    into.foreignLetters[i]! += counts.foreignLetters[i]!;
  }
}

export function guessLanguage(prose: string): LanguageGuess {
  return judge(countProse(prose), () => prose);
}

/** The guess from the counts of some prose (`prose()` gives its text, needed only when the words are too few to tell). */
function judge(counts: ProseCounts, prose: () => string): LanguageGuess {
  if (counts.words < MIN_WORDS) return byScript(prose(), counts.words);
  let best = { language: 'unknown', share: 0 };
  for (const [i, [language]] of FUNCTION_WORDS.entries()) {
    if (counts.foreignLetters[i]! / counts.letters > MAX_FOREIGN_LETTER_SHARE) continue;
    const share = counts.functionWords[i]! / counts.words;
    if (share > best.share) best = { language, share };
  }
  if (best.share < MIN_FUNCTION_WORD_SHARE) return { language: 'unknown', name: scriptName(prose()), words: counts.words };
  return { language: best.language, name: languageName(best.language), words: counts.words };
}

function byScript(prose: string, words: number): LanguageGuess {
  const cyrillic = (prose.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (prose.match(/\p{Script=Latin}/gu) ?? []).length;
  const other = (prose.match(/\p{L}/gu) ?? []).length - cyrillic - latin;
  if (other > cyrillic + latin) return { language: 'unknown', name: scriptName(prose), words };
  return cyrillic > latin ? { language: 'ru', name: languageName('ru'), words } : { language: 'en', name: languageName('en'), words };
}

/** "a language in Han script", for a notice about a doc whose language has no vocabulary. */
function scriptName(prose: string): string {
  const counts = new Map<string, number>();
  for (const script of ['Latin', 'Cyrillic', 'Han', 'Arabic', 'Hangul', 'Hiragana', 'Katakana', 'Greek', 'Hebrew', 'Devanagari', 'Thai']) {
    const n = (prose.match(new RegExp(`\\p{Script=${script}}`, 'gu')) ?? []).length;
    if (n) counts.set(script, n);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return top ? `a language in ${top} script` : 'an unknown language';
}

const cache = new WeakMap<DocumentModel, LanguageGuess>();

/** A paragraph's counts, kept while its block is carried from model to model: an edit counts only what it changed. */
const paragraphCounts = perPiece((block: TextBlock) => countProse(block.text));

/** The document's language, from its paragraphs and list items (not code, tables or headings). */
export function documentLanguage(doc: DocumentModel): LanguageGuess {
  let guess = cache.get(doc);
  if (!guess) {
    // 50,000 characters of prose tell the language as well as the whole of a long doc: read no more.
    // The prose is the paragraphs joined by line breaks, which no word crosses: its counts are their sums.
    const total = noCounts();
    const paragraphs: string[] = [];
    let length = 0;
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph') continue;
      if (paragraphs.length > 0) length++; // the line break before it
      const room = PROSE_READ - length;
      if (room <= 0) break;
      const text = block.text.length > room ? block.text.slice(0, room) : block.text;
      paragraphs.push(text);
      addCounts(total, text === block.text ? paragraphCounts(block) : countProse(text));
      length += text.length;
    }
    guess = judge(total, () => paragraphs.join('\n'));
    cache.set(doc, guess);
  }
  return guess;
}

/** Languages with a vocabulary. */
export const VOCABULARY_LANGUAGES: readonly string[] = FUNCTION_WORDS.map(([language]) => language);
