// placeholder-text: template leftovers such as [Name], [X%], High/Med/Low, TBD, <PLACEHOLDER>,
// {{ var }} and lorem ipsum. Code, links, task boxes, footnotes and citations are not placeholders.
import { blockOffsetAt, type TextBlock } from '../model/document.js';
import { TEMPLATE_PROMPTS } from '../templates.js';
import { VOCABULARY_DATA } from '../vocab/data.generated.js';
import type { RuleDefinition } from './rule.js';
import { escapeRegExp } from '../text.js';
import { perPiece } from '../memo.js';
import { vocabPattern } from '../vocab/patterns.js';
import { applyChanges, perVocabulary, type VocabularyOverlay } from '../vocab/overlay.js';

interface Finding {
  start: number; // index in the scanned string
  end: number;
  token: string;
}

// "[Name]" as literal text: not preceded by a word (array[i]) and not a link or footnote.
const BRACKETED = /(?<![\w\]\\!])\[([^\[\]\n]{1,80})\](?![(\[:])/g;
// Words from vocab/<language>/placeholders.yaml, with a config's changes; "???" is punctuation, the same
// in every language.
export const placeholderWords = (kind: 'markers' | 'phrases', overlay: VocabularyOverlay | null = null): string[] =>
  applyChanges(Object.values(VOCABULARY_DATA).flatMap((data) => data.placeholders?.[kind]?.words ?? []), overlay?.placeholders?.[kind]);
// A marker counts case-sensitively ("TBD", not "tbd" in a word list); a phrase case-insensitively.
const markersPattern = (words: string[]) => new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-])|\\?{3,}`, 'gu');
// A phrase is a placeholder where it stands as a value ("Owner: to be determined", "N/A - to be documented"),
// not inside a sentence ("the figure needs to be defined with the stakeholders").
// (A capture, not a look-behind: a variable-length look-behind is tried at every position of every block.)
const phrasesPattern = (words: string[]) => new RegExp(`(?:^|[:(|–—-])(\\s*)(${words.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
const placeholderPatterns = perVocabulary((overlay) => {
  const markers = markersPattern(placeholderWords('markers', overlay));
  return { markers, markerTest: new RegExp(markers.source, 'u'), phrases: phrasesPattern(placeholderWords('phrases', overlay)) };
});
// The rule scans with the shared global patterns through matchAll, which never moves their lastIndex; others
// get their own copies (a shared global pattern moved by test() or exec() would start the next scan mid-text).
/** The markers ("TBD") of the active vocabulary as one global pattern (a copy of the caller's own). */
export const placeholderMarkers = (): RegExp => new RegExp(placeholderPatterns().markers);
/** The phrases ("to be determined") of the active vocabulary as one global pattern (a copy of the caller's own). */
export const placeholderPhrases = (): RegExp => new RegExp(placeholderPatterns().phrases);
/** Whether a text holds a placeholder marker ("Owner: TBD"). */
export const hasPlaceholderMarker = (text: string): boolean => placeholderPatterns().markerTest.test(text);
// A letter left where a number belongs ("N ms", "X% of traffic", "higher than X.", "X-Y days", "$X"),
// from vocab/<language>/placeholders.yaml (numberLetters). "N-gram", "top-N", "O(N)", "N = 5" are not.
const numberLetterVocab = Object.values(VOCABULARY_DATA).flatMap((data) => (data.placeholders?.numberLetters ? [data.placeholders.numberLetters] : []));
const alternatives = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
const LETTER = `(?:${alternatives(numberLetterVocab.flatMap((v) => v.words))})`;
const UNIT = `(?:${alternatives(numberLetterVocab.flatMap((v) => v.units))})`;
const BOUND = `(?:${alternatives(numberLetterVocab.flatMap((v) => v.bounds))})`;
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}_\-(/.$^])`;
export const PLACEHOLDER_NUMBER_LETTERS = numberLetterVocab.length === 0 ? /(?!)/gu : new RegExp([
  `${NOT_AFTER}${LETTER}(?:\\s*[-–]\\s*\\p{Lu})?\\s?${UNIT}(?![\\p{L}\\p{N}_])`,
  `(?<=(?<![\\p{L}])${BOUND}\\s+)${LETTER}(?=\\s*(?:[.,;:!)]|$))`,
  `(?<![\\p{L}\\p{N}$])[$€£]\\s?${LETTER}(?![\\p{L}\\p{N}_$])`,
].join('|'), 'gu');
// The letter standing alone: a cheap test that spares most texts the full pattern (its look-behind is slow).
const NUMBER_LETTER_HINT = new RegExp(`(?<![\\p{L}\\p{N}])${LETTER}(?![\\p{L}])`, 'u');
const WINDOW_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(numberLetterVocab.flatMap((v) => v.windows))})\\s+$`, 'iu');
/**
 * Whether a letter found by PLACEHOLDER_NUMBER_LETTERS stands where a figure is missing. Not a window the
 * design keeps as a parameter ("the last N days"), a question ("for X days?"), or a general formula that
 * names several letter variables ("if metric M for product P drops by X%, …").
 */
function isNumberLeftOut(text: string, index: number): boolean {
  if (WINDOW_BEFORE.test(text.slice(Math.max(0, index - 20), index))) return false;
  if (/\?\W*$/.test(text.trim())) return false;
  const letters = new Set([...text.matchAll(/(?<![\p{L}\p{N}_\-])[B-HJ-Z](?![\p{L}\p{N}_])/gu)].map((m) => m[0]));
  return letters.size < 3;
}
/** The letters left for a number in a text (the vocabulary test's view of `numberLetters`). */
export function numberLettersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_NUMBER_LETTERS)].filter((m) => isNumberLeftOut(text, m.index)).map((m) => m[0]);
}
// Status labels a heading's bracket may hold ("[optional]", "[WIP]"); any other short slot there is a fill-in.
const HEADING_LABELS = new Set(Object.values(VOCABULARY_DATA).flatMap((data) => data.placeholders?.headingFillIns?.words ?? []).map((w) => w.toLowerCase()));
const LEVEL_CHOICE = vocabPattern('placeholder-text', 'level-choice', 'g');
const DEFERRAL_AFTER = vocabPattern('placeholder-text', 'deferral-after');
const ASIDE_SENTENCE = vocabPattern('placeholder-text', 'aside-sentence');
// "{{ owner }}" is a variable left unfilled. Site-generator markup is not: Hugo shortcodes
// ("{{< mermaid >}}", "{{% note %}}") and Liquid tags ("{% post_url … %}") render to content.
const TEMPLATE_VARIABLE = /\{\{(?![<%])\s*[^{}\n]{1,80}?\s*\}\}/g;
// "<X%>" or "\\<NAME\\>" survives as text only when it is not HTML. Lower-case ones ("<user, ad>",
// "<query_string>") are notation for tuples and URL parameters; only capitalised fill-ins count.
const ANGLE_IN_TEXT = /<([A-Z][A-Z0-9_%]*(?: [A-Z0-9_%]+)*)>/g;
// An escaped "\<Team Name\>" in title case, shown as text, names what to fill in as "<TEAM_NAME>" does.
const TITLE_ANGLE_IN_TEXT = /<([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})>/g;
// Words that mark a bracketed phrase as a fill-in rather than a label like [Adv] or [ENG].
const FILL_IN_WORDS = vocabPattern('placeholder-text', 'fill-in-words');
// Editorial marks in brackets ("[sic]"), not fill-ins.
const EDITORIAL_NOTE = vocabPattern('placeholder-text', 'editorial-note');
const BLANKED = '\u0000';
// A paragraph that is one bracketed text longer than a slot (BRACKETED takes up to 80 characters).
const LONG_BRACKETED_PARAGRAPH = /^\[[^\[\]\n]{81,1000}\]$/;

const HTML_ELEMENTS = new Set((
  'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col ' +
  'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 ' +
  'h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript ' +
  'object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source ' +
  'span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ' +
  'ul var video wbr path g rect circle line polyline polygon text tspan defs use image math'
).split(' '));

function isBracketPlaceholder(inner: string, definitionLabels: Set<string>, inHeading = false): boolean {
  const content = inner.trim();
  if (/^[xX ]?$/.test(inner)) return false; // task boxes [ ] and [x]
  if (content.startsWith('^')) return false; // footnote reference
  if (/^[\d\s,;.–-]+$/.test(content)) return false; // numeric citation [1], [2, 3]
  if (/\b(1[89]|20)\d\d\b/.test(content) || /et al\.?/.test(content)) return false; // author-year citation
  if (EDITORIAL_NOTE.test(content)) return false;
  if (TEMPLATE_PROMPTS.has(content.toLowerCase())) return true; // a prompt from mldoc's own templates
  if (definitionLabels.has(content.toLowerCase())) return false; // reference to a definition elsewhere
  if (content.includes(BLANKED) || content.length === 0) return false; // wraps code or a link: "[`x`]"
  // In a heading a short bracketed slot names what goes there ("## [Project name] design", "Help [People]
  // achieve [Task]"), unless it is a status label ("[optional]", "[WIP]") or a code such as "[RU]".
  if (inHeading && content.split(/\s+/).length <= 4 && !HEADING_LABELS.has(content.toLowerCase().replace(/\s+/g, ' '))
    && !/^[A-Z]{1,3}$/.test(content) && /^\p{L}/u.test(content)) return true;
  // A fill-in names what to fill in ("[Name]", "[X%]", "[p99 in ms]") or describes it in words
  // ("[Brief description of the problem]"); a short label ("[Adv]", "[ENG]", "[CF based]") is not one.
  // The author's own aside in brackets, a sentence that says something, is not a slot.
  if (!/[?%]/.test(content) && content.split(/\s+/).length >= 5 && ASIDE_SENTENCE.test(content)) return false;
  return /%/.test(content) || FILL_IN_WORDS.test(content) || content.split(/\s+/).length >= 3;
}

/** An HTML tag that is no HTML element is a placeholder: <PLACEHOLDER>, <your name here>. */
export function isAnglePlaceholder(tag: string): boolean {
  const match = tag.trim().match(/^<([A-Za-z][\w-]*)(\s[^<>]*)?>$/);
  if (!match) return false;
  const name = match[1]!;
  if (HTML_ELEMENTS.has(name.toLowerCase())) return false;
  if (name.includes('-') && !match[2] && name === name.toLowerCase()) return false; // a custom element
  return true;
}

// An arrow of a flow written in text ("API → [A, B] → store"): "→", "->", "=>", "⇒", "↔", "←", "<-".
const ARROW_BEFORE = /(?:[→⇒↔←⟶]|->|=>|<-)\s*$/u;
const ARROW_AFTER = /^\s*(?:[→⇒↔←⟶]|->|=>|<-)/u;
/** Items of a group, "A, B, C" or "A | B": two or more short names (no sentence, no fill-in prompt). */
const GROUP_ITEMS = /^[^,|;]{1,30}(?:\s*[,|]\s*[^,|;]{1,30})+$/;

/**
 * A bracketed group in a flow written in text ("API → [Detection, Ranking] → store"): the bracket
 * stands between arrows and lists two or more components that run side by side. It is diagram
 * notation, not a slot to fill in.
 */
function isFlowGroup(text: string, start: number, end: number, inner: string): boolean {
  // "[X%, Y%]" or "[N, M]" between arrows still leaves figures to fill in.
  if (!GROUP_ITEMS.test(inner.trim()) || /[%?]|(?<![\p{L}\p{N}])\p{Lu}(?![\p{L}\p{N}])/u.test(inner)) return false;
  return ARROW_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || ARROW_AFTER.test(text.slice(end, end + 4));
}

function scanText(text: string, definitionLabels: Set<string>, inHeading = false): Finding[] {
  const found: Finding[] = [];
  const add = (start: number, token: string) => found.push({ start, end: start + token.length, token });
  for (const m of text.matchAll(BRACKETED)) {
    if (isBracketPlaceholder(m[1]!, definitionLabels, inHeading) && !isFlowGroup(text, m.index, m.index + m[0].length, m[1]!)) add(m.index, m[0]);
  }
  if (NUMBER_LETTER_HINT.test(text)) for (const m of text.matchAll(PLACEHOLDER_NUMBER_LETTERS)) if (isNumberLeftOut(text, m.index)) add(m.index, m[0]);
  for (const m of text.matchAll(placeholderPatterns().markers)) {
    // "TBD during implementation", "TBC after the pilot": an open item that names when it is settled.
    if (!DEFERRAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) add(m.index, m[0]);
  }
  for (const m of text.matchAll(LEVEL_CHOICE)) add(m.index, m[0]);
  for (const m of text.matchAll(TEMPLATE_VARIABLE)) add(m.index, m[0]);
  for (const m of text.matchAll(placeholderPatterns().phrases)) add(m.index + m[0].length - m[2]!.length, m[2]!);
  for (const m of text.matchAll(ANGLE_IN_TEXT)) {
    // "<MVP>" is a filled-in value; "<TEAM_NAME>", "<X%>", "<PLACEHOLDER>" are fill-ins.
    if (/[_% ]/.test(m[1]!) || FILL_IN_WORDS.test(m[1]!) || m[1]!.length >= 6) add(m.index, m[0]);
  }
  for (const m of text.matchAll(TITLE_ANGLE_IN_TEXT)) if (FILL_IN_WORDS.test(m[1]!)) add(m.index, m[0]);
  // A token inside another (TBD inside "[TBD]") is reported once, as the outer one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => !found.some((g, j) => j !== i && g.start <= f.start && g.end >= f.end && (g.end - g.start > f.end - f.start || j < i)));
}

/** The fill-ins a heading's text holds (the vocabulary test's view of `headingFillIns`). */
export function headingPlaceholders(heading: string): string[] {
  return scanText(heading.replace(/^#+\s*/, ''), new Set(), true).map((f) => f.token);
}

function describe(token: string): string {
  return `Template placeholder "${token}" left in the text: replace it with the real content.`;
}

/** The block's prose runs, links and inline code blanked out (so indexes still map to the source). */
function proseOf(block: TextBlock): string {
  return block.runs.map((run) => (run.inLink || run.isCode ? BLANKED.repeat(run.value.length) : run.value)).join('');
}

// The scan of a block that no link definition can change (no brackets), once per block (shared, never mutated).
const NO_LABELS: ReadonlySet<string> = new Set();
const scanOnce = perPiece((block: TextBlock) => scanText(proseOf(block), NO_LABELS as Set<string>, block.kind === 'heading'));

/** Scans a block's prose runs (links and inline code excluded) for placeholders. */
function scanBlock(block: TextBlock, definitionLabels: Set<string>): Array<{ offsets: [number, number]; token: string }> {
  const results: Array<{ offsets: [number, number]; token: string }> = [];
  const findings = definitionLabels.size > 0 && block.text.includes('[')
    ? scanText(proseOf(block), definitionLabels, block.kind === 'heading') : scanOnce(block);
  for (const finding of findings) {
    results.push({ offsets: [blockOffsetAt(block, finding.start), blockOffsetAt(block, finding.end)], token: finding.token });
  }
  return results;
}

/**
 * A block that is a template's prompt as a whole, or null. A template's prompt left in without its
 * brackets is still the template's prompt; and a whole paragraph in brackets, too long for a slot, is an
 * instruction left for the writer ("[Here goes a description of the methodology: …]"). Once per block.
 */
const templatePromptIn = perPiece((block: TextBlock): { start: number; end: number; message: string } | null => {
  const prose = block.text.trim();
  const templatePrompt = prose.length > 20 && TEMPLATE_PROMPTS.has(prose.toLowerCase().replace(/^\[|\]$/g, ''));
  const bracketedInstruction = block.kind === 'paragraph' && LONG_BRACKETED_PARAGRAPH.test(prose) && prose.split(/\s+/).length >= 5;
  if (!templatePrompt && !bracketedInstruction) return null;
  const start = block.text.indexOf(prose);
  return {
    start, end: start + prose.length,
    message: `Template prompt left in the text: "${prose.length > 60 ? prose.slice(0, 57) + '…' : prose}". Replace it with the real content.`,
  };
});

export const placeholderText: RuleDefinition = {
  id: 'placeholder-text',
  description: 'No template leftovers: [Name], [X%], High/Med/Low, TBD, TODO, <PLACEHOLDER>, {{ var }}, lorem ipsum.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: false,
  check({ doc, report }) {
    for (const block of doc.blocks) {
      const prompt = templatePromptIn(block);
      if (prompt) {
        report({ offsets: [blockOffsetAt(block, prompt.start), blockOffsetAt(block, prompt.end)], message: prompt.message });
        continue;
      }
      for (const { offsets, token } of scanBlock(block, doc.definitionLabels)) report({ offsets, message: describe(token) });
    }
    for (const snippet of doc.html) {
      if (isAnglePlaceholder(snippet.value)) {
        const value = snippet.value.trim();
        const start = snippet.startOffset + snippet.value.indexOf(value);
        report({ offsets: [start, start + value.length], message: describe(value) });
      }
    }
  },
};
