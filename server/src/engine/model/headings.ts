// Heading normalisation and section matching: real docs name the same section in many ways
// ("4.5 Model", "🚀 Rollout", "Risks <a name=r></a>", "Success Metrics (ML + Business KPIs)").
import type { SectionSpec } from '../types.js';
import { VOCABULARY_DATA } from '../vocab/data.generated.js';
import { patternSource } from '../vocab/patterns.js';
import { detached } from '../memo.js';
import { activeOverlay, applyChanges, perVocabulary, type WordChanges } from '../vocab/overlay.js';

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}]/gu;
const INLINE_HTML = /<\/?[A-Za-z][^<>]*>/g;
const ANCHOR_SUFFIX = /\s*\{#[^}]*\}\s*$/;
// "1.", "2.3", "2.3.", "1)", "§ 4", "IV.", "A.", "Step 3:", "Section 2 -" at the start of a heading.
/** Words before a heading's number ("Step 3", "Этап 1"), from vocab/<language>/structure.yaml. */
export const NUMBERING_WORDS: readonly string[] = Object.values(VOCABULARY_DATA).flatMap((data) => data.structure?.['numbering-words']?.words ?? []);
const NUMBERING = new RegExp(`^(?:(?:${NUMBERING_WORDS.join('|')})\\s+)?(?:§\\s*)?(?:\\d+(?:\\.\\d+)*[.):]?|[ivxlc]+[.)]|[a-z][.)])(?:\\s*[-–—:]\\s*|\\s+)`, 'iu');
/** Whether a heading's text opens with a number ("3.", "iii.", "2.1", "Step 4:"), as NUMBERING strips it. */
export function isNumberedHeading(raw: string): boolean {
  const text = raw.replace(INLINE_HTML, ' ').replace(EMOJI, ' ').replace(/^[\s*_]+/, '');
  return NUMBERING.test(text);
}

/** "Stage 2", "Этап 3 —": a heading that is one numbered step of a sequence. */
export const NUMBERED_STEP = new RegExp(`^(?:${NUMBERING_WORDS.join('|')})\\s*\\d`, 'iu');

/**
 * Normalises heading text for matching: lower case, no numbering, emoji, inline HTML, anchors,
 * parentheticals, hyphens or trailing punctuation; "&" and "/" read as "and".
 */
export function normaliseHeading(raw: string): string {
  let text = raw.replace(INLINE_HTML, ' ').replace(ANCHOR_SUFFIX, '').replace(EMOJI, ' ');
  text = text.trim().replace(/^§\s*/, '');
  text = text.replace(NUMBERING, '');
  text = text.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  text = text.toLowerCase().replace(/ё/g, 'е');
  text = text.replace(/[‐-―-](?=\w)/g, '').replace(/-/g, ' ');
  text = text.replace(/&/g, ' and ').replace(/\s*\/\s*/g, ' and ').replace(/\+/g, ' and ');
  text = text.replace(/[^\p{L}\p{N}\s]/gu, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** Normalises an alias the same way as a heading, so aliases can be written naturally. */
export const normaliseAlias = normaliseHeading;

/** Every word that names a section: its phrases, keywords and labels, normalised. */
export function sectionWords(section: SectionSpec): Set<string> {
  return new Set([
    ...section.aliases, ...(section.exactAliases ?? []), ...(section.startAliases ?? []), ...(section.keywords ?? []),
    ...(section.paragraphLabels ?? []), ...(section.pairedLabels ?? []).flat(),
  ].map(normaliseAlias));
}

function applySectionChanges(section: SectionSpec, changes: WordChanges): SectionSpec {
  const removed = new Set((changes.remove ?? []).map(normaliseAlias));
  const added = (changes.add ?? []).map(normaliseAlias).filter(Boolean);
  const keep = (words: string[]) => words.filter((word) => !removed.has(normaliseAlias(word)));
  const changed: SectionSpec = { ...section, aliases: applyChanges(section.aliases, { add: added, remove: [...removed] }, normaliseAlias) };
  if (section.exactAliases) changed.exactAliases = keep(section.exactAliases);
  if (section.startAliases) changed.startAliases = keep(section.startAliases);
  if (section.keywords) changed.keywords = keep(section.keywords);
  // A section that a "Label:" paragraph can stand for takes the team's words as labels too.
  if (section.paragraphLabels) changed.paragraphLabels = [...keep(section.paragraphLabels), ...added];
  if (section.pairedLabels) changed.pairedLabels = section.pairedLabels.map(keep);
  return changed;
}

const changedSections = perVocabulary(() => new Map<SectionSpec, SectionSpec>());

/** The section with the words a config adds and removes (config `vocabulary.sections`), or as it is. */
export function withWordChanges(section: SectionSpec): SectionSpec {
  const changes = activeOverlay()?.sections?.[section.id];
  if (!changes) return section;
  const cache = changedSections();
  let changed = cache.get(section);
  if (!changed) {
    changed = applySectionChanges(section, changes);
    cache.set(section, changed);
    // findSection passes the changed spec on to the matchers, which ask again: it is its own answer.
    cache.set(changed, changed);
  }
  return changed;
}

/**
 * Whether a normalised heading names a section: the heading equals an alias, starts with it
 * ("data requirements and sources"), ends with it ("proposed rollout"), or one of its parts joined
 * by "and" does ("goals and non goals").
 */
const matchCache = new WeakMap<SectionSpec, Map<string, boolean>>();

export function headingMatchesSection(normalised: string, requested: SectionSpec): boolean {
  if (!normalised) return false;
  const section = withWordChanges(requested);
  let known = matchCache.get(section);
  if (!known) matchCache.set(section, (known = new Map()));
  let result = known.get(normalised);
  if (result === undefined) known.set(normalised, (result = matchHeading(normalised, section)));
  return result;
}

// A heading's parts: "risks and alternatives", "риски и альтернативы", "data, features".
const HEADING_PARTS = new RegExp(`\\s+(?:${patternSource('headings', 'and-joiner')})\\s+|\\s*,\\s*`);

function matchHeading(normalised: string, section: SectionSpec): boolean {
  if (section.notWith?.some((word) => ` ${normalised} `.includes(` ${word} `))) return false;
  if (section.keywords?.some((word) => ` ${normalised} `.includes(` ${word} `))) return true;
  const parts = [normalised, ...normalised.split(HEADING_PARTS)];
  if (section.exactAliases?.some((alias) => parts.includes(alias))) return true;
  if (section.startAliases?.some((alias) => parts.some((part) => part === alias || part.startsWith(alias + ' ')))) return true;
  for (const alias of section.aliases) {
    for (const part of parts) {
      if (part === alias || part.startsWith(alias + ' ') || part.endsWith(' ' + alias)) return true;
    }
  }
  return false;
}

/**
 * Whether a paragraph opens with a label for the section ("Non-goals:", "**Out of scope:**") or is
 * nothing but the label (a short line "Stage risks" before a table).
 */
export function paragraphLabelMatches(paragraphText: string, requested: SectionSpec, labelOnly = true): boolean {
  const section = withWordChanges(requested);
  if (!section.paragraphLabels) return false;
  // A list item counts only as "Label: …": a bare "- Risks" is an entry in a list of topics.
  const label = labelOnly ? openingLabel(paragraphText) : colonLabel(paragraphText);
  return label !== null && normalisedLabels(section).includes(label);
}

const labelsCache = new WeakMap<SectionSpec, string[]>();

/** A spec's paragraph labels, normalised once (this runs for every paragraph and list item). */
function normalisedLabels(section: SectionSpec): string[] {
  let labels = labelsCache.get(section);
  if (!labels) labelsCache.set(section, (labels = (section.paragraphLabels ?? []).map(normaliseAlias)));
  return labels;
}

function colonLabel(text: string): string | null {
  const colon = text.match(/^\s*([^:\n]{1,40}):/);
  return colon ? normalisedLabel(colon[1]!) : null;
}

/**
 * Normalised candidate labels (at most 40 characters each, so the cache stays small however long the
 * paragraphs are; a cache keyed by whole paragraphs kept every paragraph text of every open document).
 */
const labelCache = new Map<string, string>();

function normalisedLabel(candidate: string): string {
  let label = labelCache.get(candidate);
  if (label === undefined) {
    if (labelCache.size > 10_000) labelCache.clear();
    labelCache.set(detached(candidate), (label = normaliseHeading(candidate)));
  }
  return label;
}

/** The label a paragraph, list item or heading opens with ("Pros" in "**Pros**: cheap"), normalised. */
export function openingLabel(text: string): string | null {
  const colon = colonLabel(text);
  if (colon !== null) return colon;
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 40 && !/[.!?]$/.test(trimmed) ? normalisedLabel(trimmed) : null;
}

/** Whether the texts carry a label from every one of the spec's paired groups ("Pros" and "Cons"). */
export function pairedLabelsMatch(texts: Iterable<string>, section: SectionSpec): boolean {
  const groups = withWordChanges(section).pairedLabels;
  if (!groups?.length) return false;
  const found = groups.map(() => false);
  for (const text of texts) {
    const label = openingLabel(text);
    if (!label) continue;
    groups.forEach((group, index) => {
      if (group.includes(label)) found[index] = true;
    });
    if (found.every(Boolean)) return true;
  }
  return false;
}
