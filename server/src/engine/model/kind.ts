// What kind of document this is: a design doc makes claims about a system, while a template asks for
// them, a guide teaches how to write them, and a model card or README documents something else. Rules
// about a system's claims judge only design docs, and say so when they decline.
import { VOCABULARY_DATA } from '../vocab/data.generated.js';
import type { WordSignal } from '../vocab/types.js';
import type { DocumentModel, TextBlock } from './document.js';
import { perPiece } from '../memo.js';

export type DocKind = 'design-doc' | 'template' | 'guide' | 'model-card' | 'rfc' | 'readme' | 'blog-post';
export const DOC_KINDS: readonly DocKind[] = ['design-doc', 'template', 'guide', 'model-card', 'rfc', 'readme', 'blog-post'];

export const KIND_NAMES: Record<DocKind, string> = {
  'design-doc': 'a design doc',
  template: 'a template',
  guide: 'a guide or tutorial',
  'model-card': 'a model card',
  rfc: 'a software RFC',
  readme: 'a project README',
  'blog-post': 'a blog post or case study',
};

export interface KindGuess {
  kind: DocKind;
  /** Why, in words, for users wondering. */
  reason: string;
}

type Signal = 'template-title' | 'prompt-verbs' | 'second-person' | 'first-person';

function wordSet(signal: Signal): Set<string> {
  const words = new Set<string>();
  for (const data of Object.values(VOCABULARY_DATA)) {
    for (const word of (data.kinds?.[signal] as WordSignal | undefined)?.words ?? []) words.add(word.toLowerCase());
  }
  return words;
}

const SIGNALS: Record<Signal, Set<string>> = {
  'template-title': wordSet('template-title'),
  'prompt-verbs': wordSet('prompt-verbs'),
  'second-person': wordSet('second-person'),
  'first-person': wordSet('first-person'),
};

const WORD = /[\p{L}][\p{L}'’]*/gu;
const FIRST_WORD = /^[^\p{L}]{0,6}([\p{L}][\p{L}'’]*)/u;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Whether any whole word of `text` is one of the signal's words. */
export function hasSignalWord(text: string, signal: Signal): boolean {
  return wordsOf(text).some((word) => SIGNALS[signal].has(word));
}

/** A paragraph that asks the writer for something: "Describe …", "What is the budget?", "[Owner name]". */
export function isPrompt(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (/\?\s*$/.test(trimmed)) return true;
  if (/^\[[^\]]+\]\.?$/.test(trimmed) || /^<[^<>]+>\.?$/.test(trimmed)) return true;
  // "Provide Relevant Answers: the bot …" is a goal named in Title Case, then described: no prompt.
  const label = /^\**([^:*\n]{1,60})\**:/.exec(trimmed)?.[1];
  if (label && label.trim().split(/\s+/).filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w)) && /\s/.test(label.trim())) return false;
  const first = FIRST_WORD.exec(trimmed)?.[1]?.toLowerCase();
  return first !== undefined && SIGNALS['prompt-verbs'].has(first);
}

/** Below these, prompts are a doc's questions to itself, not a template's. */
const MIN_PROMPTS = 5;
const MIN_PROMPT_SHARE = 0.35;
/** A checklist: this many task boxes, and at least this share of its list items. */
const MIN_CHECKBOXES = 8;
const MIN_CHECKBOX_SHARE = 0.5;
/** A guide speaks to "you" at least this often, and twice as often as it says "we". */
const MIN_SECOND_PERSON = 10;

export interface KindHints {
  /** Section names of a model card, a README or a software RFC that the headings carry. */
  modelCardSections: string[];
  readmeSections: string[];
  rfcSections: string[];
  isDesignDoc: boolean;
}

/** What a paragraph tells of its document's kind, once per paragraph (shared, never mutated). */
const paragraphSignals = perPiece(({ text }: TextBlock) => {
  let second = 0;
  let first = 0;
  for (const word of wordsOf(text)) {
    if (SIGNALS['second-person'].has(word)) second++;
    else if (SIGNALS['first-person'].has(word)) first++;
  }
  return { prompt: isPrompt(text), second, first };
});

/** Front matter keys of a document under review (a design doc's), never of a blog post. */
const DESIGN_REVIEW_KEYS = ['status', 'reviewers', 'approvers', 'owner', 'owners', 'decision', 'mldoc', 'profile'];

export function guessKind(doc: DocumentModel, hints: KindHints): KindGuess {
  const declared = doc.frontMatter?.data?.kind;
  if (typeof declared === 'string' && (DOC_KINDS as readonly string[]).includes(declared)) {
    return { kind: declared as DocKind, reason: `front matter says kind: ${declared}` };
  }
  const title = doc.headings.find((h) => h.isTitle) ?? doc.headings[0];
  if (title && hasSignalWord(title.text, 'template-title')) return { kind: 'template', reason: `its title "${title.text}" names a template` };

  // A checklist to tick off ("- [ ] Assessed risks") is a template for a review, not a design.
  const boxes = doc.listItems.filter((item) => item.checked !== null).length;
  if (boxes >= MIN_CHECKBOXES && boxes / doc.listItems.length >= MIN_CHECKBOX_SHARE) {
    return { kind: 'template', reason: `${boxes} of its ${doc.listItems.length} list items are checkboxes: a checklist to fill in` };
  }
  const prose = doc.blocks.filter((b) => b.kind === 'paragraph');
  const signals = prose.map(paragraphSignals);
  const prompts = signals.filter((s) => s.prompt).length;
  if (prompts >= MIN_PROMPTS && prompts / prose.length >= MIN_PROMPT_SHARE) {
    return { kind: 'template', reason: `${prompts} of its ${prose.length} paragraphs and items ask the writer for something` };
  }
  let second = 0;
  let first = 0;
  for (const signal of signals) {
    second += signal.second;
    first += signal.first;
  }
  if (second >= MIN_SECOND_PERSON && second > 2 * first) {
    return { kind: 'guide', reason: `it speaks to its reader ("you" ${second} times, "we" ${first})` };
  }
  if (hints.modelCardSections.length >= 2) return { kind: 'model-card', reason: `its sections are a model card's (${hints.modelCardSections.join(', ')})` };
  if (hints.readmeSections.length >= 2) return { kind: 'readme', reason: `its sections are a README's (${hints.readmeSections.join(', ')})` };
  const data = doc.frontMatter?.data;
  // A design doc published on a docs site has a date and an author too; its review keys say what it is.
  // (A blog's "status: published" is its CMS state, not a review.)
  const reviewed = data !== undefined && data !== null && DESIGN_REVIEW_KEYS.some((key) => key in data)
    && !/^publish/i.test(String(data.status ?? ''));
  if (data && !reviewed && (/post/i.test(String(data.layout ?? '')) || ('date' in data && ('tags' in data || 'categories' in data || 'author' in data)))) {
    return { kind: 'blog-post', reason: 'its front matter is a blog post\'s (layout, date, tags or author)' };
  }
  if (hints.rfcSections.length >= 2 && !hints.isDesignDoc) return { kind: 'rfc', reason: `its sections are a software RFC's (${hints.rfcSections.join(', ')})` };
  return { kind: 'design-doc', reason: 'it describes a system of its own' };
}
