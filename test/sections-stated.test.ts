// A section that a doc writes in its own words rather than under a heading: trade-offs weighed inline
// ("we chose X over Y because…") count as the trade-off analysis; one passing choice does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';

const tradeoffFindings = (text: string) => lint(text, { force: true }).diagnostics
  .filter((d) => d.ruleId === 'required-section' && /trade-off analysis/.test(d.message));

const BASE = '# Ticket router\n\n## Problem statement\n\nSupport tickets wait two days for triage.\n\n## Model\n\n';

describe('required-section: a trade-off analysis stated in the text', () => {
  it('two stated choices among options count as the trade-off analysis', () => {
    const text = `${BASE}We chose gradient boosting over a transformer because the features are tabular.\n\n`
      + 'For retrieval, FAISS was chosen for its speed on dense vectors.\n';
    assert.deepEqual(tradeoffFindings(text), []);
  });

  it('one choice alone does not', () => {
    const text = `${BASE}We chose gradient boosting because the features are tabular.\n`;
    assert.equal(tradeoffFindings(text).length, 1);
  });

  it('choices in examples or questions are not the doc\'s own', () => {
    const text = `${BASE}For example, we chose a linear model in a past project.\n\nWhich model was chosen for the pilot?\n\nWe chose a cache for features.\n`;
    assert.equal(tradeoffFindings(text).length, 1);
  });
});

describe('a rollout stated as stages under another heading: rollback-plan says why it does not judge it', () => {
  // A plan written as a timeline, under a heading no rollout word names.
  const doc = [
    '# Returns fraud scorer', '',
    '## Problem statement', 'Refund abuse costs the returns desk about 2% of refunds; a classifier flags risky refunds for review.', '',
    '## Success metrics', '- Recall of abusive refunds ≥ 0.7 on the holdout at 5% review rate.', '- Refund losses −20% vs. control in the A/B test.', '',
    '## Timeline', '- Week 1-2: the scorer runs in shadow mode beside the rules.', '- Week 3: A/B test on 10% of traffic.', '- Week 5: full rollout.', '',
  ].join('\n');

  it('required-section accepts the rollout, and rollback-plan skips with that reason, not "required-section reports it"', () => {
    const result = lint(doc, { force: true });
    assert.ok(!result.diagnostics.some((d) => d.ruleId === 'required-section' && /rollout plan/.test(d.message)), 'the rollout is planned');
    const skipped = result.skipped.find((s) => s.ruleId === 'rollback-plan');
    assert.match(skipped?.reason ?? '', /stated as stages of going live under another heading/);
  });

  it('a doc with no rollout at all still gets the plain reason', () => {
    const result = lint(doc.replace(/## Timeline[\s\S]*$/, ''), { force: true });
    assert.match(result.skipped.find((s) => s.ruleId === 'rollback-plan')?.reason ?? '', /required-section reports it/);
  });
});
