// Russian words from vocab/ru/patterns/ reach the rules that run on Russian documents (risk-table).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';

describe('Russian vocabulary patterns in rules', () => {
  it('risk-table: a mitigation cell that says «нет» is a risk without a mitigation', () => {
    const text = [
      '# Прогноз оттока абонентов', '',
      '## Постановка задачи', '',
      'Оператор теряет абонентов, и отдел удержания звонит им слишком поздно. Модель каждую неделю оценивает вероятность ухода каждого абонента в следующем месяце, чтобы отдел удержания успел предложить тариф.', '',
      '## Риски', '',
      '| Риск | Вероятность | Влияние | Меры снижения |', '|---|---|---|---|',
      '| Сдвиг данных после смены тарифов | Высокая | Высокое | переобучение раз в месяц |',
      '| Утечка персональных данных | Низкая | Высокое | нет |',
      '| Нехватка меток за праздники | Средняя | Среднее | отсутствует |',
    ].join('\n');
    const result = lint(text, { force: true });
    assert.equal(result.language, 'ru');
    const found = result.diagnostics.filter((d) => d.ruleId === 'risk-table').map((d) => [d.range.start.line, d.message]);
    assert.deepEqual(found, [
      [12, 'Risk "Утечка персональных данных" has no mitigation: say how it is prevented or handled.'],
      [13, 'Risk "Нехватка меток за праздники" has no mitigation: say how it is prevented or handled.'],
    ]);
  });
});
