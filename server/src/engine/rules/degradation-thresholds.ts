// degradation-thresholds: in a degradation gradient, the red (rollback) threshold lies further from
// the baseline than the yellow (alert) one, for metrics that drop (AUC) and metrics that rise (latency).
import type { TableRowModel } from '../model/document.js';
import { findQuantities, type Quantity } from '../model/quantities.js';
import { cellOf, classifyTable, type TableSemantics } from '../model/table-semantics.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

interface Reading {
  value: number;
  kind: string;
  /** A change from the baseline ("-5%", "drops by 3 pts") rather than a level. */
  delta: boolean;
  /** +1 when the cell says the metric rises, -1 when it says it falls, 0 when it does not say. */
  direction: number;
  text: string;
}

const FALLS = vocabPattern('degradation-thresholds', 'falls');
const RISES = vocabPattern('degradation-thresholds', 'rises');
// A threshold given as a change ("drops by 5%", "relative drop"), not as a level.
const CHANGE_BY = vocabPattern('degradation-thresholds', 'change-by');
const RELATIVE = vocabPattern('degradation-thresholds', 'relative');

function read(text: string | undefined): Reading | null {
  if (!text) return null;
  const quantity: Quantity | undefined = findQuantities(text)[0];
  if (!quantity) return null;
  const value = quantity.kind === 'time' && quantity.ms !== undefined ? quantity.ms : quantity.value;
  const before = text.slice(0, quantity.start);
  const delta = quantity.sign !== undefined || CHANGE_BY.test(before) || RELATIVE.test(text);
  let direction = FALLS.test(before) ? -1 : RISES.test(before) ? 1 : 0;
  if (quantity.comparator === '<' || quantity.comparator === '<=') direction = -1;
  if (quantity.comparator === '>' || quantity.comparator === '>=') direction = 1;
  if (quantity.sign) direction = quantity.sign === '-' ? -1 : 1;
  return { value: delta ? Math.abs(value) : value, kind: quantity.kind, delta, direction, text: text.trim() };
}

/** Why the row's thresholds are out of order, or null when they are in order or cannot be compared. */
export function thresholdProblem(baseline: Reading | null, yellow: Reading, red: Reading): string | null {
  if (yellow.kind !== red.kind || yellow.delta !== red.delta) return null;
  if (yellow.delta) {
    if (yellow.direction !== 0 && red.direction !== 0 && yellow.direction !== red.direction) return 'they move in opposite directions';
    return red.value > yellow.value ? null : 'red is no larger a change than yellow';
  }
  if (baseline && !baseline.delta && baseline.kind === yellow.kind) {
    const direction = Math.sign(yellow.value - baseline.value) || yellow.direction || Math.sign(red.value - baseline.value);
    if (direction === 0) return null;
    if ((red.value - baseline.value) * direction <= 0) return 'red is not on the same side of the baseline as yellow';
    return Math.abs(red.value - baseline.value) > Math.abs(yellow.value - baseline.value) ? null : 'red is no further from the baseline than yellow';
  }
  const direction = yellow.direction || red.direction;
  if (direction === 0) return null;
  return (red.value - yellow.value) * direction > 0 ? null : `red should be ${direction < 0 ? 'below' : 'above'} yellow for a metric that ${direction < 0 ? 'falls' : 'rises'}`;
}

function metricName(semantics: TableSemantics, row: TableRowModel): string {
  return (cellOf(semantics, row, 'metric') ?? row.cells[0])?.text.replace(/[*_`]/g, '').trim() ?? 'metric';
}

export const degradationThresholds: RuleDefinition = {
  id: 'degradation-thresholds',
  description: 'In a degradation table the red (rollback) threshold is further from the baseline than the yellow (alert) one.',
  defaultSeverity: 'error',
  tags: ['numbers-agree'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    for (const table of doc.tables) {
      const semantics = classifyTable(table);
      if (semantics.kind !== 'degradation') continue;
      for (const row of table.rows) {
        const baselineCell = cellOf(semantics, row, 'baseline');
        const yellow = read(cellOf(semantics, row, 'alert')?.text);
        const red = read(cellOf(semantics, row, 'rollback')?.text);
        if (!yellow || !red) continue;
        const baseline = read(baselineCell?.text);
        const problem = thresholdProblem(baseline, yellow, red);
        if (!problem) continue;
        const from = baseline ? `baseline ${baseline.text}, ` : '';
        report({
          range: row.range,
          message: `Degradation thresholds for "${metricName(semantics, row)}" are out of order (${from}yellow ${yellow.text}, red ${red.text}): ${problem}. Set the red (rollback) threshold further from the baseline than the yellow (alert) one.`,
        });
      }
    }
  },
};
