import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDocumentModel } from '../server/src/engine/model/document.js';
import { classifyTable, isLevel, mentionsFalseNegative, mentionsFalsePositive } from '../server/src/engine/model/table-semantics.js';

function firstTable(markdown: string) {
  const doc = buildDocumentModel(markdown);
  assert.ok(doc.tables[0], 'the markdown has a table');
  return classifyTable(doc.tables[0]);
}

describe('classifyTable', () => {
  it('reads a trade-off table whose columns are "Decision" and "Why"', () => {
    const t = firstTable('| Decision | Why |\n|---|---|\n| Use LightGBM | 35 ms vs 450 ms |\n');
    assert.equal(t.kind, 'tradeoff');
    assert.deepEqual(t.columns.chosen, [0]);
    assert.deepEqual(t.columns.rationale, [1]);
  });

  it('takes "Decision" for the dimension when a separate "Chosen" column exists', () => {
    const t = firstTable('| Decision | Option A | Option B | Chosen | Why |\n|---|---|---|---|---|\n| Model | XGBoost | NN | XGBoost | fast |\n');
    assert.equal(t.kind, 'tradeoff');
    assert.deepEqual(t.columns.option, [1, 2]);
    assert.deepEqual(t.columns.chosen, [3]);
    assert.deepEqual(t.columns.dimension, [0]);
  });

  it('reads a risk table by meaning, whatever its words', () => {
    const t = firstTable('| Threat | Probability | Severity | Response |\n|---|---|---|---|\n| Drift | High | Low | Retrain |\n');
    assert.equal(t.kind, 'risk');
    assert.deepEqual([t.columns.risk, t.columns.likelihood, t.columns.impact, t.columns.mitigation], [[0], [1], [2], [3]]);
  });

  it('does not take a column of levels headed "Risk" for the risk described', () => {
    const t = firstTable('| Dependency | Risk | Mitigation |\n|---|---|---|\n| Data access | Medium | Early check |\n| Infra | Low | Reuse |\n');
    assert.notEqual(t.kind, 'risk');
  });

  it('reads a degradation gradient with baseline, alert and rollback columns', () => {
    const t = firstTable('| Metric | Normal | Warn | Page / rollback |\n|---|---|---|---|\n| AUC | 0.92 | 0.89 | 0.85 |\n');
    assert.equal(t.kind, 'degradation');
    assert.deepEqual([t.columns.metric, t.columns.baseline, t.columns.alert, t.columns.rollback], [[0], [1], [2], [3]]);
  });

  it('reads a cost-of-errors table from its first column', () => {
    const t = firstTable('| Scenario | Cost | Action |\n|---|---|---|\n| False positive (approve a customer who defaults) | $2,300 | Manual review |\n| False negative | $40 | Accept |\n');
    assert.equal(t.kind, 'cost');
    assert.deepEqual(t.columns.cost, [1]);
  });

  it('reads a rollout table of phases with traffic and exit criteria', () => {
    const t = firstTable('| Phase | Traffic | Exit criteria |\n|---|---|---|\n| Canary | 5% | p99 < 150 ms |\n');
    assert.equal(t.kind, 'rollout');
    assert.deepEqual([t.columns.phase, t.columns.traffic, t.columns.criterion], [[0], [1], [2]]);
  });

  it('leaves a plain comparison table alone', () => {
    assert.equal(firstTable('| Feature | LangChain | LlamaIndex |\n|---|---|---|\n| Agents | Yes | Partial |\n').kind, 'other');
  });
});

describe('levels and error cases', () => {
  it('accepts High/Medium/Low in their usual spellings and rejects other words', () => {
    for (const text of ['High', 'Med', 'medium', 'L', '🔴 High', 'High (regulatory)', 'Low-Medium', 'Very high']) assert.ok(isLevel(text), text);
    for (const text of ['Severe', 'Sometimes', '', 'Highly unlikely']) assert.ok(!isLevel(text), text);
  });

  it('recognises false positives and false negatives in domain words', () => {
    assert.ok(mentionsFalsePositive('Type I error'));
    assert.ok(mentionsFalsePositive('FP: wrongly block a good card'));
    assert.ok(mentionsFalseNegative('Missed fraud (false negative)'));
    assert.ok(!mentionsFalseNegative('Positive feedback'));
  });
});
