// latency-unquantified: "low latency", "real-time", "fast enough", "quickly" as a requirement with no
// number and time unit in the same statement (list item, sentence, table row). [000 §4] [001 §2]
import { sectionAndDescendants, type DocumentModel, type ListItemModel, type SectionNode, type TextBlock } from '../model/document.js';
import { parentListItem, tableRowText } from '../model/content.js';
import { findQuantities } from '../model/quantities.js';
import { proseOf, statementOffsets, claimsOf, type Statement } from '../model/statements.js';
import { findCues } from '../vocab/cues.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

// Vague speed words. "quickly" counts only when it says how fast the system answers.
const VAGUE_SPEED = vocabPattern('latency-unquantified', 'vague-speed', 'g');

// "real-time" that names a kind of data or tooling rather than a speed the system must meet.
const REAL_TIME = vocabPattern('latency-unquantified', 'real-time');
const DATA_NOUN_AFTER = vocabPattern('latency-unquantified', 'data-noun-after');
// Said to be unnecessary or out of scope: nothing to quantify.
const NEGATED_BEFORE = vocabPattern('latency-unquantified', 'negated-before');
// Real-time named as one serving mode among others ("real-time vs batch"): a choice, not a requirement.
const MODE_CONTRAST = vocabPattern('latency-unquantified', 'mode-contrast');
// Words that make a statement a requirement, or headings of sections that hold requirements.
const REQUIREMENT_WORDS = vocabPattern('latency-unquantified', 'requirement-words');
const REQUIREMENT_SECTION = vocabPattern('latency-unquantified', 'requirement-section');
const TIME_WORDS = vocabPattern('latency-unquantified', 'time-words');

function hasTimeNumber(text: string): boolean {
  return findQuantities(text).some((q) => q.kind === 'time');
}

const RISK_SECTION = vocabPattern('latency-unquantified', 'risk-section');
const CYRILLIC = /[\u0400-\u04FF]{3}/;

/** Text of the list right after a block that ends with a colon (same section, starting within two lines). */
function followingListText(doc: DocumentModel, block: TextBlock): string {
  const endLine = block.range.end.line;
  const texts: string[] = [];
  let nextLine = endLine;
  for (const item of doc.listItems) {
    if (item.section !== block.section || item.range.start.line <= endLine) continue;
    if (item.range.start.line > nextLine + 2) break;
    texts.push(item.text);
    nextLine = item.range.end.line;
  }
  return texts.join(' ');
}

function firstVaguePhrase(prose: string): RegExpExecArray | null {
  VAGUE_SPEED.lastIndex = 0;
  for (let m = VAGUE_SPEED.exec(prose); m; m = VAGUE_SPEED.exec(prose)) {
    const before = prose.slice(Math.max(0, m.index - 30), m.index);
    if (NEGATED_BEFORE.test(before)) continue;
    if (REAL_TIME.test(m[0]) && DATA_NOUN_AFTER.test(prose.slice(m.index + m[0].length))) continue;
    return m;
  }
  // A vague speed word ("must be fast", "quick responses", "near-instant"): vocab cues.yaml, vague-speed.
  for (const cue of findCues('vague-speed', prose)) {
    if (!NEGATED_BEFORE.test(prose.slice(Math.max(0, cue.index - 30), cue.index))) return Object.assign([cue.text], { index: cue.index, input: prose, groups: undefined }) as RegExpExecArray;
  }
  return null;
}

function isRequirement(doc: DocumentModel, statement: Statement): boolean {
  if (statement.block.kind === 'heading') return false; // a heading names a topic, the text under it states the need
  if (/\?["'”’)\]]*\s*$/.test(statement.text)) return false; // a question to answer, as in interview templates
  if (CYRILLIC.test(statement.text)) return false; // prose we cannot read closely enough to judge
  let inRequirements = false;
  for (let section: SectionNode | null = statement.block.section; section; section = section.parent) {
    if (!section.heading) continue;
    if (RISK_SECTION.test(section.heading.text)) return false; // a risk describes what could go wrong, not a target
    if (REQUIREMENT_SECTION.test(section.heading.text)) inRequirements = true;
  }
  if (inRequirements || REQUIREMENT_WORDS.test(statement.text)) return true;
  // An outline's item under a parent item that labels its sub-items ("- Requirements:", "- Constraints;").
  const parent = statement.listItem ? parentListItem(doc, statement.listItem) : null;
  return parent !== null && parent.text.length <= 60 && REQUIREMENT_SECTION.test(parent.text) && !RISK_SECTION.test(parent.text);
}

const SIBLING_LATENCY = vocabPattern('latency-unquantified', 'sibling-latency');
const OFF_REQUEST = vocabPattern('latency-unquantified', 'off-request');
const latencyItemCache = new WeakMap<ListItemModel[], ListItemModel[]>();

/** The items of a list that give a request latency with a number (computed once per list). */
function latencyItems(siblings: ListItemModel[]): ListItemModel[] {
  let found = latencyItemCache.get(siblings);
  if (!found) {
    found = siblings.filter((item) => SIBLING_LATENCY.test(item.text) && !OFF_REQUEST.test(item.text) && hasTimeNumber(item.text));
    latencyItemCache.set(siblings, found);
  }
  return found;
}

const BUDGET_TO_FILL_IN = vocabPattern('latency-unquantified', 'budget-fill-in');

export const latencyUnquantified: RuleDefinition = {
  id: 'latency-unquantified',
  description: 'Speed requirements ("low latency", "real-time", "fast enough") need a number and a time unit.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: true,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    // Whether a block's context holds a time: asked once per block, not once per sentence in it
    // (a long paragraph has thousands of sentences).
    const quantifiedContext = new Map<TextBlock, boolean>();
    let reported = false;
    let budgeted: Set<SectionNode> | null = null;
    for (const statement of claimsOf(doc)) {
      if (!isRequirement(doc, statement)) continue;
      const prose = proseOf(statement);
      const phrase = firstVaguePhrase(prose);
      if (!phrase) continue;
      if (MODE_CONTRAST.test(statement.text)) continue;
      // The claim's context: the table row of a cell; the paragraph of a sentence and the list it
      // introduces ("A real-time fraud check:" followed by "- decision within 200 ms").
      // A list item shares its claim with a sibling that gives the latency ("- Fast responses" beside
      // "- p99 latency ≤ 200 ms"); a sibling timing something else ("training: < 2 minutes") does not.
      if (statement.listItem && latencyItems(statement.listItem.siblings).some((item) => item !== statement.listItem)) continue;
      let skip = quantifiedContext.get(statement.block);
      if (skip === undefined) {
        let context = tableRowText(doc, statement.block) ?? statement.block.text;
        if (statement.block.kind === 'paragraph' && !statement.listItem) context += ' ' + followingListText(doc, statement.block);
        // A budget left to fill in ("p99 ≤ [N] ms", "[p99 in ms]") is placeholder-text's finding, not this one.
        skip = hasTimeNumber(context) || (TIME_WORDS.test(context) && /\d/.test(context)) || BUDGET_TO_FILL_IN.test(context);
        quantifiedContext.set(statement.block, skip);
      }
      if (skip) continue;
      // The section (or the one it belongs to) states a latency budget elsewhere: the vague word
      // ("a high-speed network to ensure low latency") is covered by it.
      budgeted ??= sectionsWithLatencyBudget(doc);
      if (budgeted.has(statement.block.section)) continue;
      // The fix appends a budget to fill in, before the statement's closing punctuation.
      const body = prose.replace(/[\s.;:!]+$/, '');
      const at = doc.lines.positionAt(statementOffsets(statement, body.length, body.length)[0]);
      reported = true;
      report({
        offsets: statementOffsets(statement, phrase.index, phrase.index + phrase[0].length),
        message: `"${phrase[0]}" is not a number: state the latency budget with a unit (e.g. "p99 ≤ 150 ms end to end") or the freshness (e.g. "under 5 s old").`,
        fix: { range: { start: at, end: at }, text: ' (p99 ≤ [N] ms)', title: 'Add a latency budget to fill in: p99 ≤ [N] ms' },
      });
    }
    if (!reported) reportLatencyNeverQuantified(doc, report);
  },
};

/** Sections that give a request latency a number, with their sub-sections (computed once per lint). */
function sectionsWithLatencyBudget(doc: DocumentModel): Set<SectionNode> {
  const found = new Set<SectionNode>();
  for (const statement of claimsOf(doc)) {
    const section = statement.block.section;
    if (!section.heading || found.has(section)) continue;
    if (!SIBLING_LATENCY.test(statement.text) || OFF_REQUEST.test(statement.text) || !hasTimeNumber(statement.text)) continue;
    for (const s of sectionAndDescendants(section)) found.add(s);
  }
  return found;
}

const LATENCY_NAMED = vocabPattern('latency-unquantified', 'latency-named');
const LATENCY_AS_REQUIREMENT = vocabPattern('latency-unquantified', 'latency-as-requirement');
const REAL_TIME_SERVING = vocabPattern('latency-unquantified', 'real-time-serving');

/**
 * Latency named as a need ("- Latency: can vary by category", "Requirements: response time, accuracy")
 * in a document that never gives any latency a number: one finding, at the first such item. A doc that
 * states a budget anywhere has said what it needs; this catches only the doc that never does.
 */
function reportLatencyNeverQuantified(doc: DocumentModel, report: (d: { offsets: [number, number]; message: string }) => void): void {
  let first: { statement: Statement; index: number; length: number } | null = null;
  for (const statement of claimsOf(doc)) {
    const text = tableRowText(doc, statement.block) ?? statement.text;
    const latency = LATENCY_NAMED.exec(statement.text);
    if (!latency && !SIBLING_LATENCY.test(text) && !REAL_TIME_SERVING.test(statement.text)) continue;
    if (hasTimeNumber(text) || BUDGET_TO_FILL_IN.test(text)) return; // a latency is given a number somewhere
    // "- **Real-time inference.** Deploy …": real-time serving at the head of an item names a speed need too.
    const named = latency ?? REAL_TIME_SERVING.exec(statement.text);
    if (first || !named || OFF_REQUEST.test(statement.text) || /\?["'”’)\]]*\s*$/.test(statement.text)) continue;
    if (statement.block.kind === 'heading') continue;
    // A need: an item or cell that opens with it ("- Latency: …", "response time, accuracy"), or latency
    // named as a requirement ("to meet latency requirements"). Latency as a side effect, a risk or a
    // monitored signal, further into a sentence, is not.
    const listed = (statement.listItem !== undefined || statement.block.kind === 'tableCell')
      && statement.text.slice(0, named.index).trim().split(/\s+/).filter(Boolean).length <= 2;
    if (!listed && (latency === null || !LATENCY_AS_REQUIREMENT.test(statement.text.slice(named.index)))) continue;
    // Real-time serving counts as the item's label ("Real-time inference." / "Real-time scoring:"), not inside a story.
    if (latency === null && !/^\s*(?:[.:—–]|\s-\s|$)/.test(statement.text.slice(named.index + named[0].length))) continue;
    first = { statement, index: named.index, length: named[0].length };
  }
  if (!first) return;
  const { statement, index, length } = first;
  report({
    offsets: statementOffsets(statement, index, index + length),
    message: `"${statement.text.slice(index, index + length)}" is named as a need but the document never gives a latency a number: state the budget with a unit (e.g. "p99 ≤ 200 ms end to end").`,
  });
}
