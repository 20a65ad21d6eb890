// Tables by what their headers mean, not where their columns sit: a trade-off table may say
// "Decision | Why", a risk table "Threat | Probability | Severity | Response", a degradation table
// "Metric | Normal | Warn | Page". Rules ask for a table's kind and the columns that play each role.
import type { TableCellModel, TableModel, TableRowModel } from './document.js';
import { headingMatchesSection } from './headings.js';
import { SECTIONS } from '../profiles.js';
import { hasCue } from '../vocab/cues.js';
import { vocabPattern } from '../vocab/patterns.js';

export type ColumnRole =
  // trade-off tables
  | 'dimension' | 'option' | 'chosen' | 'rationale'
  // risk tables
  | 'risk' | 'likelihood' | 'impact' | 'rating' | 'mitigation'
  // degradation tables
  | 'metric' | 'baseline' | 'alert' | 'rollback'
  // cost-of-error tables
  | 'errorCase' | 'cost' | 'action'
  // rollout tables
  | 'phase' | 'traffic' | 'criterion';

export type TableKind = 'tradeoff' | 'risk' | 'degradation' | 'cost' | 'rollout' | 'other';

export interface TableSemantics {
  table: TableModel;
  kind: TableKind;
  /** Column indexes per role, left to right. */
  columns: Partial<Record<ColumnRole, number[]>>;
}

/** Lower-cased header text without emoji, markdown marks or surrounding punctuation. */
export function headerText(cell: TableCellModel | undefined): string {
  if (!cell) return '';
  return cell.text.toLowerCase().replace(/[\p{Extended_Pictographic}\u{FE0F}*_`]/gu, ' ').replace(/\s+/g, ' ').trim();
}

// Each role's header vocabulary, tested against the lower-cased header.
const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ['chosen', vocabPattern('table-semantics', 'chosen-header')],
  ['rationale', vocabPattern('table-semantics', 'rationale-header')],
  ['option', vocabPattern('table-semantics', 'option-header')],
  ['dimension', vocabPattern('table-semantics', 'dimension-header')],
  ['likelihood', vocabPattern('table-semantics', 'likelihood-header')],
  ['impact', vocabPattern('table-semantics', 'impact-header')],
  ['rating', vocabPattern('table-semantics', 'rating-header')],
  ['mitigation', vocabPattern('table-semantics', 'mitigation-header')],
  ['risk', vocabPattern('table-semantics', 'risk-header')],
  ['baseline', vocabPattern('table-semantics', 'baseline-header')],
  ['alert', vocabPattern('table-semantics', 'alert-header')],
  ['rollback', vocabPattern('table-semantics', 'rollback-header')],
  ['metric', vocabPattern('table-semantics', 'metric-header')],
  ['errorCase', vocabPattern('table-semantics', 'error-case-header')],
  ['cost', vocabPattern('table-semantics', 'cost-header')],
  ['action', vocabPattern('table-semantics', 'action-header')],
  ['phase', vocabPattern('table-semantics', 'phase-header')],
  ['traffic', vocabPattern('table-semantics', 'traffic-header')],
  ['criterion', vocabPattern('table-semantics', 'criterion-header')],
];

// Header words of risk tables in other languages (vocab/<language>/cues.yaml).
const ROLE_CUES: Array<[ColumnRole, string]> = [
  ['risk', 'risk-column'], ['likelihood', 'likelihood-column'], ['impact', 'impact-column'],
  ['mitigation', 'mitigation-column'], ['rating', 'rating-column'],
];

function rolesOf(header: string): ColumnRole[] {
  const roles = ROLE_PATTERNS.filter(([, pattern]) => pattern.test(header)).map(([role]) => role);
  for (const [role, cue] of ROLE_CUES) if (!roles.includes(role) && hasCue(cue, header)) roles.push(role);
  return roles;
}

/** Error-case words: a false positive / false negative or what one means in the domain. */
const FALSE_POSITIVE = vocabPattern('table-semantics', 'false-positive');
const FALSE_NEGATIVE = vocabPattern('table-semantics', 'false-negative');

export function mentionsFalsePositive(text: string): boolean {
  return FALSE_POSITIVE.test(text);
}

export function mentionsFalseNegative(text: string): boolean {
  return FALSE_NEGATIVE.test(text);
}

const LEVEL_WORD = vocabPattern('table-semantics', 'level-word');

/** Whether a cell holds a High/Medium/Low level (Med, H/M/L, "Low-Medium", "🔴 High (regulatory)" count). */
export function isLevel(text: string): boolean {
  const clean = text.replace(/[\p{Extended_Pictographic}\u{FE0F}*_`]/gu, ' ').replace(/\([^)]*\)/g, ' ').trim();
  const first = clean.split(/\s*[,;:–—]\s*|\s+-\s+/)[0]!.trim();
  if (LEVEL_WORD.test(first)) return true;
  const range = first.split(/\s*(?:-|–|to|\/)\s*/);
  return range.length === 2 && range.every((part) => LEVEL_WORD.test(part));
}

/** A numeric rating (70%, 0.3, 4/5, 3) is a stricter level than a word, not a wrong one. */
export function isNumericRating(text: string): boolean {
  return /^[~≈<>≤≥]?\s*\d+(\.\d+)?\s*(%|\/\s*\d+|x|×)?(\s|$|\()/.test(text.replace(/[*_`]/g, '').trim());
}

function add(columns: Partial<Record<ColumnRole, number[]>>, role: ColumnRole, index: number): void {
  (columns[role] ??= []).push(index);
}

function inSection(table: TableModel, spec: typeof SECTIONS[keyof typeof SECTIONS]): boolean {
  for (let s: TableModel['section'] | null = table.section; s; s = s.parent) {
    if (s.heading && !s.heading.isTitle && headingMatchesSection(s.heading.normalised, spec)) return true;
  }
  return false;
}

/** Share of body cells in a column that hold a High/Medium/Low level. */
function levelShare(table: TableModel, column: number): number {
  const cells = table.rows.map((row) => row.cells[column]?.text ?? '').filter((t) => t !== '');
  if (cells.length === 0) return 0;
  return cells.filter(isLevel).length / cells.length;
}

/** Classifies a table by its headers (and, for cost tables, its first column). */
export function classifyTable(table: TableModel): TableSemantics {
  const headers = table.header.map(headerText);
  const roleLists = headers.map(rolesOf);
  const has = (role: ColumnRole) => roleLists.some((roles) => roles.includes(role));

  // Degradation: a baseline plus alert and rollback levels.
  if (has('alert') && has('rollback') && (has('baseline') || has('metric'))) {
    const columns: TableSemantics['columns'] = {};
    roleLists.forEach((roles, i) => {
      if (roles.includes('baseline') && !columns.baseline) add(columns, 'baseline', i);
      else if (roles.includes('alert') && !columns.alert) add(columns, 'alert', i);
      else if (roles.includes('rollback') && !columns.rollback) add(columns, 'rollback', i);
      else if (i === 0) add(columns, 'metric', i);
    });
    if (columns.alert && columns.rollback) return { table, kind: 'degradation', columns };
  }

  // Cost of errors: false positive and false negative named in the header or the first column.
  const firstColumn = [headers[0] ?? '', ...table.rows.map((row) => row.cells[0]?.text ?? '')].join('\n');
  const headerLine = headers.join(' | ');
  if ((mentionsFalsePositive(firstColumn) || mentionsFalsePositive(headerLine))
    && (mentionsFalseNegative(firstColumn) || mentionsFalseNegative(headerLine))) {
    const columns: TableSemantics['columns'] = { errorCase: [0] };
    roleLists.forEach((roles, i) => {
      if (i === 0) return;
      if (roles.includes('cost')) add(columns, 'cost', i);
      else if (roles.includes('action')) add(columns, 'action', i);
    });
    return { table, kind: 'cost', columns };
  }

  // Risk: a risk column that describes risks (not one of levels), with ratings or mitigations beside it.
  const riskColumn = roleLists.findIndex((roles, i) => roles.includes('risk') && levelShare(table, i) < 0.5);
  const ratedElsewhere = roleLists.some((roles, i) => i !== riskColumn
    && (roles.includes('likelihood') || roles.includes('impact') || roles.includes('mitigation') || roles.includes('rating')));
  // A label right above the table ("Stage risks:") names it as a risk section's heading would.
  const captioned = table.caption !== undefined && hasCue('risk-caption', table.caption);
  if (riskColumn >= 0 && (ratedElsewhere || captioned || inSection(table, SECTIONS.riskAssessment))) {
    const columns: TableSemantics['columns'] = { risk: [riskColumn] };
    roleLists.forEach((roles, i) => {
      if (i === riskColumn) return;
      if (roles.includes('likelihood')) add(columns, 'likelihood', i);
      if (roles.includes('impact')) add(columns, 'impact', i);
      if (roles.includes('rating') || (roles.includes('risk') && levelShare(table, i) >= 0.5)) add(columns, 'rating', i);
      if (roles.includes('mitigation')) add(columns, 'mitigation', i);
    });
    return { table, kind: 'risk', columns };
  }

  // Trade-off: a chosen option or a rationale next to the options compared.
  const chosenIndex = roleLists.findIndex((roles) => roles.includes('chosen'));
  const rationaleIndex = roleLists.findIndex((roles) => roles.includes('rationale'));
  const optionIndexes = roleLists.flatMap((roles, i) => (roles.includes('option') && i !== chosenIndex ? [i] : []));
  const tradeoffSection = inSection(table, SECTIONS.tradeoffAnalysis);
  if ((chosenIndex >= 0 || rationaleIndex >= 0) && (optionIndexes.length > 0 || tradeoffSection || (chosenIndex >= 0 && rationaleIndex >= 0))) {
    const columns: TableSemantics['columns'] = {};
    if (optionIndexes.length > 0) columns.option = optionIndexes;
    // "Decision | Option A | Option B | Chosen": the first "decision" column names the dimension.
    const chosenColumns = roleLists.flatMap((roles, i) => (roles.includes('chosen') ? [i] : []));
    const chosen = chosenColumns.length > 1 || (chosenColumns[0] === 0 && optionIndexes.length > 0)
      ? chosenColumns[chosenColumns.length - 1]! : chosenIndex;
    if (chosen >= 0) columns.chosen = [chosen];
    if (rationaleIndex >= 0) columns.rationale = [rationaleIndex];
    const dimension = roleLists.findIndex((roles, i) => i !== chosen && i !== rationaleIndex && !optionIndexes.includes(i));
    if (dimension >= 0 && dimension < (optionIndexes[0] ?? Infinity)) columns.dimension = [dimension];
    return { table, kind: 'tradeoff', columns };
  }

  // Rollout: phases with traffic shares or exit criteria.
  if (has('phase') && (has('traffic') || has('criterion'))) {
    const columns: TableSemantics['columns'] = {};
    roleLists.forEach((roles, i) => {
      if (roles.includes('phase') && !columns.phase) add(columns, 'phase', i);
      else if (roles.includes('criterion')) add(columns, 'criterion', i);
      else if (roles.includes('traffic')) add(columns, 'traffic', i);
    });
    return { table, kind: 'rollout', columns };
  }
  return { table, kind: 'other', columns: {} };
}

/** The cell a row holds in the first column of a role, if any. */
export function cellOf(semantics: TableSemantics, row: TableRowModel, role: ColumnRole): TableCellModel | undefined {
  const index = semantics.columns[role]?.[0];
  return index === undefined ? undefined : row.cells[index];
}

const EMPTY_CELL = vocabPattern('table-semantics', 'empty-cell');

/** A cell that says nothing: empty, a dash, "n/a". */
export function isEmptyCell(text: string | undefined): boolean {
  return !text || EMPTY_CELL.test(text);
}
