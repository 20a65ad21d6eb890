// Misses of the kinds issue 9 lists, each with an example written for this test (no corpus text) and the
// near misses that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { findingsAround, lineInBody } from './helpers.js';

/** A design doc around `body`, with the sections a detector needs; the rule's findings as [line, message]. */
const findings = (ruleId: string, body: string) =>
  findingsAround(ruleId, body, 'Loan pre-screening service', 'We pre-screen small-business loan requests for the credit team.');
const lineOf = lineInBody;

describe('fairness-threshold: a bias risk named outright', () => {
  it('reports "may be biased against" with no threshold anywhere', () => {
    const body = '## Risks\n\nThe model may be biased against older applicants, whose files are thinner.';
    const found = findings('fairness-threshold', body);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]![0], lineOf(body, 'biased against'));
    assert.match(found[0]![1], /biased against/);
  });
  it('reports other ways of naming it: biased towards a group, fairness tracked across groups with no number', () => {
    for (const sentence of ['Past approvals are biased towards male owners.', 'Monitoring: track fairness metrics across applicant groups.']) {
      assert.equal(findings('fairness-threshold', `## Risks\n\n${sentence}`).length, 1, sentence);
    }
  });
  it('is silent when a numeric threshold between groups is set', () => {
    const body = '## Risks\n\nThe model may be biased against older applicants.\n\n## Success metrics\n\n- Approval-rate gap between age bands ≤ 4 pts.';
    assert.deepEqual(findings('fairness-threshold', body), []);
  });
  it('is silent on statistical bias', () => {
    for (const sentence of ['Offline metrics may be biased by position effects.', 'Forecast bias monitoring alerts on drift in mean error.', 'The sample is biased toward recent weeks.', 'We add a bias term to the final layer.']) {
      assert.deepEqual(findings('fairness-threshold', `## Evaluation\n\n${sentence}`), [], sentence);
    }
  });
});

describe('split-leakage: cross-validation of time-ordered data', () => {
  it('reports k-fold or shuffled CV of timestamped data named in the same paragraph', () => {
    for (const sentence of [
      'We keep twelve months of timestamped repayment events and pick the model by 5-fold cross-validation.',
      'Shuffled CV over the application event logs picks the depth of the trees.',
    ]) {
      const found = findings('split-leakage', `## Data requirements\n\n${sentence}`);
      assert.equal(found.length, 1, `${sentence}: ${JSON.stringify(found)}`);
    }
  });
  it('is silent on time-aware cross-validation, static data and other folds', () => {
    for (const sentence of [
      'We pick the model by blocked cross-validation by month over the repayment events.',
      'TimeSeriesSplit with five folds over the timestamped repayments picks the depth.',
      'Sector weights are tuned with 5-fold cross-validation on the static business profiles.',
      'The new channel brought a 5-fold increase in loan events.',
      'Confidence intervals come from bootstrap or cross-validation.',
    ]) {
      assert.deepEqual(findings('split-leakage', `## Data requirements\n\n${sentence}`), [], sentence);
    }
  });
});

describe('latency-serving-mismatch: a budget said as a response bound, in another unit', () => {
  const budget = '## Constraints\n\nThe scoring API responds within 500 ms.\n\n## Model architecture\n\n';
  it('reports an inference time in seconds over a response budget in milliseconds', () => {
    const body = `${budget}The inference takes ~2 s per application on a CPU.`;
    const found = findings('latency-serving-mismatch', body);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]![0], lineOf(body, '~2 s'));
    assert.match(found[0]![1], /2 s .*500 ms/);
  });
  it('reports a model time said as "up to" or "generates … in", against a bound said with "should answer in under"', () => {
    for (const [bound, model] of [
      ['The scoring API responds within 500 ms.', 'Inference time: up to 2 seconds per application.'],
      ['The assistant should answer in under 0.5 seconds.', 'The LLM generates an answer in about 3 seconds.'],
    ]) {
      const found = findings('latency-serving-mismatch', `## Constraints\n\n${bound}\n\n## Model architecture\n\n${model}`);
      assert.equal(found.length, 1, `${bound} / ${model}: ${JSON.stringify(found)}`);
    }
  });
  it('is silent when the model fits, runs off the request path, or a bound is only required of it', () => {
    for (const sentence of ['The inference takes ~0.3 s per application on a CPU.', 'Nightly batch inference takes ~2 s per application.', 'The LLM writes answers in English.']) {
      assert.deepEqual(findings('latency-serving-mismatch', `${budget}${sentence}`), [], sentence);
    }
  });
  it('is silent when the API only returns something, with no bound', () => {
    assert.deepEqual(findings('latency-serving-mismatch', '## Constraints\n\nThe API returns the top 500 matches.\n\n## Model architecture\n\nThe inference takes ~2 s per application.'), []);
  });
});

describe('latency-unquantified: a vague speed word in a requirement', () => {
  it('reports "must be fast", "should be quick" and "near-instant" with no number in the statement or row', () => {
    const body = '## Non-functional requirements\n\n- The pre-screening API must be fast.\n- Answers to the credit team should be quick.\n\n| Requirement | Target |\n|---|---|\n| Decision page | near-instant |';
    const found = findings('latency-unquantified', body);
    assert.deepEqual(found.map(([line]) => line), [lineOf(body, 'must be fast'), lineOf(body, 'should be quick'), lineOf(body, 'near-instant')], JSON.stringify(found));
  });
  it('counts a sibling list item that gives the latency, not one that times something else', () => {
    assert.deepEqual(findings('latency-unquantified', '## Non-functional requirements\n\n- Decisions must be fast.\n- p99 latency ≤ 300 ms per decision.'), []);
    const body = '## Non-functional requirements\n\n- Decisions must be fast.\n- Training: under 2 hours per run.';
    assert.deepEqual(findings('latency-unquantified', body).map(([line]) => line), [lineOf(body, 'must be fast')]);
  });
  it('is silent with a number beside it, and on "fast" in other senses', () => {
    const body = '## Non-functional requirements\n\n- The pre-screening API must be fast: p99 under 300 ms.\n- Lenders in fast-moving consumer goods must be supported.\n- The service is written with FastAPI and must keep a fast path for renewals.\n\n| Requirement | Target |\n|---|---|\n| Decision page | near-instant, under 1 s |';
    assert.deepEqual(findings('latency-unquantified', body), []);
  });
});

describe('placeholder-text: fill-ins in headings, escaped angle brackets, letters for numbers', () => {
  it('reports a slot in a heading, an escaped title-case fill-in and letters left for numbers', () => {
    const body = '## [Lender name] onboarding\n\n### How the model helps [Persona] decide\n\nEscalations go to \\<Risk Team\\> and \\<OWNER_EMAIL\\>.\n\nThe decision must arrive within N ms for X% of requests, cutting manual reviews by N%.\n\nDefault rate must stay lower than X. The pilot runs X-Y weeks and costs $X a month.';
    const tokens = findings('placeholder-text', body).map(([, message]) => /"([^"]+)"/.exec(message)![1]);
    assert.deepEqual(tokens, ['[Lender name]', '[Persona]', '<Risk Team>', '<OWNER_EMAIL>', 'N ms', 'X%', 'N%', 'X', 'X-Y weeks', '$X']);
  });
  it('is silent on labels in headings, notation, parameters and math', () => {
    const body = '## Model sources [optional]\n\n### Option 2 [Supported] - cached features\n\n# Design doc - [EN]\n\n'
      + 'Features: N-gram counts, top-N retrieval, chest X-ray scans, O(N) lookups, N = 5 neighbours, sales of the last N days.\n\n'
      + 'Let N be the number of applicants and X the feature matrix. Users with more than N loans are reviewed by hand.\n\n'
      + 'Is there a cooling-off period of X days?\n\nIf metric M for segment S drops by X%, losses grow by Y%.\n\nThe route is `/score?id=<id>`; see \\<query_string\\>.';
    assert.deepEqual(findings('placeholder-text', body), []);
  });
});

describe('latency-unquantified: latency named as a need in a doc that never gives it a number', () => {
  it('reports the first listed need once', () => {
    const body = '## Requirements\n\n- Latency: can differ per category\n- Response time, accuracy, scale (20M DAU)\n\n## Serving\n\nThe funnel design helps us meet latency requirements.';
    const found = findings('latency-unquantified', body);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]![1], /"Latency" is named as a need/);
  });
  it('is silent when any latency has a number, and on latency as a side effect, risk or monitored signal', () => {
    const quantified = '## Requirements\n\n- Latency: can differ per category\n\n## Serving\n\np99 latency stays under 300 ms for text posts.';
    assert.deepEqual(findings('latency-unquantified', quantified), []);
    const incidental = '## Alternatives\n\n- Adds a proxy layer that introduces latency and cost.\n- **Monitoring.** Dashboards track uptime, response times and error rates.\n- A vendor outage could cause latency problems.';
    assert.deepEqual(findings('latency-unquantified', incidental), []);
  });
});

describe('metric-threshold: metrics named with no target anywhere in the doc', () => {
  it('reports a catalogue of metrics that never gets a target, once, with examples in the right direction', () => {
    const body = '## Metrics\n\nOffline: WAPE, MAE and bias across stores.\n\nOnline: share of stock-outs.\n\n## Data\n\nTwo years of daily sales.';
    const found = findings('metric-threshold', body);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]![1], /None of the success metrics named here \(WAPE/);
    assert.match(found[0]![1], /WAPE ≤ 0\.10/);
  });
  it('is silent when the doc sets a target for one of them elsewhere', () => {
    const body = '## Metrics\n\nOffline: WAPE, MAE and bias across stores.\n\n## Launch criteria\n\nWAPE must be 10% lower than the moving-average baseline.';
    assert.deepEqual(findings('metric-threshold', body), []);
  });
});

describe('open items and non-inferiority are not leftovers or missing targets', () => {
  it('a TBD that names when it is settled is an open item; a bare TBD is a leftover', () => {
    const body = '## Changes\n\n- `router/*`: provider selection (scope TBD during implementation)\n- Owner: TBD';
    const found = findings('placeholder-text', body);
    assert.deepEqual(found.map(([line]) => line), [lineOf(body, 'Owner: TBD')]);
  });
  it('an aside in brackets is the author\'s, a prompt in brackets is a slot', () => {
    const body = '## Model\n\n- Visual encoder: last k frames to a CNN with a GRU on top [Another option is to use 3D CNNs]\n- Text encoder: [Describe the text encoder]';
    const found = findings('placeholder-text', body);
    assert.deepEqual(found.map(([line]) => line), [lineOf(body, 'Text encoder')]);
  });
  it('a vague speed word in a section that budgets latency is covered; elsewhere it is not', () => {
    const covered = '## SLA\n\n- First token within 2 s, p95 latency of retrieval 300 ms\n\n### Infrastructure\n\n- High-speed network: must ensure low latency between services';
    assert.deepEqual(findings('latency-unquantified', covered), []);
    const uncovered = '## Requirements\n\n- The scorer must have low latency\n\n## Training\n\n- Retraining takes 4 hours';
    assert.equal(findings('latency-unquantified', uncovered).length, 1);
  });
  it('"no increase in complaints" is a criterion with a bound', () => {
    const body = '## Success criteria\n\n- Recall of fraud ≥ 0.85\n- No increase in customer complaints\n- No decrease in approval rate';
    assert.deepEqual(findings('metric-threshold', body), []);
  });
});

describe('placeholder-text: a bracketed instruction paragraph, TBD misspelt, ToDo', () => {
  it('reports a whole paragraph left in brackets, "TDB" and "ToDo"', () => {
    const body = '## Method\n\n[Here goes a description of the methodology used to score the lenders, with the data and the steps of the evaluation.]\n\n| Item | Owner |\n|---|---|\n| Bureau feed | TDB |\n\n#ToDo: write the SLA';
    const found = findings('placeholder-text', body);
    assert.equal(found.length, 3, JSON.stringify(found));
    assert.match(found[0]![1], /Template prompt left in the text/);
  });
  it('is silent on a short bracketed aside inside a sentence and on a todo-list widget', () => {
    const body = '## Method\n\nScores come from a GBDT [CF based] model.\n\nThe app has a todo-list widget.';
    assert.deepEqual(findings('placeholder-text', body), []);
  });
});

describe('risk-table: tables that rate nothing, in English and Russian', () => {
  it('reports a two-column risk table named by the label above it, and a risk | mitigation table', () => {
    const body = '## Pilot\n\nPilot risks:\n\n| Risk | Description |\n|---|---|\n| Thin credit files | weak scores for new firms |\n\n## Launch\n\n| Risk | Mitigation |\n|---|---|\n| Bureau outage | fall back to manual review |';
    const found = findings('risk-table', body);
    assert.deepEqual(found.map(([line, message]) => [line, /no ([^:]+) column/.exec(message)?.[1]]), [
      [lineOf(body, '| Risk | Description |'), 'likelihood, impact or mitigation'],
      [lineOf(body, '| Risk | Mitigation |'), 'likelihood or impact'],
    ]);
  });
  it('is silent on a two-column table whose label names no risks', () => {
    assert.deepEqual(findings('risk-table', '## Pilot\n\nPilot results:\n\n| Issue | Description |\n|---|---|\n| Thin credit files | 300 more collected |'), []);
  });
  it('reads Russian headers and labels', () => {
    const text = [
      '# Система скоринга заявок на кредит', '',
      '## Постановка задачи', '',
      'Мы оцениваем заявки малого бизнеса на кредит, чтобы кредитный комитет тратил меньше времени на ручную проверку. Модель предсказывает вероятность дефолта по каждой заявке, и это делается до того, как заявка попадёт к аналитику.', '',
      '## Этап 1 — пилот', '',
      'Риски этапа:', '',
      '| Риск | Описание |', '|---|---|', '| Мало размеченных заявок | модель плохо обобщается на новые регионы |', '',
      '| Риск | Способ снижения |', '|---|---|', '| Сбой бюро кредитных историй | ручная проверка заявок |', '',
      'Результаты этапа:', '',
      '| Проблема | Описание |', '|---|---|', '| Мало размеченных заявок | разметили ещё 300 заявок |',
    ].join('\n');
    const result = lint(text, { force: true });
    assert.equal(result.language, 'ru');
    const found = result.diagnostics.filter((d) => d.ruleId === 'risk-table').map((d) => [d.range.start.line, /no ([^:]+) column/.exec(d.message)?.[1]]);
    assert.deepEqual(found, [[11, 'likelihood, impact or mitigation'], [15, 'likelihood or impact']]);
  });
});
