// The whole-text scans that run on every keystroke (line counts, line starts, the guard's nesting and
// emphasis limits, chunk splitting) find line breaks with indexOf and skip what cannot matter: they must
// agree with a plain split, and with what the limits are for, on every kind of line ending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countLines, LineIndex } from '../server/src/engine/text.js';
import { estimateNestingDepth, prepareDocument } from '../server/src/engine/guard.js';
import { splitIntoChunks } from '../server/src/engine/parse.js';

/** Reproducible pseudo-random texts of short lines: list markers, quotes, indents, emphasis, blank lines. */
function texts(count: number): string[] {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const pieces = ['- ', '* ', '> ', '  ', '\t', 'word ', '**bold** ', '_it_ ', '', '1. ', 'x'];
  return Array.from({ length: count }, () => {
    const lines = Array.from({ length: 1 + next(30) }, () => Array.from({ length: next(8) }, () => pieces[next(pieces.length)]).join(''));
    return lines.join('\n') + (next(2) ? '\n' : '');
  });
}

const splitLines = (text: string) => text.split(/\r\n|\r|\n/);

test('countLines and LineIndex agree with a split on \\n, \\r\\n and lone \\r line endings', () => {
  for (const text of texts(300)) {
    for (const eol of ['\n', '\r\n', '\r']) {
      const variant = text.replace(/\n/g, eol);
      const lines = splitLines(variant);
      assert.equal(countLines(variant), lines.length, JSON.stringify(variant));
      const index = new LineIndex(variant);
      assert.equal(index.lineCount, lines.length);
      lines.forEach((line, i) => assert.equal(index.lineText(i + 1), line));
    }
  }
  assert.equal(countLines(''), 1);
  assert.equal(countLines('a\r\nb\rc\nd'), 4, 'mixed endings');
  assert.deepEqual(new LineIndex('a\nb\n').lineStarts, [0, 2, 4]);
});

test('estimateNestingDepth does not depend on the line endings', () => {
  for (const text of texts(300)) {
    const depth = estimateNestingDepth(text);
    assert.equal(estimateNestingDepth(text.replace(/\n/g, '\r\n')), depth);
    assert.equal(estimateNestingDepth(text.replace(/\n/g, '\r')), depth);
  }
  assert.equal(estimateNestingDepth('text\n> > - deep\nflat'), 3);
});

test('the limits still stop what they are for, and let through what is under them', () => {
  const limits = { maxLines: 50, maxEmphasisMarkers: 10, maxDepth: 5 };
  const finding = (text: string) => prepareDocument(text, { config: { limits } }).failure?.message ?? null;
  assert.match(finding('line\n'.repeat(60))!, /60|61/);
  assert.equal(finding('line\n'.repeat(40)), null);
  assert.match(finding('a\r\n'.repeat(60))!, /lines/, 'CRLF lines count too');
  assert.match(finding(`${'*a* '.repeat(6)}\n`)!, /12 emphasis markers/);
  // As many markers in all, but split by blank lines: no paragraph has more than 4.
  assert.equal(finding(`${'*a* *b*\n\n'.repeat(6)}`), null);
  assert.match(finding('- - - - - - - deep\n')!, /nest/);
});

test('splitIntoChunks finds the same headings whatever the line endings, and skips prose lines only when nothing is open', () => {
  const doc = [
    '# Title', 'Prose.', '## A', '```', '# not a heading (in a fence)', '```', '## B',
    '<!-- a comment', '# not a heading (in a comment)', '-->', '## C', '<div>', '# not a heading (in HTML)', '', '## D',
    '\u00a0```', '# not a heading (the fence opens after a no-break space, as \\s allows)', '```', '## E', 'last line',
  ].join('\n');
  for (const eol of ['\n', '\r\n', '\r']) {
    const chunks = splitIntoChunks(doc.replace(/\n/g, eol));
    assert.deepEqual(chunks.map((c) => c.text.split(/\r\n|\r|\n/)[0]), ['# Title', '## A', '## B', '## C', '## D', '## E'], JSON.stringify(eol));
    assert.deepEqual(chunks.map((c) => c.startLine), [1, 3, 7, 11, 15, 19]);
    assert.equal(chunks.map((c) => c.text).join(''), doc.replace(/\n/g, eol), 'the chunks are the whole text');
  }
});
