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
