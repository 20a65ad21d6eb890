// The language a document is written in, told by the share of its prose words that are frequent
// function words of a language with a vocabulary (vocab/<language>/language.yaml). Rules whose words
// exist only in some languages decline, visibly, on documents in others.
import { VOCABULARY_DATA } from '../vocab/data.generated.js';
import type { DocumentModel } from './document.js';

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

export function guessLanguage(prose: string): LanguageGuess {
  const words = (prose.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/ё/g, 'е'));
  if (words.length < MIN_WORDS) return byScript(prose, words.length);
  let best = { language: 'unknown', share: 0 };
  const letters = words.reduce((n, w) => n + w.length, 0);
  for (const [language, set] of FUNCTION_WORDS) {
    const foreign = FOREIGN_LETTERS.get(language);
    if (foreign && (prose.match(foreign) ?? []).length / letters > MAX_FOREIGN_LETTER_SHARE) continue;
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    const share = hits / words.length;
    if (share > best.share) best = { language, share };
  }
  if (best.share < MIN_FUNCTION_WORD_SHARE) return { language: 'unknown', name: scriptName(prose), words: words.length };
  return { language: best.language, name: languageName(best.language), words: words.length };
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

/** The document's language, from its paragraphs and list items (not code, tables or headings). */
export function documentLanguage(doc: DocumentModel): LanguageGuess {
  let guess = cache.get(doc);
  if (!guess) {
    // 50,000 characters of prose tell the language as well as the whole of a long doc: join no more.
    const paragraphs: string[] = [];
    let length = -1;
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph') continue;
      paragraphs.push(block.text);
      length += block.text.length + 1;
      if (length >= 50_000) break;
    }
    const prose = paragraphs.join('\n');
    guess = guessLanguage(prose.length > 50_000 ? prose.slice(0, 50_000) : prose);
    cache.set(doc, guess);
  }
  return guess;
}

/** Languages with a vocabulary. */
export const VOCABULARY_LANGUAGES: readonly string[] = FUNCTION_WORDS.map(([language]) => language);
