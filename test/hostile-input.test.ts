// Hostile and unlucky documents: each costs at most itself. A document beyond the size or nesting
// limits, or one that makes the parser throw, becomes one finding for that file; the other files
// are still checked, and the CLI exits 2 (could not check), never 1 (errors found).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { estimateNestingDepth, lint } from '../server/src/engine/index.js';
import { minimalFullDoc, ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'mldoc-lint.js');

/** A list nested `depth` levels, two columns of indent per level. */
export function deepList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n') + '\n';
}

export function deepQuote(depth: number): string {
  return `${'>'.repeat(depth)} quoted\n`;
}

function mldoc(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('documents beyond the limits', () => {
  it('a list 1,200 levels deep is one document-limit finding, found before the parser runs', () => {
    const result = lint(deepList(1200));
    assert.deepEqual(result.diagnostics.map((d) => d.ruleId), ['document-limit']);
    assert.match(result.diagnostics[0]!.message, /nest about \d+ levels deep, more than the limit of 100/);
  });

  it('estimates nesting from quotes, list markers and indent, whatever the line endings', () => {
    assert.equal(estimateNestingDepth('> > - item\r\n'), 3);
    assert.equal(estimateNestingDepth('a\r    - b\n'), 3);
    assert.equal(estimateNestingDepth('plain text\n\nmore\n'), 0);
  });

  it('size and line limits, configurable', () => {
    const text = minimalFullDoc('Ranking', 'NDCG@10 of at least 0.4.');
    assert.deepEqual(lint(text, { config: { limits: { maxChars: 100 } } }).diagnostics.map((d) => d.ruleId), ['document-limit']);
    assert.match(lint(text, { config: { limits: { maxLines: 10 } } }).diagnostics[0]!.message, /lines, more than the limit of 10\./);
    assert.ok(!lint(text, { config: { limits: { maxChars: 100_000 } } }).diagnostics.some((d) => d.ruleId === 'document-limit'));
  });

  it('a parser that runs out of stack is one internal-error finding, and the next document lints', () => {
    // Limits raised so the document reaches the parser, which then overflows the stack.
    const result = lint(deepQuote(5000), { config: { limits: { maxDepth: 1_000_000 } } });
    assert.deepEqual(result.diagnostics.map((d) => d.ruleId), ['internal-error']);
    assert.match(result.diagnostics[0]!.message, /too deeply nested/);
    const next = lint(minimalFullDoc('Ranking', 'Low latency.'), { force: true });
    assert.ok(next.diagnostics.length > 0 && !next.diagnostics.some((d) => d.ruleId === 'internal-error'));
  });
});

describe('CLI with one hostile file in a folder', () => {
  it('reports the other files, one finding for the hostile one, and exits 2', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-hostile-'));
    fs.writeFileSync(path.join(dir, 'a-deep.md'), deepList(1200)); // not a design doc, found by walking
    fs.writeFileSync(path.join(dir, 'b-quotes.md'), deepQuote(1700));
    fs.writeFileSync(path.join(dir, 'c-design.md'), '---\nmldoc: true\n---\n# Fraud\n\n## Problem statement\nTBD\n');
    const { code, stdout, stderr } = mldoc(['check', '--format', 'json', '.'], dir);
    assert.equal(code, 2, stderr);
    const reports = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const byFile = Object.fromEntries(reports.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]));
    assert.deepEqual(byFile['a-deep.md'], ['document-limit']);
    assert.deepEqual(byFile['b-quotes.md'], ['document-limit']);
    assert.ok(byFile['c-design.md']!.includes('required-section'), 'the design doc is still checked');
    assert.doesNotMatch(stderr, /RangeError|at .*\.js/, 'no stack trace');
  });

  it('a parser crash exits 2 with the finding, not 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-hostile-'));
    fs.writeFileSync(path.join(dir, '.mldoc.json'), JSON.stringify({ limits: { maxDepth: 1_000_000 } }));
    fs.writeFileSync(path.join(dir, 'quotes.md'), deepQuote(5000));
    const { code, stdout } = mldoc(['check', 'quotes.md'], dir);
    assert.equal(code, 2);
    assert.match(stdout, /internal-error/);
  });
});

describe('front matter', () => {
  it('invalid YAML is a finding at the YAML error, not ignored', () => {
    const text = '---\nmldoc: true\nprofile: [requirements\nstatus: draft\n---\n# Spam filter\n\n## Problem statement\n\nSpam.\n';
    const finding = lint(text, { force: true }).diagnostics.find((d) => d.ruleId === 'front-matter');
    assert.ok(finding, 'a front-matter finding');
    assert.ok(finding.range.start.line >= 3 && finding.range.start.line <= 5, JSON.stringify(finding.range));
    assert.match(finding.message, /^Invalid front matter: /);
  });

  it('a YAML alias bomb in front matter is a finding, not a hang or a crash', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => {
      const prev = String.fromCharCode('a'.charCodeAt(0) + i);
      return `${k}: &${k} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
    }), '---', '# Doc', ''].join('\n');
    const result = lint(bomb, { force: true });
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'front-matter'));
  });
});
