import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { applyFix } from './helpers.js';

function rollback(text: string) {
  return lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'rollback-plan');
}

const ROLLOUT = '# Churn model\n\n## Rollout plan\n\n- Phase 1: shadow mode\n- Phase 2: canary at 5% of traffic\n';

describe('rollback-plan', () => {
  it('reports a rollback plan left as a template placeholder', () => {
    const found = rollback(`${ROLLOUT}\nRollback Plan: [How do we go back?]\n`);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /placeholder/);
    assert.equal(found[0]!.range.start.line, 8);
  });

  it('a label with the plan in a code block below is no placeholder; a label with nothing below is', () => {
    const withCode = `${ROLLOUT}\n## Rollback plan\n\nIf recall drops below 0.7:\n\n\`\`\`sh\nkubectl rollout undo deployment/scorer\n\`\`\`\n`;
    assert.deepEqual(rollback(withCode).map((d) => d.message.split(':')[0]), []);
    const empty = `${ROLLOUT}\n## Rollback plan\n\nIf recall drops below 0.7:\n`;
    assert.deepEqual(rollback(empty).map((d) => d.message.split(':')[0]), ['Rollback plan is left as a placeholder']);
  });

  it('reports a rollback plan with no trigger, and accepts one with a metric and threshold', () => {
    const vague = rollback(`${ROLLOUT}- Be ready to roll back at any time\n`);
    assert.equal(vague.length, 1);
    assert.match(vague[0]!.message, /no trigger/);
    assert.deepEqual(rollback(`${ROLLOUT}- Roll back if p99 latency exceeds 200 ms\n`), []);
  });

  it('an online-testing section is a rollout that needs a rollback; an empty one is left to empty-section', () => {
    const planned = '# Feed ranking\n\n## Online testing and deployment\n\n- A/B test against the current ranker\n- Release to all users\n';
    const found = rollback(planned);
    assert.deepEqual(found.map((d) => [d.range.start.line, d.message.split(':')[0]]), [[3, 'Rollout plan has no rollback plan']]);
    const empty = '# Feed ranking\n\n## Online testing and deployment\n\n## Monitoring\n\nDashboards per market.\n';
    const result = lint(empty, { force: true });
    assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === 'rollback-plan'), []);
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'empty-section' && d.range.start.line === 3));
    assert.ok(result.skipped.some((s) => s.ruleId === 'rollback-plan' && /empty/.test(s.reason)));
  });

  it('finds the plan in a sibling section and its trigger in the items below a label', () => {
    const text = `${ROLLOUT}\n## Kill switch\n\nWe revert to the previous model version:\n\n- when error rate > 1% for 10 minutes\n`;
    assert.deepEqual(rollback(text), []);
  });

  it('offers a fix that only inserts, and the fixed document has a rollback plan', () => {
    const text = `${ROLLOUT}\n## Open questions\n\nNone yet.\n`;
    const [finding] = rollback(text);
    assert.ok(finding?.fix);
    assert.deepEqual(finding.fix.range.start, finding.fix.range.end);
    const fixed = applyFix(text, finding.fix);
    assert.ok(fixed.startsWith(text.slice(0, text.indexOf('## Open'))));
    assert.ok(fixed.endsWith('## Open questions\n\nNone yet.\n'));
    // What remains is the inserted template to fill in: "left as a placeholder", not "no rollback plan".
    assert.deepEqual(rollback(fixed).map((d) => d.message.split(':')[0]), ['Rollback plan is left as a placeholder']);
    assert.match(fixed, /### Rollback plan\n\n- \*\*Mechanism\*\*: \[/);
    const filled = fixed.replace(/\[metric and threshold that starts a rollback\]/, 'roll back if the error rate exceeds 2% for an hour')
      .replace(/\[how traffic goes back[^\]]*\]/, 'a feature flag sends traffic to the previous model')
      .replace(/\[team or on-call role that makes the call\]/, 'the on-call engineer');
    assert.deepEqual(rollback(filled), [], 'filled in, the plan passes');
  });

  it('leaves documents without a rollout plan alone', () => {
    assert.deepEqual(rollback('# Model card\n\n## Release date\n\nMarch 2024.\n'), []);
  });
});

describe('privacy: naming privacy as a concern is not handling it', () => {
  const privacyFindings = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'privacy');
  it('reports personal data when privacy appears only as a constraint', () => {
    const text = '# Photo search\n\n## Constraints\n\n- Budget, hardware, legal and privacy constraints\n\n## Features\n\nWe use each user\'s age and gender and their search history.\n';
    assert.equal(privacyFindings(text).length, 1);
  });
  it('accepts a privacy safeguard', () => {
    const text = '# Photo search\n\n## Features\n\nWe use each user\'s age and gender. A privacy review signs off every new feature.\n';
    assert.deepEqual(privacyFindings(text), []);
  });
});
