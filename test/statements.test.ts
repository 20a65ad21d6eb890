import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDocumentModel } from '../server/src/engine/model/document.js';
import { splitSentences, statementsOf } from '../server/src/engine/model/statements.js';

function sentences(text: string): string[] {
  return splitSentences(text).map(([start, end]) => text.slice(start, end));
}

describe('splitSentences', () => {
  it('splits on sentence ends but not on decimals or abbreviations', () => {
    assert.deepEqual(sentences('The model answers in 1.2 s at p99. We cache results, e.g. Redis, for 5 min. Done!'),
      ['The model answers in 1.2 s at p99.', 'We cache results, e.g. Redis, for 5 min.', 'Done!']);
    assert.deepEqual(sentences('Compare XGBoost vs. LightGBM, approx. 3x faster. Next step.'),
      ['Compare XGBoost vs. LightGBM, approx. 3x faster.', 'Next step.']);
  });

  it('does not split before a lower-case word', () => {
    assert.deepEqual(sentences('Scores are cached (see Fig. 2) and refreshed. it is fine'), ['Scores are cached (see Fig. 2) and refreshed. it is fine']);
  });
});

describe('statementsOf', () => {
  const doc = buildDocumentModel([
    '# Title',
    '',
    'First sentence here. Second one follows.',
    '',
    '- An item. With two sentences.',
    '- Another item',
    '',
    '| Stage | Budget |',
    '|---|---|',
    '| Model | 40 ms |',
    '',
  ].join('\n'));

  it('gives sentences of paragraphs, whole list items, cells and headings', () => {
    assert.deepEqual(statementsOf(doc).map((s) => s.text), [
      'Title', 'First sentence here.', 'Second one follows.', 'An item. With two sentences.', 'Another item',
      'Stage', 'Budget', 'Model', '40 ms',
    ]);
  });

  it('keeps indices into the block text and links list items', () => {
    for (const s of statementsOf(doc)) assert.equal(s.block.text.slice(s.start, s.end), s.text);
    assert.ok(statementsOf(doc).find((s) => s.text === 'Another item')?.listItem);
  });

  it('is memoised per document', () => {
    assert.equal(statementsOf(doc), statementsOf(doc));
  });
});
