// objective-weights: multi-objective weights (a "Weights:" list, a weights table, or a formula such as
// "0.6 * engagement + 0.25 * diversity") must add up to 100% or 1.0. [001 "Multi-Objective Optimization"]
import { blockOffsetAt, type DocumentModel, type ListItemModel, type TextBlock } from '../model/document.js';
import { findQuantities, type Quantity } from '../model/quantities.js';
import { replaceSpans } from '../fixes.js';
import type { Fix } from '../types.js';
import { ENGLISH_DESIGN_CLAIMS, type ReportDescriptor, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

interface Weight {
  value: number; // as written: 60 for "60%", 0.6 for "0.6"
  offsets: [number, number]; // the number only, in the document
  text: string;
}

interface WeightSet {
  weights: Weight[];
  percent: boolean;
  where: [number, number]; // what to report at
  related: Array<{ offsets: [number, number]; label: string }>;
}

const WEIGHTS_LABEL = vocabPattern('objective-weights', 'weights-label');
const WEIGHTS_HEADING = vocabPattern('objective-weights', 'weights-heading');
const WEIGHT_HEADER = vocabPattern('objective-weights', 'weight-header');
const TOTAL_ROW = vocabPattern('objective-weights', 'total-row');
const TERM = String.raw`(\d{1,3}(?:\.\d+)?%|\d*\.\d+|[01](?![\d.]))\s*[*×·⋅]?\s*[A-Za-z_][\w.]*(?:\([^()]*\))?`;
const FORMULA = new RegExp(`${TERM}(?:\\s*\\+\\s*${TERM})+`, 'g');
const ONE_TERM = new RegExp(TERM, 'g');

/** The weight in a piece of text: its first share ("60%") or first number between 0 and 1 ("0.6"). */
function weightIn(text: string): Quantity | null {
  const first = findQuantities(text).find((q) => q.kind === 'share' || (q.kind === 'number' && q.unit === ''));
  if (!first || first.max !== undefined || first.sign === '-') return null;
  if (first.kind === 'share' && first.unit !== '%') return null;
  if (first.kind === 'number' && (first.value > 1 || first.value < 0)) return null;
  return first;
}

function weightAt(block: TextBlock, q: Quantity): Weight {
  const numberText = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+(?![\w.]))?/.exec(block.text.slice(q.numberStart))?.[0] ?? '';
  const start = blockOffsetAt(block, q.numberStart);
  const end = blockOffsetAt(block, q.numberStart + numberText.length);
  return { value: q.value, offsets: [start, end], text: numberText };
}

function consistent(weights: Weight[], shares: boolean[]): boolean | null {
  if (shares.every(Boolean)) return true;
  if (shares.every((s) => !s) && weights.every((w) => w.value <= 1)) return false;
  return null; // a mix of "60%" and "0.3": not one set of weights
}

function firstBlockOf(doc: DocumentModel, item: ListItemModel): TextBlock | undefined {
  return doc.blocks.find((b) => b.listItem === item);
}

/** Lists introduced by a "Weights:" label or heading, one weight per item. */
function weightLists(doc: DocumentModel): WeightSet[] {
  const sets: WeightSet[] = [];
  const labels: Array<{ line: number; offsets: [number, number]; section: TextBlock['section'] }> = [];
  for (const block of doc.blocks) {
    const isLabel = (block.kind === 'paragraph' && WEIGHTS_LABEL.test(block.text))
      || (block.kind === 'heading' && WEIGHTS_HEADING.test(block.text));
    if (isLabel) labels.push({ line: block.range.end.line, offsets: [block.startOffset, block.endOffset], section: block.section });
  }
  for (const label of labels) {
    const items: ListItemModel[] = [];
    let nextLine = label.line;
    for (const item of doc.listItems) {
      if (item.range.start.line <= label.line) continue;
      if (item.range.start.line > nextLine + 2) break;
      items.push(item);
      nextLine = item.range.end.line;
    }
    if (items.length < 2) continue;
    const weights: Weight[] = [];
    const shares: boolean[] = [];
    const related: WeightSet['related'] = [];
    for (const item of items) {
      const block = firstBlockOf(doc, item);
      const q = block ? weightIn(block.text) : null;
      if (!block || !q || q.numberStart > 80) break;
      weights.push(weightAt(block, q));
      shares.push(q.kind === 'share');
      related.push({ offsets: [blockOffsetAt(block, 0), blockOffsetAt(block, block.text.length)], label: block.text.slice(0, 60) });
    }
    if (weights.length !== items.length) continue;
    const percent = consistent(weights, shares);
    if (percent === null) continue;
    sets.push({ weights, percent, where: label.offsets, related });
  }
  return sets;
}

/** Tables with a "Weight" column. */
function weightTables(doc: DocumentModel): WeightSet[] {
  const sets: WeightSet[] = [];
  for (const table of doc.tables) {
    const column = table.header.findIndex((cell) => WEIGHT_HEADER.test(cell.text));
    if (column < 0) continue;
    const weights: Weight[] = [];
    const shares: boolean[] = [];
    const related: WeightSet['related'] = [];
    let valid = true;
    for (const row of table.rows) {
      if (TOTAL_ROW.test(row.cells[0]?.text ?? '')) continue;
      const cell = row.cells[column];
      const q = cell ? weightIn(cell.block.text) : null;
      if (!cell || !q) { valid = false; break; }
      weights.push(weightAt(cell.block, q));
      shares.push(q.kind === 'share' || /%/.test(table.header[column]!.text));
      related.push({ offsets: [doc.lines.offsetAt(row.range.start), doc.lines.offsetAt(row.range.end)], label: row.cells[0]?.text ?? '' });
    }
    if (!valid || weights.length < 2) continue;
    // A "Weight (%)" column holds plain numbers that are percentages.
    const percent = /%/.test(table.header[column]!.text) ? true : consistent(weights, shares);
    if (percent === null) continue;
    const header = table.header[column]!;
    sets.push({ weights, percent, where: [doc.lines.offsetAt(header.range.start), doc.lines.offsetAt(header.range.end)], related });
  }
  return sets;
}

/** Linear formulas: "0.6 * engagement + 0.25 * diversity + 0.15 * margin". */
function weightFormulas(doc: DocumentModel): WeightSet[] {
  const sets: WeightSet[] = [];
  for (const block of doc.blocks) {
    FORMULA.lastIndex = 0;
    for (const m of block.text.matchAll(FORMULA)) {
      const after = block.text.slice(m.index + m[0].length);
      const before = block.text.slice(0, m.index);
      if (/^\s*[-−]/.test(after) || /[-−]\s*$/.test(before)) continue; // a penalty term: weights need not add up
      const weights: Weight[] = [];
      const shares: boolean[] = [];
      for (const term of m[0].matchAll(ONE_TERM)) {
        const token = term[1]!;
        const index = m.index + term.index;
        const isShare = token.endsWith('%');
        const numberText = isShare ? token.slice(0, -1) : token;
        weights.push({ value: Number(numberText), offsets: [blockOffsetAt(block, index), blockOffsetAt(block, index + numberText.length)], text: numberText });
        shares.push(isShare);
      }
      if (weights.length < 2) continue;
      // "2 * x + 3 * y" is arithmetic, not weights: every weight is a share or lies in (0, 1).
      const percent = consistent(weights, shares);
      if (percent === null || (!percent && weights.some((w) => w.value >= 1 || w.value <= 0))) continue;
      sets.push({ weights, percent, where: [blockOffsetAt(block, m.index), blockOffsetAt(block, m.index + m[0].length)], related: [] });
    }
  }
  return sets;
}

function format(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** Rescales to the target with the largest-remainder method so the rounded weights add up exactly. */
function rescale(values: number[], target: number, decimals: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  const unit = 10 ** decimals;
  const exact = values.map((v) => (v * target * unit) / sum);
  const floors = exact.map(Math.floor);
  let missing = Math.round(target * unit) - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => [v - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    floors[i]! += 1;
    missing -= 1;
  }
  return floors.map((f) => f / unit);
}

function decimalsOf(weights: Weight[]): number {
  return Math.max(0, ...weights.map((w) => (w.text.split('.')[1] ?? '').length));
}

function fixFor(doc: DocumentModel, set: WeightSet, scaled: string[], title: string): Fix {
  return replaceSpans(doc, set.weights.map((w, i) => ({ offsets: w.offsets, text: scaled[i]! })), title);
}

function check(doc: DocumentModel, set: WeightSet): ReportDescriptor | null {
  const values = set.weights.map((w) => w.value);
  const sum = values.reduce((a, b) => a + b, 0);
  const target = set.percent ? 100 : 1;
  if (Math.abs(sum - target) <= target * 0.005 || sum <= 0) return null;
  const suffix = set.percent ? '%' : '';
  const decimals = set.percent ? decimalsOf(set.weights) : Math.max(2, decimalsOf(set.weights));
  const scaled = rescale(values, target, decimals).map((v) => format(v, decimals));
  const written = set.weights.map((w) => `${w.text}${suffix}`).join(' + ');
  const total = `${Number(sum.toFixed(4))}${suffix}`;
  const goal = set.percent ? '100%' : '1.0';
  const title = `Rescale weights to ${goal} (${scaled.map((s) => s + suffix).join(', ')})`;
  return {
    offsets: set.where,
    message: `Objective weights add up to ${total} (${written}), not ${goal}: rescale them or name the objective that takes the rest.`,
    fix: fixFor(doc, set, scaled, title),
    related: set.related.map((r) => ({ range: doc.lines.rangeOf(r.offsets[0], r.offsets[1]), message: `weight: ${r.label}` })),
  };
}

export const objectiveWeights: RuleDefinition = {
  id: 'objective-weights',
  description: 'Multi-objective weights add up to 100% (or 1.0).',
  defaultSeverity: 'error',
  tags: ['numbers-agree'],
  fixable: true,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    for (const set of [...weightLists(doc), ...weightTables(doc), ...weightFormulas(doc)]) {
      const finding = check(doc, set);
      if (finding) report(finding);
    }
  },
};
