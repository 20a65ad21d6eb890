// Close calls that need a document of their own, and the objective-weights fix round-trip.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { applyFix } from './helpers.js';

function findings(ruleId: string, text: string) {
  return lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === ruleId);
}

describe('scale-numbers', () => {
  it('does not ask a batch-only system for peak QPS', () => {
    const doc = '# Weekly demand forecast\n\n## Infrastructure\n\nA nightly batch job forecasts demand per store and writes it to a table the planners read.\n';
    assert.deepEqual(findings('scale-numbers', doc), []);
  });

  it('reports an online system and stops once a request rate is given', () => {
    const doc = '# Fraud check\n\n## Serving\n\nEvery payment is scored by online inference at request time.\n';
    assert.equal(findings('scale-numbers', doc).length, 1);
    assert.deepEqual(findings('scale-numbers', `${doc}\nPeak load is 900 requests/s.\n`), []);
  });
});

describe('latency-serving-mismatch', () => {
  it('accepts a nightly precomputed score read at request time', () => {
    const doc = '# Feed\n\n## Constraints\n\nThe feed has an end-to-end p99 latency budget of 80 ms.\n\n'
      + '## Model\n\nThe ranker takes 400 ms per user, so its scores are precomputed nightly and read at request time.\n';
    assert.deepEqual(findings('latency-serving-mismatch', doc), []);
  });

  it('needs a budget to compare with', () => {
    assert.deepEqual(findings('latency-serving-mismatch', '# Feed\n\nThe ranker takes 400 ms per request.\n'), []);
  });
});

describe('objective-weights fix', () => {
  it('rescales only the numbers, and the result lints clean', () => {
    const doc = '# Feed\n\n## Objectives\n\nWeights:\n\n- Engagement: 60% (primary goal)\n- Diversity: 30%\n- Margin: 20%\n';
    const [finding] = findings('objective-weights', doc);
    assert.ok(finding?.fix, 'expected a fix');
    assert.equal(finding.fix.title, 'Rescale weights to 100% (55%, 27%, 18%)');
    const fixed = applyFix(doc, finding.fix);
    assert.equal(fixed, doc.replace('60%', '55%').replace('30%', '27%').replace('20%', '18%'));
    assert.deepEqual(findings('objective-weights', fixed), []);
  });

  it('rescales fractions in a formula to 1.0', () => {
    const doc = '# Feed\n\nscore = 0.5 * ctr + 0.3 * dwell + 0.1 * freshness\n';
    const [finding] = findings('objective-weights', doc);
    assert.ok(finding?.fix);
    const fixed = applyFix(doc, finding.fix);
    assert.equal(fixed, '# Feed\n\nscore = 0.56 * ctr + 0.33 * dwell + 0.11 * freshness\n');
    assert.deepEqual(findings('objective-weights', fixed), []);
  });
});

describe('metric-threshold: non-inferiority is a criterion', () => {
  it('accepts "the same or not falling" and "no drop" as targets for guardrail metrics', () => {
    const text = '# Pilot\n\n## Success metrics\n\n- Guardrail metrics (retention, AOV) stay the same or are not falling\n- Conversion: no drop against control\n- Revenue per visit\n';
    const lines = lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'metric-threshold').map((d) => d.range.start.line);
    assert.deepEqual(lines, [7]);
  });
});

describe('latency-unquantified fix', () => {
  it('appends a budget to fill in before the closing period, and the finding is gone', () => {
    const text = '# Search\n\n## Requirements\n\nAutocomplete must have low latency.\n';
    const [finding] = lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'latency-unquantified');
    assert.ok(finding?.fix);
    const fixed = applyFix(text, finding.fix);
    assert.equal(fixed, '# Search\n\n## Requirements\n\nAutocomplete must have low latency (p99 ≤ [N] ms).\n');
    const after = lint(fixed, { force: true }).diagnostics;
    assert.ok(!after.some((d) => d.ruleId === 'latency-unquantified'));
    assert.ok(after.some((d) => d.ruleId === 'placeholder-text' && d.message.includes('[N]')));
  });
});
