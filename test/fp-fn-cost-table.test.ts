import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { applyFix, readFixture } from './helpers.js';

const costFindings = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'fp-fn-cost-table');

describe('fp-fn-cost-table', () => {
  const bad = readFixture('rules', 'fp-fn-cost-table', 'bad.md');

  it('accepts a cost table titled by meaning and a structured list of error costs', () => {
    const table = '\n| Scenario | Cost | Action |\n|---|---|---|\n| Decline a good customer (false positive) | $15 support call | Step-up check |\n| Approve a fraudulent payment (false negative) | $230 chargeback | Block |\n';
    assert.deepEqual(costFindings(bad + table), []);
    const list = '\n- False positive: a good customer is declined, about $15 in support cost\n- False negative: a fraudulent order ships, $230 average chargeback\n';
    assert.deepEqual(costFindings(bad + list), []);
  });

  it('names the missing error when only one cost is given', () => {
    const [finding] = costFindings(`${bad}\n- False positive: a good customer is declined, about $15 in support cost\n`);
    assert.match(finding!.message, /what a false negative costs/);
  });

  it('inserts a cost table under the success metrics that satisfies the rule', () => {
    const [finding] = costFindings(bad);
    assert.ok(finding?.fix);
    assert.deepEqual(finding.fix.range.start, finding.fix.range.end);
    assert.deepEqual(costFindings(applyFix(bad, finding.fix)), []);
  });
});
