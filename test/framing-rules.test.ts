// Close calls for the rules that read the task framing and the judgement-call rules, beyond the
// one-document fixtures: each case is a small document and the lines the rule must report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';

function linesOf(ruleId: string, text: string): number[] {
  return lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.range.start.line);
}

describe('metric-task-mismatch close calls', () => {
  it('reports a fraud classifier judged only by NDCG', () => {
    const text = '# Fraud\n\n## Problem\n\nWe detect fraudulent card payments and approve or decline each one.\n\n## Success metrics\n\n- NDCG@10 of the review queue ≥ 0.6\n';
    assert.deepEqual(linesOf('metric-task-mismatch', text), [9]);
  });
  it('accepts click prediction for ads judged by log loss', () => {
    const text = '# Ads\n\n## Problem\n\nWe predict whether a user clicks an ad, as a binary classification.\n\n## Success metrics\n\n- Log loss ≤ 0.21\n';
    assert.deepEqual(linesOf('metric-task-mismatch', text), []);
  });
  it('leaves a forecast judged by accuracy to other rules', () => {
    const text = '# Demand\n\n## Problem\n\nForecast weekly demand per store; planners rank stores by the forecast.\n\n## Success metrics\n\n- Accuracy within 10% for 80% of stores\n';
    assert.deepEqual(linesOf('metric-task-mismatch', text), []);
  });
});

describe('split-leakage close calls', () => {
  it('accepts a random split of a fixed image catalogue', () => {
    const text = '# Tagging\n\n## Data\n\nProduct catalogue images are split randomly 80/20 into training and test sets.\n';
    assert.deepEqual(linesOf('split-leakage', text), []);
  });
  it('reports randomly split click logs', () => {
    const text = '# Feed\n\n## Data\n\nThe click logs are randomly split into train and test.\n';
    assert.deepEqual(linesOf('split-leakage', text), [5]);
  });
});

describe('fairness-threshold close calls', () => {
  it('accepts a threshold split across table cells', () => {
    const text = '# Credit\n\n## Data\n\n- Owner age and gender are kept for audits.\n\n## Fairness\n\n| Check | Limit |\n|---|---|\n| Approval-rate gap by gender | ≤ 3 pts |\n';
    assert.deepEqual(linesOf('fairness-threshold', text), []);
  });
  it('does not take "the age of the account" for an attribute', () => {
    const text = '# Churn\n\n## Data\n\nThe age of the account and the plan are the main features.\n';
    assert.deepEqual(linesOf('fairness-threshold', text), []);
  });
});

describe('privacy close calls', () => {
  it('accepts personal data with its handling', () => {
    const text = '# Churn\n\n## Data\n\nEmail addresses are pseudonymised before they reach the feature store.\n';
    assert.deepEqual(linesOf('privacy', text), []);
  });
  it('reports dates of birth with no handling', () => {
    const text = '# Churn\n\n## Data\n\nFeatures: tenure, plan, date of birth.\n';
    assert.deepEqual(linesOf('privacy', text), [5]);
  });
});

describe('ownership close calls', () => {
  const system = '# Fraud scoring\n\n## Problem\n\nWe detect fraudulent card payments.\n\n## Serving\n\nA p99 latency of 40 ms at 1,800 requests per second.\n';
  it('reports a serving system with no owner', () => {
    assert.deepEqual(linesOf('ownership', system), [1]);
  });
  it('accepts an on-call line or an availability target', () => {
    assert.deepEqual(linesOf('ownership', `${system}\nOn-call: the Risk ML rotation.\n`), []);
    assert.deepEqual(linesOf('ownership', `${system}\nThe scorer keeps 99.95% availability.\n`), []);
  });
  it('leaves a library RFC alone', () => {
    const rfc = '# Faster checkpoints\n\n## Motivation\n\nCheckpoint writes block the training loop.\n\n## Design\n\nWrite shards asynchronously.\n';
    assert.deepEqual(linesOf('ownership', rfc), []);
  });
});

describe('thresholds and handling written in plain words', () => {
  const names = '# Spam filter\n\n## Data\n\nMessage bodies contain customer names and addresses';
  it('privacy accepts region, retention and access stated without the usual keywords', () => {
    assert.deepEqual(linesOf('privacy', `${names}: they stay in the EU region, are kept 30 days, and only the classifier service account can read them.\n`), []);
  });
  it('privacy still reports the same data with nothing said about it', () => {
    assert.deepEqual(linesOf('privacy', `${names}.\n`), [5]);
  });
  const nationality = "# Fraud\n\n## Fairness\n\nScores must not depend on the buyer's nationality.";
  it('fairness-threshold accepts a gap "between" groups that "may differ by at most" a number', () => {
    assert.deepEqual(linesOf('fairness-threshold', `${nationality} Approval rates between buyer countries with\nsimilar fraud rates may differ by at most 2 percentage points.\n`), []);
    assert.deepEqual(linesOf('fairness-threshold', `${nationality} The exposure gap between new and established sellers stays below 10%.\n`), []);
  });
  it('fairness-threshold still reports the concern without a number', () => {
    assert.deepEqual(linesOf('fairness-threshold', `${nationality} Approval rates between buyer countries may differ a little.\n`), [5]);
  });
});
