// Fixes that respect the document: nothing is inserted into a fenced block, an HTML comment, an HTML
// block or the front matter; fix-all de-duplicates and orders insertions; and over the corpus and
// mutated documents every original line survives, fixed findings go, and fix-all settles.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildDocumentModel, lint, placeSafely, planFixAll, type Diagnostic } from '../server/src/engine/index.js';
import { applyFixes, checkDocument, lostLine } from './fuzz/check.js';
import { generateMarkdown, mutate, seededRandom } from './fuzz/mutate.js';
import { CORPUS } from './helpers.js';

const fixAll = (text: string) => {
  const plan = planFixAll(lint(text, { force: true }).diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
  return applyFixes(text, plan);
};
const count = (text: string, what: string) => text.split(what).length - 1;
const rollout = '---\nmldoc: true\n---\n# Fraud scoring\n\n## Problem statement\n\nWe score payments.\n\n## Rollout plan\n\nShadow for two weeks, then 5% and 100% of traffic.\n\n';

describe('fixes never land inside a construct', () => {
  for (const [name, tail] of [
    ['an unclosed code fence', '```python\nprint("draft")\n'],
    ['an unclosed HTML comment', '<!--\nTODO: write the rest\n'],
    ['an unclosed <pre> block', '<pre>\nraw notes\n'],
  ] as const) {
    it(`at the end of a doc in ${name}: the fix goes before it, and saving again adds nothing`, () => {
      const doc = rollout + tail;
      const once = fixAll(doc);
      assert.equal(count(once, '### Rollback plan'), 1, once);
      assert.ok(once.indexOf('### Rollback plan') < once.indexOf(tail.split('\n')[0]!), 'inserted before the construct');
      assert.ok(once.endsWith(tail), 'the construct is left as it was');
      assert.ok(!lint(once, { force: true }).diagnostics.some((d) => d.ruleId === 'rollback-plan' && /no rollback plan/.test(d.message)));
      assert.equal(fixAll(once), once, 'a second fix-all changes nothing');
    });
  }

  it('an insertion point inside front matter moves after it', () => {
    const doc = buildDocumentModel('---\nmldoc: true\nstatus: draft\n---\n# Title\n');
    const moved = placeSafely(doc, { range: { start: { line: 2, column: 1 }, end: { line: 2, column: 1 } }, text: '## Section\n' });
    assert.deepEqual(moved.range.start, { line: 5, column: 1 });
  });

  it('a closed fence at the end is no reason to move', () => {
    const doc = rollout + '```\ncode\n```\n';
    assert.match(fixAll(doc), /```\ncode\n```\n\n### Rollback plan/);
  });
});

describe('fix-all is one pass, de-duplicated and ordered', () => {
  it('inserts one rollback plan into an empty rollout section, not two', () => {
    const doc = '---\nmldoc: true\n---\n# Doc\n\n## Problem statement\n\nWe rank.\n\n## Rollout plan\n';
    // The empty rollout is one problem: empty-section fills it in (with the rollback plan); rollback-plan stays silent.
    const fixes = lint(doc, { force: true }).diagnostics.filter((d) => d.fix).map((d) => d.ruleId);
    assert.ok(fixes.includes('empty-section') && !fixes.includes('rollback-plan'), fixes.join());
    const once = fixAll(doc);
    assert.equal(count(once, '**Mechanism**'), 1, once);
  });

  it('the same words appended to two sentences are two fixes, not one de-duplicated', () => {
    const fix = (line: number) => ({ range: { start: { line, column: 30 }, end: { line, column: 30 } }, text: ' (p99 ≤ [N] ms)' });
    assert.equal(planFixAll([fix(3), fix(7)]).length, 2);
  });

  it('at one point: the section above gets its content first, then deeper headings, then new sections in profile order', () => {
    const at = { line: 5, column: 1 };
    const fix = (text: string) => ({ range: { start: at, end: at }, text });
    const plan = planFixAll([fix('## Data requirements\n\n[x]\n'), fix('## Model architecture\n\n[y]\n'), fix('\n### Rollback plan\n\n- z\n'), fix('\n**Cost table**\n\n| a |\n')]);
    assert.deepEqual(plan.map((f) => f.text.trim().split('\n')[0]), ['**Cost table**', '### Rollback plan', '## Data requirements', '## Model architecture']);
  });
});

describe('fix properties over real and mutated documents', () => {
  const docsDir = path.join(CORPUS, 'docs');
  const available = fs.existsSync(docsDir);

  it('corpus: every original line survives each fix and fix-all, fixed findings go, fix-all settles', { skip: available ? false : 'no corpus' }, () => {
    const failures: string[] = [];
    for (const file of fs.readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort()) {
      const text = fs.readFileSync(path.join(docsDir, file), 'utf8');
      const diagnostics = lint(text, { force: true }).diagnostics;
      const plan = planFixAll(diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
      const once = applyFixes(text, plan);
      const lost = lostLine(text, plan, once);
      if (lost !== null) failures.push(`${file}: fix-all lost ${JSON.stringify(lost)}`);
      // Each applied fix removes its finding (matched by rule and message; a template it inserts may be flagged as a placeholder).
      const key = (d: Diagnostic) => `${d.ruleId}\u0000${d.message}`;
      const after = new Map<string, number>();
      for (const d of lint(once, { force: true }).diagnostics) after.set(key(d), (after.get(key(d)) ?? 0) + 1);
      const before = new Map<string, number>();
      for (const d of diagnostics) before.set(key(d), (before.get(key(d)) ?? 0) + 1);
      for (const d of diagnostics) {
        if (!d.fix || !plan.includes(d.fix)) continue;
        if ((after.get(key(d)) ?? 0) >= before.get(key(d))!) failures.push(`${file}: ${d.ruleId} still reported after its fix: ${d.message.slice(0, 80)}`);
      }
      for (const failure of checkDocument(text).failures.filter((f) => !/^slow/.test(f))) failures.push(`${file}: ${failure}`);
    }
    assert.deepEqual(failures, []);
  });

  it('mutated and generated documents (fixed seed): no throw, positions inside, no line lost, fix-all settles', { skip: available ? false : 'no corpus' }, () => {
    const rand = seededRandom(12);
    const docs = fs.readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();
    const failures: string[] = [];
    for (let i = 0; i < 60; i++) {
      const base = i % 3 === 2 ? generateMarkdown(rand) : fs.readFileSync(path.join(docsDir, docs[Math.floor(rand() * docs.length)]!), 'utf8');
      const { text, applied } = mutate(rand, base);
      for (const failure of checkDocument(text).failures.filter((f) => !/^slow/.test(f))) failures.push(`#${i} (${applied.join('+')}): ${failure}`);
    }
    assert.deepEqual(failures, []);
  });
});
