// Which of a profile's sections a document has, and where.
import type { Profile, SectionSpec } from '../types.js';
import type { Paragraph } from 'mdast';
import type { CodeBlockModel, DocumentModel, HeadingInfo, SectionNode, TextBlock } from './document.js';
import { headingMatchesSection, normaliseHeading, pairedLabelsMatch, paragraphLabelMatches, withWordChanges } from './headings.js';
import { claimsOf } from './statements.js';
import { isNumberedItem } from './content.js';
import { findCues, hasCue } from '../vocab/cues.js';
import { perVocabulary } from '../vocab/overlay.js';
import { perPiece } from '../memo.js';

export interface SectionMatch {
  spec: SectionSpec;
  /** Sections whose heading names the spec, in document order. */
  sections: SectionNode[];
  /** True when only a labelled paragraph ("Non-goals: …") or a bold pseudo-heading stands for the section. */
  byParagraphLabel: boolean;
  /** True when no heading or label names it but the doc's own claims say it (SectionSpec.statedIn). */
  byStatements?: boolean;
}

/** Headings that can name a section: every heading but the document's title. */
export function sectionHeadings(doc: DocumentModel): HeadingInfo[] {
  return doc.headings.filter((heading) => !heading.isTitle);
}

/** Each document's matches, per section spec as resolved (profile and vocabulary applied): rules ask for the same sections many times. */
const matchesOf = perVocabulary(() => new WeakMap<DocumentModel, Map<SectionSpec, SectionMatch>>());

export function findSection(doc: DocumentModel, requested: SectionSpec): SectionMatch {
  // The active profile may name the same section with more words (custom aliases): use its spec.
  // A config's vocabulary may add or remove words of the section.
  const spec = withWordChanges(doc.activeSections?.get(requested.id) ?? requested);
  const known = matchesOf();
  let matches = known.get(doc);
  if (!matches) known.set(doc, (matches = new Map()));
  let match = matches.get(spec);
  if (!match) matches.set(spec, (match = matchSection(doc, spec)));
  return match;
}

function matchSection(doc: DocumentModel, spec: SectionSpec): SectionMatch {
  const sections = doc.sections.filter((s) => s.heading && !s.heading.isTitle && headingMatchesSection(s.heading.normalised, spec));
  if (sections.length > 0) return { spec, sections, byParagraphLabel: false };
  const forms = sectionFormsOf(doc);
  const labelled = forms.paragraphs.some((text) => paragraphLabelMatches(text, spec))
    || forms.pseudoHeadings.some((normalised) => headingMatchesSection(normalised, spec))
    || forms.listItems.some((text) => paragraphLabelMatches(text, spec, false))
    || (spec.pairedLabels !== undefined && pairedLabelsMatch(labelledTexts(doc), spec));
  if (!labelled && spec.statedIn && statedInClaims(doc, spec.statedIn)) return { spec, sections: [], byParagraphLabel: false, byStatements: true };
  return { spec, sections: [], byParagraphLabel: labelled };
}

interface SectionForms {
  /** Texts of paragraphs outside lists (labels such as "Non-goals:" or a short "Stage risks" line). */
  paragraphs: string[];
  /** Normalised texts of bold or numbered pseudo-headings. */
  pseudoHeadings: string[];
  /** Texts of list items ("Non-goals: …" in a list). */
  listItems: string[];
}

const formsCache = new WeakMap<DocumentModel, SectionForms>();

/** What can stand for a section besides a heading, gathered once per document (every spec reads it). */
function sectionFormsOf(doc: DocumentModel): SectionForms {
  let forms = formsCache.get(doc);
  if (!forms) {
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && !b.listItem);
    forms = {
      paragraphs: paragraphs.map((b) => b.text),
      pseudoHeadings: [...paragraphs.filter(isPseudoHeading).map(normalisedText), ...numberedBoldLabels(doc)],
      listItems: doc.listItems.map((item) => item.text),
    };
    formsCache.set(doc, forms);
  }
  return forms;
}

/**
 * The bold labels that open numbered list items ("3. **Model building & selection**: …"), normalised: a
 * numbered step with a bold title is a sub-section written as a list, and names a section as a heading would.
 */
function numberedBoldLabels(doc: DocumentModel): string[] {
  const labels: string[] = [];
  const seen = new Set<unknown>();
  for (const block of doc.blocks) {
    const item = block.listItem;
    if (!item || block.kind !== 'paragraph' || seen.has(item)) continue;
    seen.add(item); // the item's first paragraph only
    const kept = boldLabels(block);
    if (kept.label === undefined) kept.label = numberedBoldLabel(doc, block);
    if (kept.label !== null) labels.push(kept.label);
  }
  return labels;
}

/** A list item's opening bold label, once per block: it depends on the item's own text (its marker and first paragraph). */
const boldLabels = perPiece((_block: TextBlock): { label?: string | null } => ({}));

function numberedBoldLabel(doc: DocumentModel, block: TextBlock): string | null {
  if (!isNumberedItem(doc, block.listItem!)) return null;
  const [first, second] = (block.node as Paragraph).children;
  if (first?.type !== 'strong') return null;
  const label = first.children.map((c) => ('value' in c ? c.value : '')).join('');
  // "**Title**: text" or "**Title:** text"; a bold word inside a sentence is emphasis, not a title.
  const colonAfter = second?.type === 'text' && /^\s*:/.test(second.value);
  return (colonAfter || /:\s*$/.test(label)) && label.length <= 60 ? normaliseHeading(label.replace(/:\s*$/, '')) : null;
}

/** A block's text as a heading would be normalised, once per block. */
const normalisedText = perPiece((block: TextBlock) => normaliseHeading(block.text));

/**
 * A paragraph that is nothing but bold text ("**2.3. Risks**") stands as a heading in many docs
 * exported from Google Docs or written by hand; it names a section like a heading would.
 */
export function isPseudoHeading(block: TextBlock): boolean {
  if (block.kind !== 'paragraph' || block.listItem || block.text.length > 80) return false;
  const children = (block.node as Paragraph).children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break');
  // "**Title**", or bold-italic "***Title***" (emphasis around strong, or strong around emphasis).
  const only = children.length === 1 ? children[0]! : null;
  if (only?.type === 'strong') return true;
  if (only?.type === 'emphasis' && only.children.length === 1 && only.children[0]!.type === 'strong') return true;
  // A numbered title on a line of its own, "2.3. Risks" or "4.1 Serving" (a heading that lost its "#").
  return NUMBERED_TITLE.test(block.text);
}

/** "2.3. Risks", "4.1 Serving", "7. Risks" (the last is a list in Markdown unless escaped): a dotted number and a few words. */
const NUMBERED_TITLE = /^\s*(?:\d+\.(?:\d+\.?)*)\s+[\p{L}][^.!?:;\n]{0,58}$/u;

/** Paragraphs, list items and headings: where a label such as "Pros" or "Cons" may stand. */
function* labelledTexts(doc: DocumentModel): Generator<string> {
  for (const block of doc.blocks) if (block.kind === 'paragraph' || block.kind === 'heading') yield block.text;
  for (const item of doc.listItems) yield item.text;
}

/** Fenced blocks that hold plain text rather than code: every line is prose ("Phase 4: shadow mode"). */
const PLAIN_TEXT_FENCES = new Set(['', 'text', 'txt', 'plain', 'plaintext']);
/** A comment line of a script ("# Switch traffic", "// canary first"): its text after the marker. */
const COMMENT_LINE = /^\s*(?:#+|\/\/|--)\s+(.*)$/;

/** The prose lines of a code block: every line of a plain-text block, the comment lines of a script. */
function codeProseLines(code: CodeBlockModel): string[] {
  const lines = code.value.split('\n');
  if (PLAIN_TEXT_FENCES.has((code.lang ?? '').toLowerCase())) return lines;
  return lines.flatMap((line) => {
    const comment = COMMENT_LINE.exec(line);
    return comment ? [comment[1]!] : [];
  });
}

/**
 * Whether one section says `atLeast` different phrases of the cue in the doc's own claims or in the
 * prose lines of its code blocks (a plan written as a deploy script's comments or a plain-text chart).
 */
function distinctInOneSection(doc: DocumentModel, cue: string, atLeast: number): boolean {
  const phrases = new Map<SectionNode, Set<string>>();
  const add = (section: SectionNode, text: string): boolean => {
    for (const found of findCues(cue, text)) {
      let set = phrases.get(section);
      if (!set) phrases.set(section, (set = new Set()));
      set.add(found.text.toLowerCase().replace(/\d+(?:[.,]\d+)?/g, '#'));
      if (set.size >= atLeast) return true;
    }
    return false;
  };
  for (const claim of claimsOf(doc)) if (add(claim.block.section, claim.text)) return true;
  for (const code of doc.codeBlocks) for (const line of codeProseLines(code)) if (add(code.section, line)) return true;
  return false;
}

/** For each section of the profile, where the document has it (or an empty match). */
export function matchProfile(doc: DocumentModel, profile: Profile): SectionMatch[] {
  return profile.sections.map((spec) => findSection(doc, spec));
}

export function isPresent(match: SectionMatch): boolean {
  return match.sections.length > 0 || match.byParagraphLabel || match.byStatements === true;
}

/** At least `atLeast` of the doc's own claims say the cue, or one does and another says the `alongside` cue. */
function statedInClaims(doc: DocumentModel, statedIn: NonNullable<SectionSpec['statedIn']>): boolean {
  if (statedIn.distinctInOneSection) return distinctInOneSection(doc, statedIn.cue, statedIn.atLeast);
  let count = 0;
  let alongside = false;
  for (const claim of claimsOf(doc)) {
    if (hasCue(statedIn.cue, claim.text) && ++count >= statedIn.atLeast) return true;
    if (statedIn.alongside && !alongside && hasCue(statedIn.alongside, claim.text)) alongside = true;
    if (count >= 1 && alongside) return true;
  }
  return false;
}
