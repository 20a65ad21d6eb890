// risk-table: a risk table rates each risk's likelihood and impact as High/Medium/Low and says how
// it is mitigated.
import { cellOf, classifyTable, isEmptyCell, isLevel, isNumericRating, type ColumnRole } from '../model/table-semantics.js';
import type { RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

const PLACEHOLDER = vocabPattern('table-cells', 'placeholder-cell');
// "High/Med/Low" left from the template is placeholder-text's finding, not a wrong level.
const LEVEL_CHOICE = vocabPattern('risk-table', 'level-choice');

const MISSING_WORDS: Record<string, string> = { likelihood: 'likelihood', impact: 'impact', mitigation: 'mitigation' };

export const riskTable: RuleDefinition = {
  id: 'risk-table',
  description: 'A risk table rates likelihood and impact (High/Medium/Low) and gives every risk a mitigation.',
  defaultSeverity: 'warning',
  tags: ['judgement'],
  fixable: false,
  // Column headers are read in every language with risk-table words in the vocabulary (cues.yaml);
  // levels are checked only where they are written as High/Medium/Low.
  scope: { languages: ['en', 'ru'], kinds: ['design-doc'] },
  check({ doc, report }) {
    for (const table of doc.tables) {
      const semantics = classifyTable(table);
      if (semantics.kind !== 'risk') continue;
      const { columns } = semantics;
      // One rating column ("Risk level", "Score") stands for likelihood and impact together.
      const missing = (['likelihood', 'impact', 'mitigation'] as const).filter((role) => !columns[role]
        && !(role !== 'mitigation' && columns.rating));
      if (missing.length > 0) {
        const names = missing.map((role) => MISSING_WORDS[role]!);
        const list = (joiner: string) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]}` : names[0]!);
        report({
          range: table.rows.length > 0 ? { start: table.range.start, end: table.rows[0]!.range.start } : table.range,
          message: `Risk table has no ${list('or')} column: add ${names.length > 1 ? 'columns' : 'a column'} for ${list('and')} so each risk is rated and handled.`,
        });
      }
      // A column rated in words is checked cell by cell; one that describes impact in prose is not.
      const levelColumns = (['likelihood', 'impact', 'rating'] as ColumnRole[])
        .flatMap((role) => columns[role] ?? [])
        .filter((index) => {
          const texts = table.rows.map((row) => row.cells[index]?.text ?? '').filter((t) => !isEmptyCell(t));
          return texts.length > 0 && texts.filter((t) => isLevel(t) || LEVEL_CHOICE.test(t)).length * 2 >= texts.length;
        });
      for (const row of table.rows) {
        if (row.cells.every((cell) => isEmptyCell(cell.text))) continue;
        const risk = (cellOf(semantics, row, 'risk')?.text ?? '').replace(/[*_`]/g, '').trim();
        const name = risk.length > 40 ? `${risk.slice(0, 37)}…` : risk;
        const mitigation = cellOf(semantics, row, 'mitigation');
        if (columns.mitigation && (!mitigation || isEmptyCell(mitigation.text))) {
          report({ range: row.range, message: `Risk "${name}" has no mitigation: say how it is prevented or handled.` });
        }
        for (const index of new Set(levelColumns)) {
          const cell = row.cells[index];
          if (!cell || PLACEHOLDER.test(cell.text) || LEVEL_CHOICE.test(cell.text)) continue;
          if (isLevel(cell.text) || isNumericRating(cell.text)) continue;
          const column = table.header[index]?.text.replace(/[*_`]/g, '').trim() || 'level';
          const value = isEmptyCell(cell.text) ? 'no level' : `"${cell.text}"`;
          report({ range: cell.range, message: `Risk "${name}" has ${value} for ${column}: use High, Medium or Low.` });
        }
      }
    }
  },
};
