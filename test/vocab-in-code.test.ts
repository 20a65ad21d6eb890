// No vocabulary in code: the rules, the document model and detection read words from vocab/<language>/
// (cues.yaml, patterns/*.yaml, …), never from regular expressions written in the code. This test reads
// their source and fails, naming file and line, on any regex literal or string that alternates words
// ("fraud|spam|abuse"). Unit symbols and markup may stay in code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT } from './helpers.js';

const ENGINE = path.join(ROOT, 'server', 'src', 'engine');

/**
 * Short unit symbols that are not words (quantities.ts reads "5 msec", "3 hrs" as symbols, like "ms" and
 * "h"). Keep this list to symbols: a word belongs in the vocabulary.
 */
const UNIT_SYMBOLS = new Set(['msec', 'secs', 'mins', 'hrs']);

/** Words of three or more letters that stand right next to a "|" in a pattern's source. */
function alternatedWords(source: string): string[] {
  // Escapes (\b, \s, \p{L}) are not letters of a word.
  const cleaned = source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\./g, ' ');
  const words = cleaned.match(/(?<!\p{L})\p{L}{3,}(?=\|)|(?<=\|)\p{L}{3,}(?!\p{L})/gu) ?? [];
  return words.filter((word) => !UNIT_SYMBOLS.has(word.toLowerCase()));
}

/** Places in a TypeScript source where a regex or a string alternates two or more words. */
export function wordAlternations(fileName: string, text: string): Array<{ line: number; words: string[] }> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; words: string[] }> = [];
  const visit = (node: ts.Node): void => {
    let literal: string | null = null;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literal = node.getText();
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) literal = node.getText();
    if (literal !== null && literal.includes('|')) {
      const words = alternatedWords(literal);
      if (words.length >= 2) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, words });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function engineFiles(): string[] {
  const inFolder = (folder: string) => fs.readdirSync(path.join(ENGINE, folder))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).map((name) => path.join(ENGINE, folder, name));
  return [...inFolder('rules'), ...inFolder('model'), path.join(ENGINE, 'detect.ts')];
}

describe('no vocabulary in code', () => {
  it('finds word alternations where they are (the check can fail)', () => {
    const sample = [
      'const A = /\\b(?:fraud|spam|abuse)\\s+detection\\b/i;',
      "const B = new RegExp(String.raw`\\b(?:online|offline) scoring`);",
      "const C = 'requests?|queries|calls?';",
      'const D = /(ms|msec|s|h)(?![\\w/])/;', // unit symbols only
      'const E = /[≥≤<>=]|\\d+/;', // no words
    ].join('\n');
    assert.deepEqual(wordAlternations('sample.ts', sample).map((f) => f.line), [1, 2, 3]);
  });

  it('rules, the document model and detection take their words from vocab/', () => {
    const offences: string[] = [];
    for (const file of engineFiles()) {
      for (const { line, words } of wordAlternations(file, fs.readFileSync(file, 'utf8'))) {
        offences.push(`${path.relative(ROOT, file)}:${line}: ${words.slice(0, 4).join('|')}…`);
      }
    }
    assert.deepEqual(offences, [], `word lists in code; move them to vocab/<language>/ (cues.yaml or patterns/<module>.yaml):\n${offences.join('\n')}`);
  });
});
