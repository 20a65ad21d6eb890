// Documents in Russian and in languages with no vocabulary: the Russian ITMO/ODS template is detected
// and checked with the same sections as its English version; an unsupported language gets one notice
// and no word-based findings; a custom profile's words reach the content rules.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfigText, toLintConfig } from '../server/src/engine/config.js';
import { lint } from '../server/src/engine/index.js';
import { guessLanguage } from '../server/src/engine/model/language.js';
import { CORPUS, readFixture } from './helpers.js';

const sectionsMissing = (text: string) =>
  lint(text).diagnostics.filter((d) => d.ruleId === 'required-section').map((d) => d.message).sort();

describe('document language', () => {
  it('detects the Russian ITMO/ODS template and checks it with the same sections as the English one', () => {
    const ru = readFixture('language', 'itmo-ru.md');
    const en = readFixture('language', 'itmo-en.md');
    const ruResult = lint(ru);
    assert.equal(ruResult.language, 'ru');
    assert.equal(ruResult.isDesignDoc, true, ruResult.detectionReason);
    assert.equal(lint(en).isDesignDoc, true);
    assert.deepEqual(sectionsMissing(ru), sectionsMissing(en));
    assert.deepEqual(sectionsMissing(ru), ['Missing required section: trade-off analysis. Add a "Trade-off analysis" section; profile "full" requires it.']);
  });

  it('lists the English-only rules as skipped for a Russian doc, with the reason', () => {
    const result = lint(readFixture('language', 'itmo-ru.md'));
    const skipped = result.skipped.find((s) => s.ruleId === 'rollback-plan');
    assert.ok(skipped, JSON.stringify(result.skipped));
    assert.match(skipped.reason, /Russian/);
    assert.ok(!result.skipped.some((s) => s.ruleId === 'required-section' || s.ruleId === 'empty-section'));
  });

  it('gives a doc in a language with no vocabulary one notice and no word-based findings', () => {
    const result = lint(readFixture('rules', 'document-language', 'bad.md'), { force: true });
    assert.equal(result.language, 'unknown');
    assert.deepEqual(result.diagnostics.map((d) => d.ruleId), ['document-language']);
    assert.ok(result.skipped.some((s) => s.ruleId === 'required-section'), 'required-section reads words: skipped, and said so');
    assert.ok(result.skipped.some((s) => s.ruleId === 'fp-fn-cost-table'));
  });

  it('tells Ukrainian from Russian and German from English', () => {
    const long = (s: string) => Array(10).fill(s).join(' ');
    assert.equal(guessLanguage(long('Модель переобучается раз в неделю, и мы проверяем её на отложенной выборке.')).language, 'ru');
    assert.notEqual(guessLanguage(long('Модель перенавчається щотижня, і ми перевіряємо її на відкладеній вибірці.')).language, 'ru');
    assert.equal(guessLanguage(long('The model is retrained every week and we check it on a held-out set.')).language, 'en');
    assert.notEqual(guessLanguage(long('Das Modell wird jede Woche neu trainiert und auf einer Testmenge geprüft.')).language, 'en');
  });

  const docs = path.join(CORPUS, 'docs');
  it('detects every Russian design doc of the corpus', { skip: fs.existsSync(docs) ? false : `no corpus at ${docs}` }, () => {
    const russian = fs.readdirSync(docs).map((f) => [f, fs.readFileSync(path.join(docs, f), 'utf8')] as const)
      .map(([f, text]) => [f, lint(text)] as const).filter(([, r]) => r.language === 'ru');
    assert.ok(russian.length >= 8, `found ${russian.length} Russian docs`);
    for (const [file, result] of russian) assert.ok(result.isDesignDoc, `${file}: ${result.detectionReason}`);
  });
});

describe('custom profile words reach the content rules', () => {
  const doc = [
    '# Courier matching', '', '## Problem statement', 'Orders wait for couriers.', '', '## Success metrics',
    'On-time share up by 5 pts (online) and NDCG@5 ≥ 0.6 offline.', '', '## Data requirements', 'A year of history.', '',
    '## Model architecture', 'Gradient-boosted ranker.', '', '## Serving', 'One service.', '', '## Trade-offs', 'None.', '',
    '## Risks', 'Couriers decline.', '', '## Shipping it', '', 'Week 1: one city at 10% of orders. Week 2: all cities.', '',
  ].join('\n');
  it('a rollout section named by a custom alias is checked for a rollback plan', () => {
    const without = lint(doc, { force: true }).diagnostics.map((d) => d.ruleId);
    assert.ok(without.includes('required-section'), 'without the alias, the rollout plan is missing');
    assert.ok(!without.includes('rollback-plan'));
    const config = toLintConfig(parseConfigText(JSON.stringify({
      profile: 'team', profiles: { team: { extends: 'full', sections: [{ id: 'rollout-plan', aliases: ['shipping it'] }] } },
    }), '.mldoc.json', 'json'));
    const withAlias = lint(doc, { force: true, config });
    const ids = withAlias.diagnostics.map((d) => d.ruleId);
    assert.ok(!ids.includes('required-section'), JSON.stringify(withAlias.diagnostics.map((d) => d.message)));
    assert.ok(ids.includes('rollback-plan'), 'the same section is the rollout plan for rollback-plan too');
  });
});

describe('sections written in other forms', () => {
  const base = ['# Churn model', '', '## Problem statement', 'Users leave.', '', '## Success metrics', 'Recall ≥ 0.8.', '',
    '## Data', 'Logs.', '', '## Model', 'Trees.', '', '## Serving', 'API.', '', '## Trade-offs', 'Some.', '',
    '## Rollout', 'Canary at 5%; roll back if recall < 0.7; the on-call engineer decides.', ''];
  const missingRisks = (text: string) => lint(text, { force: true }).diagnostics.some((d) => d.ruleId === 'required-section' && /risk assessment/.test(d.message));

  it('a bold paragraph with a number counts as a heading', () => {
    assert.ok(missingRisks(base.join('\n')));
    assert.ok(!missingRisks([...base, '**7.2. Risks and mitigations**', '', 'Drift in the labels.', ''].join('\n')));
  });
  it('bold words inside a sentence or a list item do not', () => {
    assert.ok(missingRisks([...base, 'We list the **risks** in the appendix of the launch review.', ''].join('\n')));
    assert.ok(missingRisks([...base, '- **Risks**', ''].join('\n')));
  });

  const noTradeoffs = ['# Churn model', '', '## Problem statement', 'Users leave.', '', '## Success metrics', 'Recall ≥ 0.8.', '',
    '## Data', 'Logs.', '', '## Model', 'Trees.', '', '## Serving', 'API.', '', '## Risks', 'Drift.', '',
    '## Rollout', 'Canary at 5%; roll back if recall < 0.7; the on-call engineer decides.', ''];
  const missingTradeoffs = (text: string) => lint(text, { force: true }).diagnostics.some((d) => d.ruleId === 'required-section' && /trade-off/.test(d.message));
  it('pros weighed against cons anywhere count as the trade-off analysis; pros alone do not', () => {
    assert.ok(missingTradeoffs(noTradeoffs.join('\n')));
    assert.ok(!missingTradeoffs([...noTradeoffs, '- **Pros**: cheap to serve', '- **Cons**: weak on rare items', ''].join('\n')));
    assert.ok(missingTradeoffs([...noTradeoffs, '- **Pros**: cheap to serve', '- **Benefits**: simple', ''].join('\n')));
  });
  it('a heading that names a trade-off anywhere counts', () => {
    assert.ok(!missingTradeoffs([...noTradeoffs, '### Exploration–exploitation trade-off', 'Epsilon-greedy at 5%.', ''].join('\n')));
  });
  it('"Model architecture" is the model section, not the infrastructure one', () => {
    const text = ['# Churn', '', '## Problem statement', 'x', '', '## Model architecture', 'Trees.', ''].join('\n');
    const missing = lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'required-section').map((d) => d.message);
    assert.ok(missing.some((m) => /infrastructure architecture/.test(m)), JSON.stringify(missing));
    assert.ok(!missing.some((m) => /model architecture/.test(m)));
    const withSystem = text + '\n## Architecture overview\nOne service.\n';
    assert.ok(!lint(withSystem, { force: true }).diagnostics.some((d) => /infrastructure architecture/.test(d.message)));
  });
});

