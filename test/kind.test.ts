// The kind of a document: a template or a guide has a design doc's headings without being one. Found
// by walking a folder it is left alone; named explicitly it is linted, and the rules about a system's
// claims say they did not judge it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';

const sections = ['Problem statement', 'Success metrics', 'Data requirements', 'Model architecture', 'Serving', 'Risks', 'Rollout plan'];
const doc = (title: string, body: (heading: string) => string) =>
  [`# ${title}`, '', ...sections.flatMap((h) => [`## ${h}`, '', body(h), ''])].join('\n');

describe('document kind', () => {
  it('a design doc with its own claims is a design doc', () => {
    const result = lint(doc('Churn model', (h) => `Our ${h.toLowerCase()}: we retrain weekly and serve 2,000 requests per second.`));
    assert.equal(result.kind, 'design-doc');
    assert.equal(result.isDesignDoc, true);
  });

  it('a template (prompts to fill in) is not linted from a folder, and is when named', () => {
    const text = doc('Churn model', (h) => `Describe the ${h.toLowerCase()}. What does the reader need to know?\n\n- List the owners.`);
    const found = lint(text);
    assert.equal(found.kind, 'template');
    assert.equal(found.isDesignDoc, false);
    assert.match(found.detectionReason, /template/);
    const named = lint(text, { force: true });
    assert.equal(named.linted, true);
    assert.ok(named.skipped.some((s) => s.ruleId === 'ownership' && /template/.test(s.reason)));
  });

  it('a title that names a template makes one; a title with "templated" does not', () => {
    assert.equal(lint(doc('ML design doc template', () => 'We retrain weekly.')).kind, 'template');
    assert.equal(lint(doc('Templated replies for support', () => 'We retrain weekly.')).kind, 'design-doc');
  });

  it('a checklist of task boxes is a template', () => {
    const boxes = Array.from({ length: 9 }, (_, i) => `- [ ] Item ${i + 1} is written down`).join('\n');
    assert.equal(lint(doc('Design review', () => boxes)).kind, 'template');
    assert.equal(lint(doc('Design review', () => '- [x] Shadow mode done\n- Canary next week')).kind, 'design-doc');
  });

  it('a guide speaks to "you"; a design doc speaks for "we"', () => {
    const guide = doc('How to design a recommender', () => 'When you pick your metric, you should ask what your users want. You can start with CTR.');
    assert.equal(lint(guide).kind, 'guide');
    assert.equal(lint(guide).isDesignDoc, false);
    const design = doc('Recommender', () => 'We pick CTR because our users click; we start with you-may-like carousels.');
    assert.equal(lint(design).kind, 'design-doc');
  });

  it('front matter kind: design-doc overrides the guess', () => {
    const text = `---\nkind: design-doc\n---\n${doc('ML design doc template', () => 'We retrain weekly.')}`;
    assert.equal(lint(text).kind, 'design-doc');
  });
});
