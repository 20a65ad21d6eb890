// mldoc-lint check --fix / --fix-dry-run: the editor's fixes applied to files, to a fixed point,
// deleting nothing but the weights they rescale, written atomically.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deletesNoText, fixToFixedPoint } from '../server/src/cli/fix.js';
import { lint, LineIndex } from '../server/src/engine/index.js';
import { ROOT, runMldocLint, tempWorkspace } from './helpers.js';

const DRAFT = fs.readFileSync(path.join(ROOT, 'examples', 'feed-ranking-draft.md'), 'utf8');

/** The lines of `before` that are missing from `after`, in order (a line-level subsequence check). */
function removedLines(before: string, after: string): string[] {
  const rest = after.split('\n');
  const removed: string[] = [];
  let at = 0;
  for (const line of before.split('\n')) {
    const found = rest.indexOf(line, at);
    if (found < 0) removed.push(line);
    else at = found + 1;
  }
  return removed;
}

function isSubsequence(small: string, big: string): boolean {
  let at = 0;
  for (const char of small) {
    at = big.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe('mldoc-lint check --fix', () => {
  it('applies the fixes, keeps every line but the rescaled weights, and a second run changes nothing', () => {
    const dir = tempWorkspace({ 'draft.md': DRAFT });
    const file = path.join(dir, 'draft.md');
    fs.chmodSync(file, 0o640);
    const first = runMldocLint(['check', '--fix', '--format', 'json', 'draft.md'], { cwd: dir });
    assert.equal(first.code, 1, first.stderr); // errors that no fix can settle remain
    const fixed = fs.readFileSync(file, 'utf8');
    // Lines changed: one got an insertion, three weights were rescaled; every other line is kept.
    assert.deepEqual(removedLines(DRAFT, fixed), ['respond quickly even at peak.', '- Engagement: 60%', '- Diversity: 30%', '- Freshness: 20%']);
    // Character by character, the draft (numbers aside) is still all there, in order.
    assert.ok(isSubsequence(DRAFT.replace(/\d+/g, ''), fixed.replace(/\d+/g, '')), 'no text was deleted');
    assert.match(fixed, /^- Engagement: 55%\n- Diversity: 27%\n- Freshness: 18%$/m);
    assert.match(fixed, /^respond quickly even at peak \(p99 ≤ \[N\] ms\)\.$/m);
    assert.match(fixed, /### Rollback plan\n\n- \*\*Mechanism\*\*/);
    // The report is about the fixed text: the fixed findings are gone.
    const [report] = JSON.parse(first.stdout);
    const rules = report.messages.map((m: { ruleId: string; message: string }) => `${m.ruleId}: ${m.message}`).join('\n');
    assert.doesNotMatch(rules, /^objective-weights/m);
    assert.match(rules, /^rollback-plan: Rollback plan is left as a placeholder/m); // the inserted skeleton is to fill in
    // Atomic write: same mode, no temp file left behind.
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['draft.md']);
    // Idempotent: nothing left to change.
    const again = runMldocLint(['check', '--fix-dry-run', 'draft.md'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.equal(again.stdout, '');
    runMldocLint(['check', '--fix', 'draft.md'], { cwd: dir });
    assert.equal(fs.readFileSync(file, 'utf8'), fixed);
  });

  it('--fix-dry-run prints a unified diff, exits 1 and writes nothing', () => {
    const dir = tempWorkspace({ 'draft.md': DRAFT });
    const { code, stdout, stderr } = runMldocLint(['check', '--fix-dry-run', 'draft.md'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(fs.readFileSync(path.join(dir, 'draft.md'), 'utf8'), DRAFT);
    assert.match(stdout, /^--- a\/draft\.md\n\+\+\+ b\/draft\.md\n@@ /);
    assert.match(stdout, /^-- Engagement: 60%\n-- Diversity: 30%\n-- Freshness: 20%\n\+- Engagement: 55%$/m);
    assert.match(stderr, /--fix would change 1 file/);
    // Standard input can be previewed but not fixed in place.
    assert.match(runMldocLint(['check', '--fix-dry-run', '-'], { cwd: dir, input: DRAFT }).stdout, /\+### Rollback plan/);
    const stdinFix = runMldocLint(['check', '--fix', '-'], { cwd: dir, input: DRAFT });
    assert.equal(stdinFix.code, 2);
    assert.match(stdinFix.stderr, /--fix cannot write to standard input/);
  });

  it('writes through a symlink and leaves a clean doc untouched', () => {
    const dir = tempWorkspace({ 'real/draft.md': DRAFT, 'clean.md': fs.readFileSync(path.join(ROOT, 'examples', 'fraud-scoring.md'), 'utf8') });
    fs.symlinkSync(path.join(dir, 'real', 'draft.md'), path.join(dir, 'link.md'));
    const cleanBefore = fs.statSync(path.join(dir, 'clean.md')).mtimeMs;
    runMldocLint(['check', '--fix', 'link.md', 'clean.md'], { cwd: dir });
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.match(fs.readFileSync(path.join(dir, 'real', 'draft.md'), 'utf8'), /### Rollback plan/);
    assert.equal(fs.statSync(path.join(dir, 'clean.md')).mtimeMs, cleanBefore);
  });

  it('refuses a fix that would delete words, and stops at a fixed point', () => {
    const text = 'Weights: 60% and 30% and 20%\n';
    const lines = new LineIndex(text);
    const range = { start: { line: 1, column: 10 }, end: { line: 1, column: 29 } };
    assert.equal(deletesNoText(text, lines, { range, text: '55% and 27% and 18%' }), true);
    assert.equal(deletesNoText(text, lines, { range, text: '55%, 27%' }), false);
    assert.equal(deletesNoText(text, lines, { range: { start: range.start, end: range.start }, text: 'anything' }), true);
    const outcome = fixToFixedPoint(DRAFT, (t) => lint(t, { force: true }));
    assert.equal(outcome.settled, true);
    assert.equal(outcome.refused, 0);
    assert.equal(fixToFixedPoint(outcome.text, (t) => lint(t, { force: true })).applied, 0);
  });
});
