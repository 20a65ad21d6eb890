// tradeoff-table: every decision in a trade-off table says why, and picks one of the options it compares.
import type { TableRowModel } from '../model/document.js';
import { cellOf, classifyTable, isEmptyCell, type TableSemantics } from '../model/table-semantics.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

const PLACEHOLDER = vocabPattern('table-cells', 'placeholder-cell');
// Words too common in option cells to tell one option from another.
const STOP_WORD = vocabPattern('tradeoff-table', 'stop-word');
// A choice that combines or declines the options is still a choice among them.
const COMBINED = vocabPattern('tradeoff-table', 'combined');
// A choice named by its letter or number ("Option B", "B", "2").
const OPTION_LETTER = vocabPattern('tradeoff-table', 'option-letter');

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !STOP_WORD.test(w)));
}

/** Whether the chosen text names one of the option cells ("Option B", "B", a shared word, or a blend). */
export function choiceMatchesOptions(chosen: string, options: Array<{ header: string; text: string }>): boolean {
  if (COMBINED.test(chosen)) return true;
  const letter = chosen.trim().match(OPTION_LETTER)?.[1]?.toLowerCase();
  if (letter && options.some((o) => o.header.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().endsWith(` ${letter}`))) return true;
  const chosenWords = words(chosen);
  return options.some((option) => {
    const optionWords = words(option.text);
    for (const word of chosenWords) if (optionWords.has(word)) return true;
    return false;
  });
}

function label(semantics: TableSemantics, row: TableRowModel): string {
  const cell = cellOf(semantics, row, 'dimension') ?? row.cells[0];
  const text = (cell?.text ?? '').replace(/[*_`]/g, '').trim();
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export const tradeoffTable: RuleDefinition = {
  id: 'tradeoff-table',
  description: 'Each row of a trade-off table gives a rationale and chooses one of the options it compares.',
  defaultSeverity: 'warning',
  tags: ['judgement'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    for (const table of doc.tables) {
      const semantics = classifyTable(table);
      if (semantics.kind !== 'tradeoff') continue;
      const optionColumns = semantics.columns.option ?? [];
      for (const row of table.rows) {
        if (row.cells.every((cell) => isEmptyCell(cell.text))) continue;
        const name = label(semantics, row);
        const options = optionColumns
          .map((i) => ({ header: table.header[i]?.text ?? '', text: row.cells[i]?.text ?? '' }))
          .filter((o) => !isEmptyCell(o.text));
        const chosen = cellOf(semantics, row, 'chosen');
        const rationale = cellOf(semantics, row, 'rationale');
        // Options as columns (at least two per row): the choice must be one of them.
        if (chosen && options.length >= 2 && !PLACEHOLDER.test(chosen.text)) {
          const listed = options.map((o) => o.text).join(', ');
          if (isEmptyCell(chosen.text)) {
            report({ range: row.range, message: `Trade-off "${name}" compares ${listed} but names no chosen option: say which one was chosen.` });
            continue;
          }
          if (!choiceMatchesOptions(chosen.text, options)) {
            report({ range: chosen.range, message: `Trade-off "${name}" chooses "${chosen.text}", which is none of the options compared (${listed}): add it as an option or choose one of them.` });
          }
        }
        if (semantics.columns.rationale && (!rationale || isEmptyCell(rationale.text))) {
          const what = chosen && !isEmptyCell(chosen.text) ? `"${chosen.text}"` : 'this option';
          report({ range: row.range, message: `Trade-off "${name}" has no rationale: say why ${what} was chosen over the alternatives.` });
        }
      }
    }
  },
};
