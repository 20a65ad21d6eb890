// Statement roles: only the doc's own claims are evidence. Examples, questions, writer's prompts and
// citations of other work name things the system does not do (issue: "examples and prompts taken as
// the doc's own claims", "a keyword inside a cited paper title").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { buildDocumentModel } from '../server/src/engine/model/document.js';
import { statementsOf } from '../server/src/engine/model/statements.js';

const roles = (text: string) => statementsOf(buildDocumentModel(text)).map((s) => [s.text, s.role]);

describe('statement roles', () => {
  it('tells claims from examples, questions, prompts and citations', () => {
    const text = [
      '# Courier matching', '',
      'We rank free couriers for each order. For example, a fraud model can be framed as binary classification.', '',
      '- What is the peak load?',
      '- Describe the data sources you will use.',
      '- Personal data, e.g. phone numbers, is deleted after 30 days.', '',
      '## References', '',
      '- Smith et al. Predicting patient health records with deep models. 2021.', '',
    ].join('\n');
    assert.deepEqual(roles(text), [
      ['Courier matching', 'claim'],
      ['We rank free couriers for each order.', 'claim'],
      ['For example, a fraud model can be framed as binary classification.', 'example'],
      ['What is the peak load?', 'question'],
      ['Describe the data sources you will use.', 'prompt'],
      ['Personal data, e.g. phone numbers, is deleted after 30 days.', 'claim'],
      ['References', 'citation'],
      ['Smith et al. Predicting patient health records with deep models. 2021.', 'citation'],
    ]);
  });

  const base = ['# Delivery-time model', '', '## Problem statement', 'We predict the minutes a delivery will take.', '',
    '## Success metrics', 'MAE under 4 minutes offline; late-order complaints down 10% online.', '',
    '## Data requirements', 'A year of deliveries with timestamps.', '', '## Model architecture', 'Gradient-boosted regression.', '',
    '## Serving', 'Batch scores every 5 minutes.', '', '## Trade-offs', 'Trees over deep nets: cheaper to serve.', '',
    '## Risks', 'Weather shifts.', '', '## Rollout plan', 'Shadow for a week, then 10% of cities; roll back if MAE > 6 min. The on-call engineer decides.', ''];
  const findings = (extra: string[]) => lint([...base, ...extra].join('\n'), { force: true }).diagnostics.map((d) => d.ruleId);

  it('a health word in a cited title is not personal data of the system', () => {
    assert.ok(!findings(['## References', '', '- Lee, K. Patient health records as a benchmark for tabular models. 2020.', '']).includes('privacy'));
    assert.ok(findings(['## Features', '', 'We read patient health records from the clinic system.', '']).includes('privacy'),
      'the same words as the doc\'s own claim are reported');
  });

  it('a classification task given as an example does not ask for a cost table', () => {
    assert.ok(!findings(['## Background', '', 'For example, fraud detection can be framed as binary classification of transactions.', '']).includes('fp-fn-cost-table'));
  });
});
