// metric-threshold: a success metric listed with no target value or comparison ("Recall on the spam
// class" and nothing after it). [001 §2 "Define your thresholds upfront"]
import { sectionAndDescendants, type DocumentModel, type ListItemModel, type SectionNode, type TableModel } from '../model/document.js';
import { claimsOf, statementOffsets, type Statement } from '../model/statements.js';
import { introductionAbove, listItemSource, parentListItem, tableRowText } from '../model/content.js';
import { headingMatchesSection, normaliseHeading } from '../model/headings.js';
import { firstMetric, isMetricName, metricsNamedIn, namesOfflineMetric } from '../model/metrics.js';
import { findSection } from '../model/sections.js';
import { SECTIONS } from '../profiles.js';
import type { Range, SectionSpec } from '../types.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

// A target may be a number, a comparison with something named, or a placeholder that another rule reports.
const HAS_NUMBER = /\d/;
const COMPARISON = vocabPattern('metric-threshold', 'comparison');
// Prompts, headings of a nested list, metrics weighed against each other, sub-points that describe a
// metric, and steps of an evaluation procedure: metrics mentioned rather than set as criteria.
const NOT_A_CRITERION = vocabPattern('metric-threshold', 'not-a-criterion');
const METRIC_HEADER = vocabPattern('metric-threshold', 'metric-header');
const TARGET_HEADER = vocabPattern('metric-threshold', 'target-header');


function isCriterion(text: string, source: string): boolean {
  if (NOT_A_CRITERION.test(text.trim()) || text.length > 200) return false;
  return !/^\s*(?:[-*+]|\d+[.)])\s*~~/.test(source); // struck through: a metric dropped from the plan
}

function hasTarget(text: string): boolean {
  return HAS_NUMBER.test(text) || COMPARISON.test(text);
}

const LOWER_IS_BETTER = vocabPattern('metric-threshold', 'lower-is-better');

/** An example target whose direction fits the metric: an error or a cost must stay under its bound. */
function example(metric: string): string {
  const lower = LOWER_IS_BETTER.test(metric);
  if (namesOfflineMetric(metric) !== null) return lower ? `"${metric} ≤ 0.10 on the holdout set"` : `"${metric} ≥ 0.90 on the holdout set"`;
  return lower ? `"${metric} −2% vs. control in the A/B test"` : `"${metric} +2% vs. control in the A/B test"`;
}

function message(metric: string, statement: string): string {
  const shown = statement.length > 60 ? `${statement.slice(0, 57)}…` : statement;
  return `Success metric "${shown}" has no target: add the value it must reach and against what (e.g. ${example(metric)}).`;
}

interface Candidate {
  range: Range;
  metric: string;
  text: string;
  targeted: boolean;
  /** Items of one list share a group; a table is one group. */
  group: number;
  /** "**Precision**: share of flagged items that are fraud": a metric explained, not a target set. */
  definition: boolean;
  /** A list item nested under another: an outline's detail rather than a stated criterion. */
  nested: boolean;
}

const GOAL_VERB = vocabPattern('metric-threshold', 'goal-verb');
// "Precision: share of …", "Recall – …", and a formula "(R) replacement = (V) equipment cost" (an "=" with no value after it).
const DEFINITION = /^[^:–—=]{1,60}?(?::|\s[–—-]\s|\s=\s*(?![-+~≈]?\s*[$€£]?\.?\d|\[))\s*\S/;

/** A metric set as a criterion: the item starts with the metric (within five words) or with a goal verb. */
function leadsWithMetric(text: string, index: number): boolean {
  return GOAL_VERB.test(text) || text.slice(0, index).split(/\s+/).filter(Boolean).length <= 5;
}

const OPTIONS_INTRO = vocabPattern('metric-threshold', 'options-intro');

/** A list introduced as options to choose from ("ML objective options:") sets no criteria. */
function introducesOptions(doc: DocumentModel, item: ListItemModel): boolean {
  const line = item.range.start.line;
  const intro = introductionAbove(doc, item.section, line);
  return intro !== undefined && OPTIONS_INTRO.test(intro.text);
}

/** Success-metric list items naming a metric; `targetedGroups` gets every list in which some item has a target. */
/** Whether the item's parent item is a label naming the success metrics ("- Success criteria:" above the list). */
function labelsSuccess(doc: DocumentModel, item: ListItemModel, spec: SectionSpec): boolean {
  const parent = parentListItem(doc, item);
  if (!parent) return false;
  // The label opens the item and ends with a colon ("**What counts as success:**", maybe a lead-in after it).
  const label = /^\s*([^:\n]{1,60}):/.exec(parent.text.replace(/[*_]/g, ''));
  return label !== null && headingMatchesSection(normaliseHeading(label[1]!), spec);
}

function listCandidates(doc: DocumentModel, within: Set<SectionNode>, targetedGroups: Set<number>, spec: SectionSpec): Candidate[] {
  const candidates: Candidate[] = [];
  const containers: ListItemModel[] = [];
  let lastGroup = -1;
  let optionsList = false;
  let inSuccess = false;
  let group = 0;
  let previous: ListItemModel | null = null;
  for (const item of doc.listItems) {
    // Sibling items: same section, same indentation, no gap of more than one blank line.
    if (!previous || previous.section !== item.section || previous.range.start.column !== item.range.start.column
      || item.range.start.line > previous.range.end.line + 2) group += 1;
    if (group !== lastGroup) {
      lastGroup = group;
      // A list under an item that labels it as the success criteria ("- **What counts as success:**") is one
      // wherever it sits.
      inSuccess = within.has(item.section) || labelsSuccess(doc, item, spec);
      optionsList = inSuccess && introducesOptions(doc, item); // looked up only where it matters
    }
    previous = item;
    while (containers.length > 0 && containers[containers.length - 1]!.range.end.line < item.range.start.line) containers.pop();
    const nested = containers.length > 0;
    containers.push(item);
    if (!inSuccess || item.checked !== null || optionsList) continue;
    if (item.hasNestedList) continue; // a category heading its own list
    const text = item.text.replace(/\s+/g, ' ').trim();
    if (hasTarget(text)) targetedGroups.add(group);
    const metric = firstMetric(text);
    const source = listItemSource(doc, item);
    if (!metric || metric.name === 'A/B' || !isCriterion(text, source) || !leadsWithMetric(text, metric.index)) continue;
    candidates.push({
      range: item.range, metric: metric.name, text, targeted: hasTarget(source), group, definition: DEFINITION.test(text), nested,
    });
  }
  return candidates;
}

function tableCandidates(table: TableModel, group: number): Candidate[] {
  const candidates: Candidate[] = [];
  const metricColumn = table.header.findIndex((cell) => METRIC_HEADER.test(cell.text));
  if (metricColumn < 0) return candidates;
  const targetColumn = table.header.findIndex((cell, i) => i !== metricColumn && TARGET_HEADER.test(cell.text));
  for (const row of table.rows) {
    const name = row.cells[metricColumn]?.text ?? '';
    const metric = firstMetric(name);
    if (!metric) continue;
    // With a target column, that cell must hold the target; without one, any other cell may.
    const others = targetColumn >= 0
      ? [row.cells[targetColumn]?.text ?? '']
      : row.cells.filter((_, i) => i !== metricColumn).map((cell) => cell.text);
    candidates.push({ range: row.range, metric: metric.name, text: name, targeted: others.some(hasTarget) || hasTarget(name), group, definition: false, nested: false });
  }
  return candidates;
}

export const metricThreshold: RuleDefinition = {
  id: 'metric-threshold',
  description: 'Every success metric states a target value or a comparison.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: false,
  // Words in English and Russian (vocab/en|ru/patterns/metric-threshold.yaml, metrics.yaml); a design doc's own claims only.
  scope: { languages: ['en', 'ru'], kinds: ENGLISH_DESIGN_CLAIMS.kinds },
  check({ doc, report }) {
    const within = new Set<SectionNode>();
    const successMetrics = findSection(doc, SECTIONS.successMetrics);
    for (const section of successMetrics.sections) {
      for (const s of sectionAndDescendants(section)) within.add(s);
    }
    if (within.size === 0) return;
    const targetedGroups = new Set<number>();
    const candidates = listCandidates(doc, within, targetedGroups, successMetrics.spec);
    doc.tables.forEach((table, i) => {
      if (within.has(table.section)) candidates.push(...tableCandidates(table, -1 - i));
    });
    const groups = new Map<number, Candidate[]>();
    for (const c of candidates) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
    const findings: Array<{ range: Range; message: string }> = [];
    for (const members of groups.values()) {
      const missing = members.filter((c) => !c.targeted);
      if (missing.length === 0) continue;
      // A glossary of metric definitions explains options rather than setting criteria.
      if (members.filter((c) => c.definition).length * 2 > members.length) continue;
      if (missing.length < members.length || targetedGroups.has(members[0]!.group)) {
        // The list sets targets for some metrics: the others stand out.
        for (const c of missing) findings.push({ range: c.range, message: message(c.metric, c.text) });
        continue;
      }
      // No target anywhere in the list. A catalogue of metrics ("mAP, MRR, nDCG") lists options rather than
      // setting criteria, and so does an outline's nested detail; plain criteria get one finding.
      if (missing.every((c) => c.nested)) continue;
      if (members.some((c) => (c.text.match(/,/g)?.length ?? 0) >= 2)) continue; // two commas: a list of metrics in one item
      const first = missing[0]!;
      findings.push({
        range: first.range,
        message: missing.length === 1 ? message(first.metric, first.text)
          : `None of the ${missing.length} success metrics in this list has a target value or comparison: add the value each must reach (e.g. ${example(first.metric)}).`,
      });
    }
    // The doc's own claims, headings aside: both checks below read every one of them.
    const claims = claimsOf(doc).filter((statement) => statement.block.kind !== 'heading');
    if (findings.length === 0) {
      const untargeted = metricsNeverTargeted(doc, claims, within);
      if (untargeted) findings.push(untargeted);
    }
    const reportedLines = new Set(findings.map((f) => f.range.start.line));
    for (const chosen of chosenMetricsNeverTargeted(doc, claims, within)) {
      if (!reportedLines.has(chosen.range.start.line)) findings.push(chosen);
    }
    findings.sort((a, b) => a.range.start.line - b.range.start.line);
    for (const finding of findings) report(finding);
  },
};

/** A statement's claim: the whole row for a table cell, so that "Recall | ≥ 0.9" is one target. */
function claimText(doc: DocumentModel, statement: Statement): string {
  return tableRowText(doc, statement.block) ?? statement.text;
}

// Digits that belong to a name ("Recall@10", "F1", "R2", a model "s2t") set no target.
const METRIC_NAME_DIGITS = /@\s*[\p{L}\p{N}]+|\b\p{L}+\d[\p{L}\p{N}]*\b/gu;

function setsTarget(text: string): boolean {
  return COMPARISON.test(text) || HAS_NUMBER.test(text.replace(METRIC_NAME_DIGITS, ''));
}

/**
 * The success-metrics section names metrics (two or more) in lists, tables or prose that the per-list
 * check does not judge (a catalogue, a definition, a paragraph), none of them gets a target there, and
 * none gets one anywhere else in the doc: one finding at the section's heading.
 */
function metricsNeverTargeted(doc: DocumentModel, claims: Statement[], within: Set<SectionNode>): { range: Range; message: string } | null {
  // The metrics the section names, and whether it sets a target for any (then the per-list check judges it).
  const named = new Map<string, string>();
  for (const statement of claims) {
    if (!within.has(statement.block.section)) continue;
    const text = claimText(doc, statement);
    const metric = firstMetric(text);
    if (!metric) continue;
    if (setsTarget(text)) return null;
    const key = metric.name.toLowerCase();
    if (!named.has(key)) named.set(key, metric.name);
  }
  if (named.size < 2) return null;
  // A target for one of them anywhere else: a statement naming it that sets a value or a comparison.
  for (const statement of claims) {
    if (within.has(statement.block.section)) continue;
    const text = claimText(doc, statement);
    const lower = text.toLowerCase();
    for (const key of named.keys()) {
      if (lower.includes(key) && firstMetric(text)?.name.toLowerCase() === key && setsTarget(text)) return null;
    }
  }
  const names = [...named.keys()];
  const heading = [...within].find((section) => section.heading)?.heading;
  if (!heading) return null;
  const shown = names.slice(0, 4).map((key) => named.get(key)!).join(', ') + (names.length > 4 ? ', …' : '');
  return {
    range: heading.range,
    message: `None of the success metrics named here (${shown}) has a target anywhere in the document: add the value each must reach and against what (e.g. ${example(named.get(names[0]!)!)}).`,
  };
}

const CHOSEN_METRIC = vocabPattern('metric-threshold', 'chosen-metric');
const CHOSEN_DIRECTION = vocabPattern('metric-threshold', 'chosen-direction');
const METRIC_IDENTIFIER = vocabPattern('metric-threshold', 'metric-identifier', 'g');

/** The metrics a statement names after the words that choose them: known names, or identifiers and acronyms. */
function metricsChosen(text: string, from: number): string[] {
  const tail = text.slice(from);
  const known = metricsNamedIn(tail); // lower-cased, each once
  if (known.length > 0) return known;
  return [...new Set([...tail.matchAll(METRIC_IDENTIFIER)].map((m) => m[0].toLowerCase()))];
}

/**
 * A success-metrics statement that names the metric chosen to judge the system ("The primary metric will be
 * retrieval precision", "base metrics are uplift_max and AUQC") when no statement anywhere in the doc sets a
 * target for any metric it chooses: one finding at that statement. Targets for other metrics (a business
 * goal) leave the chosen one without a bar.
 */
function chosenMetricsNeverTargeted(doc: DocumentModel, claims: Statement[], within: Set<SectionNode>): Array<{ range: Range; message: string }> {
  const findings: Array<{ range: Range; message: string }> = [];
  let targetTexts: string[] | null = null;
  for (const statement of claims) {
    if (!within.has(statement.block.section)) continue;
    const text = claimText(doc, statement);
    const cue = CHOSEN_METRIC.exec(text);
    if (!cue || setsTarget(text) || NOT_A_CRITERION.test(text.trim()) || CHOSEN_DIRECTION.test(text)) continue;
    const chosen = metricsChosen(text, cue.index + cue[0].length);
    if (chosen.length === 0) continue;
    targetTexts ??= claims.map((s) => claimText(doc, s)).filter(setsTarget);
    // A target for a known metric is a statement that leads with it; an identifier need only be named.
    const targeted = (name: string) => targetTexts!.some((t) => includesWord(t.toLowerCase(), name)
      && (!isMetricName(name) || firstMetric(t)?.name.toLowerCase() === name));
    if (chosen.some(targeted)) continue;
    const shown = chosen.slice(0, 3).join(', ');
    findings.push({
      range: statement.block.kind === 'tableCell' ? statement.block.range : doc.lines.rangeOf(...statementOffsets(statement, 0, statement.text.length)),
      message: `The metric chosen here (${shown}) has no target anywhere in the document: add the value it must reach and against what (e.g. ${example(chosen[0]!)}).`,
    });
  }
  return findings;
}

function includesWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}
