// Rules read the document model (sections, statements, tables, quantities), never the raw text or the
// mdast: what a rule may see is decided once, in the model, for every rule alike. This test reads the
// rule sources and fails on any way around the model.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';

const RULES_DIR = path.join(ROOT, 'server', 'src', 'engine', 'rules');

/** Ways a rule could reach past the model, each with why it is not allowed. */
const FORBIDDEN: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /\bdoc\.text\b/, why: 'the raw text (use blocks, statements, list items or a model helper)' },
  { pattern: /\bdoc\.root\b/, why: 'the mdast root (use sections, blocks, tables, codeBlocks)' },
  { pattern: /\.node\b/, why: 'an mdast node (use the model object\'s range, offsets or facts)' },
  { pattern: /\.position\b/, why: 'an mdast position (use range, startOffset, endOffset)' },
  { pattern: /\.ownContent\b/, why: 'a section\'s mdast children (use sectionHasContent or another model fact)' },
  { pattern: /\blines\.lineText\b/, why: 'a raw line of text' },
  { pattern: /from ['"](?:mdast|mdast-util-[\w-]+|micromark[\w-]*|unified|remark[\w-]*)['"]/, why: 'a parser or its tree types' },
];

/** Source lines without comments, so that a comment may name what it avoids. */
function codeLines(source: string): Array<{ line: number; code: string }> {
  return source.split('\n').map((text, i) => ({ line: i + 1, code: text.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '') }));
}

export function boundaryViolations(source: string): string[] {
  const found: string[] = [];
  for (const { line, code } of codeLines(source)) {
    for (const { pattern, why } of FORBIDDEN) if (pattern.test(code)) found.push(`line ${line}: ${why}: ${code.trim()}`);
  }
  return found;
}

describe('rules read the document model only', () => {
  it('the check itself catches each way around the model', () => {
    assert.equal(boundaryViolations('const t = doc.text.slice(0, 4);').length, 1);
    assert.equal(boundaryViolations('for (const n of doc.root.children) {}').length, 1);
    assert.equal(boundaryViolations('report({ node: heading.node });').length, 1);
    assert.equal(boundaryViolations('const end = block.node.position?.end.line;').length, 2);
    assert.equal(boundaryViolations("import type { Heading } from 'mdast';").length, 1);
    assert.equal(boundaryViolations('// reads doc.text? never').length, 0);
    assert.equal(boundaryViolations('const end = block.range.end.line; const t = statement.text;').length, 0);
  });

  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'))) {
    it(file, () => {
      const violations = boundaryViolations(readFileSync(path.join(RULES_DIR, file), 'utf8'));
      assert.deepEqual(violations, [], `${file} reaches past the document model:\n${violations.join('\n')}`);
    });
  }
});
