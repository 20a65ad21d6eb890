// Which of a profile's sections a document has, and where.
import type { Profile, SectionSpec } from '../types.js';
import type { Paragraph } from 'mdast';
import type { DocumentModel, HeadingInfo, SectionNode, TextBlock } from './document.js';
import { headingMatchesSection, normaliseHeading, pairedLabelsMatch, paragraphLabelMatches, withWordChanges } from './headings.js';
import { claimsOf } from './statements.js';
import { hasCue } from '../vocab/cues.js';

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

export function findSection(doc: DocumentModel, requested: SectionSpec): SectionMatch {
  // The active profile may name the same section with more words (custom aliases): use its spec.
  // A config's vocabulary may add or remove words of the section.
  const spec = withWordChanges(doc.activeSections?.get(requested.id) ?? requested);
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
      pseudoHeadings: paragraphs.filter(isPseudoHeading).map((b) => normaliseHeading(b.text)),
      listItems: doc.listItems.map((item) => item.text),
    };
    formsCache.set(doc, forms);
  }
  return forms;
}

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

/** For each section of the profile, where the document has it (or an empty match). */
export function matchProfile(doc: DocumentModel, profile: Profile): SectionMatch[] {
  return profile.sections.map((spec) => findSection(doc, spec));
}

export function isPresent(match: SectionMatch): boolean {
  return match.sections.length > 0 || match.byParagraphLabel || match.byStatements === true;
}

/** At least `atLeast` of the doc's own claims say the cue. */
function statedInClaims(doc: DocumentModel, statedIn: { cue: string; atLeast: number }): boolean {
  let count = 0;
  for (const claim of claimsOf(doc)) {
    if (hasCue(statedIn.cue, claim.text) && ++count >= statedIn.atLeast) return true;
  }
  return false;
}
