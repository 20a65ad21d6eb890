// Recall (issue 9): kinds of writing the rules failed to read, each with an example written for this test
// (no corpus text) and the near misses that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { findingsAround, lineInBody } from './helpers.js';

/** A design doc around `body`; the rule's findings as [line, message]. */
const findings = (ruleId: string, body: string, title = 'Parcel damage triage') =>
  findingsAround(ruleId, body, title, 'We triage damaged-parcel claims for the returns desk.');
const lineOf = lineInBody;

describe('metric-threshold: arrows and formulas are not targets', () => {
  it('an arrow in a pipeline outline does not count as a comparison', () => {
    const body = '## Metrics\n\n- Offline: MRR, nDCG\n- Online: CTR, time spent\n\n## Model\n\n- embed pairs -> softmax -> cross entropy <- labels';
    const found = findings('metric-threshold', body);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]![1], /None of the success metrics named here \(MRR/);
  });
  it('a formula that defines a metric sets no target: a list of formulas is a glossary, judged as a whole', () => {
    const glossary = '## Metrics\n\n- (S) savings = (C) claim cost - (H) handling cost\n- (H) handling cost = hours * hourly rate\n- (R) refund cost = claim value * share refunded';
    const found = findings('metric-threshold', glossary);
    assert.deepEqual(found.map(([line]) => line), [lineOf(glossary, '## Metrics')]);
    assert.match(found[0]![1], /None of the success metrics named here \(savings, cost\)/);
    const targeted = `${glossary}\n\n## Launch criteria\n\n- Savings must be 5% higher than last year.`;
    assert.deepEqual(findings('metric-threshold', targeted), []);
  });
  it('"=" with a value, "<" with a bound and a stated A/B direction are targets', () => {
    const body = '## Success metrics\n\n- Recall of damaged parcels = 0.85 or better\n- Handling time < baseline\n- Refund cost (expected to decrease)';
    assert.deepEqual(findings('metric-threshold', body), []);
  });
});

describe('metric-threshold: the chosen metric gets a target', () => {
  it('reports the metric named as primary when no statement anywhere sets it a value', () => {
    const body = '## Evaluation\n\nThe primary metric for the triage model will be recall of the damaged class.\n\n## Business goals\n\n- Cut refund cost by 8% in the first quarter.';
    const found = findings('metric-threshold', body);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]![0], lineOf(body, 'primary metric'));
    assert.match(found[0]![1], /metric chosen here \(recall\)/);
  });
  it('reads a chosen metric the vocabulary does not know from its identifier or acronym', () => {
    const body = '## Metrics\n\nAs discussed above, the base metrics are claim_auc and QWK.';
    const found = findings('metric-threshold', body);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]![1], /claim_auc, qwk/);
  });
  it('is silent when the chosen metric has a target elsewhere, a direction, or when it is only a dashboard', () => {
    for (const body of [
      '## Evaluation\n\nThe primary metric will be recall of the damaged class.\n\n## Launch criteria\n\n- Recall ≥ 0.8 on the March claims.',
      '## Evaluation\n\nThe base metrics are claim_auc and QWK.\n\n## Launch criteria\n\nclaim_auc must reach 0.75 before the pilot.',
      '## Pilot\n\n- Target metrics (refund cost, handling time) reduced in the pilot group',
      '## Evaluation\n\nThe main metrics dashboard shows recall and CTR for each depot.',
    ]) assert.deepEqual(findings('metric-threshold', body), [], body);
  });
});

describe('fp-fn-cost-table: a decision named outright, beside ranking; a clinical alert', () => {
  const doc = (title: string, problem: string, model: string) =>
    `# ${title}\n\n## Problem statement\n\n${problem}\n\n## Model\n\n${model}\n\n## Success metrics\n\n- Recall of the positive class ≥ 0.8\n`;
  const cost = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'fp-fn-cost-table');
  it('reports a binary screen stated outright even when the passing items are ranked afterwards', () => {
    const text = doc('Applicant pre-screen',
      'Recruiters drown in applications. A binary classification model predicts whether an applicant meets the must-have criteria; applicants who fail are rejected.',
      'Gradient-boosted trees give the pass probability; applicants with a probability above 0.5 pass, and the model ranks candidates who pass by fit for the recruiter.');
    const found = cost(text);
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
  });
  it('is silent when the doc declares its problem a ranking one and classifiers are only the method', () => {
    const text = doc('Sponsored listings',
      'Click prediction for sponsored listings is a ranking problem.',
      'A pointwise binary classification model predicts whether a user clicks a listing; its score orders the listings.');
    assert.deepEqual(cost(text).map((d) => d.message), []);
  });
  it('reads the prediction of a clinical event as a yes/no alert', () => {
    const text = doc('Ward alerts', 'A sepsis prediction model watches the ward and alerts the nurse on duty.', 'XGBoost over hourly observations.');
    assert.equal(cost(text).length, 1);
    const forecast = doc('Ward staffing', 'We forecast the number of admissions per ward per day; sepsis cases are rare in the data.', 'A gradient-boosted regressor per ward.');
    assert.deepEqual(cost(forecast).map((d) => d.message), []);
  });
});

describe('metric-task-mismatch: the problem declared outright decides the task', () => {
  const doc = (formulation: string, metrics: string) =>
    `# Recipe feed\n\n## Problem statement\n\nHome cooks open the app to find something to cook tonight.\n\n- ML formulation: ${formulation}\n- Model: a multi-label classification head per reaction (save, cook, share), trained as binary classifiers\n\n## Success metrics\n\n${metrics}\n`;
  const mismatch = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'metric-task-mismatch');
  it('reports a declared ranking problem judged only by classification metrics, though classifiers solve it', () => {
    const found = mismatch(doc('Category: ranking problem, solved as pointwise classification', '- ROC AUC ≥ 0.78 on the holdout week'));
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
    assert.match(found[0]!.message, /framed as ranking/);
  });
  it('is silent with a ranking metric, or when nothing is declared', () => {
    assert.deepEqual(mismatch(doc('Category: ranking problem, solved as pointwise classification', '- ROC AUC ≥ 0.78\n- NDCG@10 ≥ 0.41')), []);
    assert.deepEqual(mismatch(doc('pointwise scores of each recipe', '- ROC AUC ≥ 0.78 on the holdout week')), []);
  });
});

describe('latency-unquantified: an outline item under a "Requirements" item', () => {
  it('reads the sub-items of a requirements label as requirements', () => {
    const body = '## Overview\n\n- Use case: flag damaged parcels from depot photos\n- Requirements:\n    - Real-time scoring of each photo at the belt\n    - Works on the depot tablets';
    const found = findings('latency-unquantified', body);
    assert.deepEqual(found.map(([line]) => line), [lineOf(body, 'Real-time scoring')]);
  });
  it('is silent under a label that is not a requirement, or with a number', () => {
    for (const body of [
      '## Overview\n\n- History:\n    - Real-time scoring of each photo was tried in 2022',
      '## Overview\n\n- Requirements:\n    - Real-time scoring of each photo at the belt, p95 under 300 ms',
      '## Overview\n\n- Risks and constraints we fear:\n    - Real-time scoring of each photo at the belt',
    ]) assert.deepEqual(findings('latency-unquantified', body), [], body);
  });
});

describe('privacy: clinical records per patient; personal data in Russian', () => {
  const privacyFindings = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'privacy').map((d) => d.message);
  it('reads patient-hours and patient-level data as personal data', () => {
    const found = findings('privacy', '## Data\n\nThe model scores patient-hours from the ward monitors and flags the ones at risk.');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]![1], /patient-hours/);
    assert.deepEqual(findings('privacy', '## Data\n\nThe model scores patient-hours from the ward monitors; records are de-identified before training.'), []);
  });
  const russian = (data: string) => `# Подбор кандидатов\n\n## Постановка задачи\n\nСервис помогает рекрутерам быстрее находить подходящих кандидатов на открытые вакансии компании, и это главная цель проекта.\n\n## Данные\n\n${data}\n\n## Модель\n\nМодель сравнивает тексты и выдаёт оценку соответствия, которую видит рекрутер в своём интерфейсе.\n`;
  it('reports resumes in a Russian doc that says nothing of their handling', () => {
    const found = privacyFindings(russian('Мы загружаем резюме кандидатов из почты и с сайтов вакансий и храним их в базе для обучения модели.'));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]!, /резюме/);
  });
  it('is silent when the Russian doc says how they are handled, or uses none', () => {
    assert.deepEqual(privacyFindings(russian('Мы загружаем резюме кандидатов из почты; перед обучением данные обезличиваются, срок хранения 90 дней.')), []);
    assert.deepEqual(privacyFindings(russian('Мы загружаем описания вакансий с сайтов компаний и храним их в базе для обучения модели.')), []);
  });
});

describe('split-leakage: train and test data shuffled together', () => {
  it('reports shuffling train and test data of timestamped records', () => {
    const body = '## Data requirements\n\nEach claim is a timestamped record of the depot events.\n\nWe shuffle train and test data so that the model sees every depot.';
    const found = findings('split-leakage', body);
    assert.deepEqual(found.map(([line]) => line), [lineOf(body, 'shuffle train')]);
  });
  it('is silent on shuffling within the training data, or on static records', () => {
    for (const body of [
      '## Data requirements\n\nEach claim is a timestamped record of the depot events.\n\nWe shuffle the training data within each epoch; the last month is the test set.',
      '## Data requirements\n\nEach claim is a photo of a parcel label.\n\nWe shuffle train and test data so that the model sees every depot.',
    ]) assert.deepEqual(findings('split-leakage', body), [], body);
  });
});

describe('ownership: an owner slot left open; Russian docs', () => {
  const owner = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'ownership').map((d) => d.message);
  const english = (ops: string) => `# Parcel damage triage\n\n## Problem statement\n\nA binary classifier predicts whether a parcel photo shows damage, so that the returns desk can approve or decline claims.\n\n## Serving\n\nThe scorer is served behind the claims API at 40 QPS, p99 latency 300 ms.\n\n${ops}\n`;
  it('an SLA or owner left as TBD names nobody', () => {
    assert.equal(owner(english('- **SLA (TBD):** availability of the scorer')).length, 1);
    assert.equal(owner(english('- Owner: TBD')).length, 1);
    assert.deepEqual(owner(english('- SLA: 99.5% monthly availability; the returns ML team is on call')), []);
  });
  const russian = (ops: string) => `# Оценка повреждений посылок\n\n## Постановка задачи\n\nСервис помогает операторам склада быстрее обрабатывать претензии о повреждённых посылках по фотографиям.\n\n## Модель\n\nМодель оценивает фотографию и выдаёт вероятность повреждения; качество модели оцениваем по ROC-AUC на отложенной выборке.\n\n## Инфраструктура\n\nСервис принимает до 30 запросов в секунду, p95 латентности не больше 300 мс.\n\n${ops}\n`;
  it('reports a Russian service that names no owner, and is silent when it does', () => {
    assert.equal(owner(russian('Модель переобучается раз в неделю на новых претензиях.')).length, 1);
    assert.deepEqual(owner(russian('Владелец сервиса — команда складской аналитики; дежурный инженер получает алерты.')), []);
  });
  it('reads a Russian deployment as a service as a running system', () => {
    const deployed = `# Оценка повреждений посылок\n\n## Постановка задачи\n\nСервис помогает операторам склада быстрее обрабатывать претензии о повреждённых посылках по фотографиям.\n\n## Модель\n\nМодель оценивает фотографию и выдаёт вероятность повреждения; качество оцениваем по ROC-AUC на отложенной выборке.\n\n## Деплой\n\n${'Разворачивание сервиса на облачной платформе в кластере kubernetes.'}\n`;
    assert.equal(owner(deployed).length, 1);
    assert.deepEqual(owner(deployed.replace('Разворачивание сервиса на облачной платформе', 'Обучение модели на ноутбуке аналитика')), []);
  });
});

describe('scale-numbers: Russian docs; small user figures', () => {
  const scale = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'scale-numbers').map((d) => d.message);
  const russian = (load: string) => `# Оценка повреждений посылок\n\n## Постановка задачи\n\nСервис помогает операторам склада быстрее обрабатывать претензии о повреждённых посылках по фотографиям.\n\n## Инфраструктура\n\nМодель отдаёт ответ в реальном времени через HTTP-сервис, p95 латентности на одно фото не больше 300 мс. ${load}\n`;
  it('reports a Russian online service with no scale figures', () => {
    assert.equal(scale(russian('')).length, 1);
  });
  it('is silent when it gives its load in Russian words, or counts its users per day', () => {
    assert.deepEqual(scale(russian('В пике ожидаем до 200 запросов в секунду.')), []);
    assert.deepEqual(scale(russian('Ожидается 1-2 оператора… то есть около 30 пользователей в день.')), []);
    assert.deepEqual(findings('scale-numbers', '## Serving\n\nThe scorer serves predictions via a REST API to about 40 users a day.'), []);
    assert.equal(findings('scale-numbers', '## Serving\n\nThe scorer serves predictions via a REST API to the returns desk.').length, 1);
  });
});

describe('metric-threshold: Russian criteria; a list labelled as the success criteria', () => {
  const threshold = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'metric-threshold').map((d) => [d.range.start.line, d.message] as [number, string]);
  const russian = (criteria: string) => `# Оценка повреждений посылок\n\n## Постановка задачи\n\nСервис помогает операторам склада быстрее обрабатывать претензии о повреждённых посылках по фотографиям.\n\n## Критерии успеха\n\n${criteria}\n\n## Данные\n\nФотографии посылок со складов за два года.\n`;
  it('reports a Russian criterion with no target beside targeted ones, and a target left as dots', () => {
    const found = threshold(russian('- Точность классификации повреждений ≥ 0,9\n- Снижение среднего времени обработки претензии'));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]![1], /Снижение среднего времени обработки/);
    assert.equal(threshold(russian('- Точность прогнозов должна быть …..')).length, 1);
  });
  it('is silent when every Russian criterion has a target, or an item is a step of the procedure', () => {
    assert.deepEqual(threshold(russian('- Точность классификации ≥ 0,9\n- Время обработки претензии не выше текущего')), []);
    assert.deepEqual(threshold(russian('- Точность классификации ≥ 0,9\n- Проводится расчет точности на выборке из 500 фото')), []);
  });
  it('reads a list nested under a "What counts as success:" item outside the metrics section', () => {
    const body = '## Goals\n\n- **What counts as success:**\n    - Recall of damaged parcels ≥ 0.85\n    - Reduce handling time of a claim\n\n## Success metrics\n\n- Precision of damaged parcels ≥ 0.9';
    const found = findings('metric-threshold', body);
    assert.deepEqual(found.map(([line]) => line), [lineOf(body, 'Reduce handling time')]);
    const unlabelled = body.replace('**What counts as success:**', '**History of the desk:**');
    assert.deepEqual(findings('metric-threshold', unlabelled), []);
  });
});

describe('framing: cross-entropy losses written as capitals are classification metrics', () => {
  it('reads NCE as a classification metric, and leaves CEO alone', () => {
    const text = '# Sponsored listings\n\n## Problem statement\n\n- ML formulation: click prediction for sponsored listings is a ranking problem.\n\n## Success metrics\n\n- Offline: NCE ≤ 0.92 of the baseline\n- Online: CTR +2% vs. control\n';
    const found = lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'metric-task-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
    assert.match(found[0]!.message, /\(NCE\)/);
    const ceo = text.replace('- Offline: NCE ≤ 0.92 of the baseline', '- Offline: the CEO reviews the weekly report');
    assert.deepEqual(lint(ceo, { force: true }).diagnostics.filter((d) => d.ruleId === 'metric-task-mismatch'), []);
  });
});

describe('latency-unquantified: real-time serving at the head of an item, never given a number', () => {
  it('reports "Real-time inference." opening an item when no latency has a number anywhere', () => {
    const body = '## Deployment\n\n- **Real-time inference.** Deploy the model behind the claims API so that each photo is judged on the fly.\n- **Retraining.** Weekly, on the new claims.';
    const found = findings('latency-unquantified', body);
    assert.deepEqual(found.map(([line]) => line), [lineOf(body, 'Real-time inference')]);
  });
  it('is silent when a latency has a number somewhere, or real-time names dashboards', () => {
    const numbered = '## Deployment\n\n- **Real-time inference.** Deploy the model behind the claims API.\n\n## Performance\n\n- p95 latency of the API 400 ms';
    assert.deepEqual(findings('latency-unquantified', numbered), []);
    assert.deepEqual(findings('latency-unquantified', '## Monitoring\n\n- **Real-time dashboards.** The desk sees the daily queue.'), []);
  });
});

describe('ownership leaves the shared placeholder pattern as it found it', () => {
  it('placeholder-text reports the same TBDs whether ownership ran first or not', () => {
    const text = '# Parcel damage triage\n\n## Problem statement\n\nA binary classifier predicts whether a parcel photo shows damage, so that the returns desk can approve or decline claims.\n\n## Serving\n\nServed behind the claims API at 40 QPS, p99 latency 300 ms.\n\n- **SLA (TBD):** availability\n- Storage: TBD\n- Owner of the labels: TBD\n';
    const placeholders = (rules: Record<string, 'off' | 'warning'>) => lint(text, { force: true, config: { rules } }).diagnostics
      .filter((d) => d.ruleId === 'placeholder-text').map((d) => d.range.start.line);
    const withOwnership = placeholders({});
    assert.equal(withOwnership.length, 3);
    assert.deepEqual(withOwnership, placeholders({ ownership: 'off' }));
  });
});

describe('rollout-phases: numbered steps that move through environments are phases', () => {
  const phases = (steps: string) => findings('rollout-phases', `## Rollout plan\n\n${steps}`);
  it('reports a step with no criterion before the system moves on to production', () => {
    const body = '1. Turn the scorer on in staging and run the March claims through it.\n2. Promote to prod.';
    assert.deepEqual(phases(body).map(([line]) => line), [lineOf(`## Rollout plan\n\n${body}`, 'in staging')]);
  });
  it('is silent when each step says what must hold, or when the steps move through no environment', () => {
    assert.deepEqual(phases('1. Turn the scorer on in staging; proceed only if recall ≥ 0.85 on the March claims.\n2. Promote to prod.'), []);
    assert.deepEqual(phases('1. Write the release notes.\n2. Tag the release.'), []);
  });
});
