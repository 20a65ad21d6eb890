// fairness-threshold reads Russian: a hiring or credit decision, or a sensitive attribute of people, with no
// numeric threshold between groups. Examples written for this test (no corpus text), with near misses:
// the "candidates" of a recommender, the "пол" of a room, a template's question.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';

function russianDoc(model: string, metrics = 'Полнота на отложенной выборке не ниже 0,8; время ответа p95 до 300 мс.'): string {
  return [
    '# Сервис подбора',
    '',
    '## Постановка задачи',
    '',
    'Рекрутеры тратят на первичный просмотр откликов до трёх часов в день, и это главная боль команды найма.',
    '',
    '## Метрики успеха',
    '',
    metrics,
    '',
    '## Модель',
    '',
    model,
    '',
  ].join('\n');
}

function fairness(text: string): Array<{ line: number; message: string }> {
  const result = lint(text, { force: true });
  assert.equal(result.language, 'ru');
  assert.ok(!result.skipped.some((s) => s.ruleId === 'fairness-threshold' && /reads as/.test(s.reason)), JSON.stringify(result.skipped));
  return result.diagnostics.filter((d) => d.ruleId === 'fairness-threshold').map((d) => ({ line: d.range.start.line, message: d.message }));
}

describe('fairness-threshold in Russian', () => {
  it('reports a hiring decision (resumes ranked for a vacancy) with no threshold between groups', () => {
    const found = fairness(russianDoc('Модель ранжирует входящие резюме под вакансию и показывает рекрутеру первые двадцать.'));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.line, 13);
    assert.match(found[0]!.message, /the decision "ранжирует входящие резюме"/);
  });

  it('reports a sensitive attribute of people used as a feature', () => {
    const found = fairness(russianDoc('Признаки модели: стаж, навыки, возраст кандидата и город проживания.'));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]!.message, /sensitive attribute "age"/);
  });

  it('is silent once a threshold between groups is stated with a number', () => {
    const model = 'Модель ранжирует входящие резюме под вакансию и показывает рекрутеру первые двадцать.';
    const metrics = 'Полнота не ниже 0,8; разница полноты между группами по полу и возрасту — не более 3 п.п.';
    assert.deepEqual(fairness(russianDoc(model, metrics)), []);
  });

  it('leaves alone the candidates of a recommender, the floor of a room and a template question', () => {
    assert.deepEqual(fairness(russianDoc('Отбор кандидатов для ранжирования товаров идёт из ANN-индекса, затем кандидаты переранжируются.')), []);
    assert.deepEqual(fairness(russianDoc('Камеры смотрят на пол склада и считают коробки на каждом поддоне.')), []);
    assert.deepEqual(fairness(russianDoc('Используются ли пол и возраст клиента как признаки модели?')), []);
  });
});
