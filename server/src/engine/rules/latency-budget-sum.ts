// latency-budget-sum: the stages of a latency budget (a table with a stage and a time column, or a
// list of "stage: N ms" items) must fit in the stated end-to-end budget. [000 §4]
import type { DocumentModel, ListItemModel, SectionNode, TableModel } from '../model/document.js';
import { introductionAbove } from '../model/content.js';
import { findQuantities, type Quantity } from '../model/quantities.js';
import { statementOffsets, statementsOf, type Statement } from '../model/statements.js';
import type { Range } from '../types.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

interface Part {
  label: string;
  ms: number; // lower end of a range: a sum that is over even then is over for sure
  text: string;
  range: Range;
}

interface Budget {
  ms: number; // upper end of a range
  text: string;
  percentile?: string;
  where: { range: Range } | { offsets: [number, number] };
}

const TOTAL_LABEL = vocabPattern('latency-budget-sum', 'total-label');
const STAGE_HEADER = vocabPattern('latency-budget-sum', 'stage-header');
const TIME_HEADER = vocabPattern('latency-budget-sum', 'time-header');
// Rows or items that are statistics of one number, not stages: "p50: 40 ms", "Average: 60 ms".
const STATISTIC_LABEL = vocabPattern('latency-budget-sum', 'statistic-label');
const BUDGET_STATEMENT = vocabPattern('latency-budget-sum', 'budget-statement');
const LATENCY_CONTEXT = vocabPattern('latency-budget-sum', 'latency-context');
// A statement about latency (beside a budget word).
const LATENCY_TOPIC = vocabPattern('latency-budget-sum', 'latency-topic');

function firstTime(text: string): Quantity | undefined {
  return findQuantities(text).find((q) => q.kind === 'time' && q.ms !== undefined);
}

function plain(label: string): string {
  return label.replace(/[*_`]/g, '').trim();
}

/** The end-to-end budget stated in prose near a budget table or list: same section or its parent. */
function statedBudget(doc: DocumentModel, section: SectionNode, exclude: (s: Statement) => boolean): Budget | null {
  const near = new Set<SectionNode>([section]);
  if (section.parent) near.add(section.parent);
  for (const statement of statementsOf(doc)) {
    if (!near.has(statement.block.section) || exclude(statement) || statement.block.kind === 'tableCell') continue;
    if (!BUDGET_STATEMENT.test(statement.text) || !LATENCY_TOPIC.test(statement.text)) continue;
    const times = findQuantities(statement.text).filter((q) => q.kind === 'time' && q.ms !== undefined);
    if (times.length !== 1) continue; // several numbers in one sentence: which one is the total is a guess
    const q = times[0]!;
    if (q.comparator === '>' || q.comparator === '>=') continue;
    return {
      ms: q.msMax ?? q.ms!, text: q.text, percentile: q.percentile,
      where: { offsets: statementOffsets(statement, q.start, q.end) },
    };
  }
  return null;
}

function tableBudget(doc: DocumentModel, table: TableModel): { parts: Part[]; budget: Budget } | null {
  const column = table.header.findIndex((cell, i) => i > 0 && TIME_HEADER.test(cell.text));
  if (column < 0) return null;
  const parts: Part[] = [];
  let total: Budget | null = null;
  for (const row of table.rows) {
    const label = plain(row.cells[0]?.text ?? '');
    const q = firstTime(row.cells[column]?.text ?? '');
    if (!q) continue;
    if (TOTAL_LABEL.test(label)) {
      const percentile = q.percentile ?? /\bp\d{2,3}\b/i.exec(table.header[column]!.text)?.[0].toLowerCase();
      total ??= { ms: q.msMax ?? q.ms!, text: q.text, percentile, where: { range: row.range } };
      continue;
    }
    if (STATISTIC_LABEL.test(label)) return null;
    parts.push({ label, ms: q.ms!, text: q.text, range: row.range });
  }
  if (parts.length < 2) return null;
  if (!total) {
    // Without a total row the table must be a breakdown into stages, with the budget stated beside it.
    if (!STAGE_HEADER.test(table.header[0]?.text ?? '')) return null;
    const cells = new Set(table.rows.flatMap((r) => r.cells.map((c) => c.block)));
    total = statedBudget(doc, table.section, (s) => cells.has(s.block));
  }
  return total ? { parts, budget: total } : null;
}

/** Runs of sibling list items, in document order (nested items are left out). */
function listRuns(doc: DocumentModel): ListItemModel[][] {
  const runs: ListItemModel[][] = [];
  let current: ListItemModel[] = [];
  let lastEnd = -1;
  for (const item of doc.listItems) {
    if (item.range.start.line <= lastEnd) continue; // nested inside the previous item
    if (current.length > 0 && (item.range.start.line > lastEnd + 2 || item.section !== current[0]!.section)) {
      runs.push(current);
      current = [];
    }
    current.push(item);
    lastEnd = item.range.end.line;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function listBudget(doc: DocumentModel, items: ListItemModel[]): { parts: Part[]; budget: Budget } | null {
  const parts: Part[] = [];
  let total: Budget | null = null;
  for (const item of items) {
    const match = /^([^:\n]{1,60}?)\s*(?::|—|–| - )\s*(.+)$/s.exec(item.text);
    if (!match) continue;
    const label = plain(match[1]!);
    const q = firstTime(match[2]!);
    if (!q) continue;
    if (TOTAL_LABEL.test(label)) {
      total ??= { ms: q.msMax ?? q.ms!, text: q.text, percentile: q.percentile, where: { range: item.range } };
      continue;
    }
    if (STATISTIC_LABEL.test(label)) return null;
    parts.push({ label, ms: q.ms!, text: q.text, range: item.range });
  }
  if (parts.length < 2) return null;
  const section = items[0]!.section;
  // The list must be about latency: its section heading or the text right before it says so.
  const heading = section.heading?.text ?? '';
  const firstLine = items[0]!.range.start.line;
  const intro = introductionAbove(doc, section, firstLine);
  if (!LATENCY_CONTEXT.test(heading) && !LATENCY_CONTEXT.test(intro?.text ?? '')) return null;
  if (!total) {
    const own = new Set(items);
    total = statedBudget(doc, section, (s) => (s.listItem ? own.has(s.listItem) : false));
  }
  return total ? { parts, budget: total } : null;
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${Number(ms.toFixed(1))} ms`;
}

export const latencyBudgetSum: RuleDefinition = {
  id: 'latency-budget-sum',
  description: 'The stages of a latency budget fit in the stated end-to-end budget.',
  defaultSeverity: 'error',
  tags: ['numbers-agree'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    const found = [
      ...doc.tables.map((table) => tableBudget(doc, table)),
      ...listRuns(doc).map((items) => listBudget(doc, items)),
    ];
    for (const entry of found) {
      if (!entry) continue;
      const { parts, budget } = entry;
      const sum = parts.reduce((total, part) => total + part.ms, 0);
      if (sum <= budget.ms + 0.5) continue;
      const which = budget.percentile ? `end-to-end ${budget.percentile} budget` : 'end-to-end budget';
      report({
        ...budget.where,
        message: `Stage budgets add up to ${formatMs(sum)} but the ${which} is ${formatMs(budget.ms)}: cut a stage or raise the budget.`,
        related: parts.map((part) => ({ range: part.range, message: `${part.label}: ${part.text}` })),
      });
    }
  },
};
