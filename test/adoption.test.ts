// Adopting mldoc-lint on a repository with existing findings: a baseline that survives lines
// moving, and suppression comments with reasons, expiry dates, and reports of unknown ids and
// unused comments.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { CORPUS, runMldocLint, tempWorkspace } from './helpers.js';

const doc = (body: string) => `---\nmldoc: true\n---\n# Ranking\n\n## Problem statement\nRank items.\n\n${body}`;
const findings = (text: string, today?: string) => lint(text, { force: true, ...(today ? { today } : {}) }).diagnostics
  .filter((d) => d.ruleId === 'placeholder-text' || d.ruleId === 'suppression-directive')
  .map((d) => `${d.range.start.line} ${d.ruleId}`);

describe('suppression comments with reasons and expiry', () => {
  it('takes a reason after " -- " (it used to be read as rule ids and disable nothing)', () => {
    assert.deepEqual(findings(doc('<!-- mldoc-disable-next-line placeholder-text -- owner named on Monday -->\nOwner: TBD\n')), []);
    assert.deepEqual(findings(doc('<!-- mldoc-disable -- whole doc is a skeleton -->\nOwner: TBD\n')), []);
    assert.deepEqual(findings(doc('<!-- mldoc-disable-file placeholder-text -- generated file -->\nOwner: TBD\n')), []);
  });

  it('stops suppressing after its "until" date, and says so', () => {
    const text = doc('<!-- mldoc-disable-next-line placeholder-text until 2027-03-31 -- waiting on hiring -->\nOwner: TBD\n');
    assert.deepEqual(findings(text, '2027-03-31'), []); // the last day still counts
    assert.deepEqual(findings(text, '2027-04-01'), ['9 suppression-directive', '10 placeholder-text']);
    const expired = lint(text, { force: true, today: '2027-04-01' }).diagnostics.find((d) => d.ruleId === 'suppression-directive')!;
    assert.match(expired.message, /expired on 2027-03-31/);
    // The date may come after the reason too.
    assert.deepEqual(findings(doc('<!-- mldoc-disable-next-line placeholder-text -- hiring, until 2020-01-01 -->\nOwner: TBD\n')),
      ['9 suppression-directive', '10 placeholder-text']);
  });

  it('reports unknown rule ids and comments that suppress nothing, but never suppresses those reports', () => {
    const text = doc('<!-- mldoc-disable-next-line placeholder-txt, placeholder-text -->\nOwner: TBD\n\n<!-- mldoc-disable placeholder-text -->\nAll done.\n');
    const result = lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'suppression-directive');
    assert.deepEqual(result.map((d) => [d.range.start.line, d.message.split(':')[0]]), [
      [9, 'Unknown rule "placeholder-txt" in mldoc-disable-next-line'],
      [12, 'Unused mldoc-disable for "placeholder-text"'],
    ]);
    // A directive for a rule that is off is not "unused".
    const off = lint(doc('<!-- mldoc-disable-next-line ownership -->\nOwner: none\n'), { force: true, config: { rules: { ownership: 'off' } } });
    assert.deepEqual(off.diagnostics.filter((d) => d.ruleId === 'suppression-directive'), []);
  });
});

describe('--baseline and --update-baseline', () => {
  const DRAFT = doc('## Success metrics\nNDCG@10 of at least 0.4.\n\nOwner: TBD\n\nTeam: TBD\n');

  it('records findings, passes while they stay, survives lines moving, and fails on a new one', () => {
    const dir = tempWorkspace({ 'docs/a.md': DRAFT, '.mldoc.json': JSON.stringify({ rules: { 'required-section': 'off' } }) });
    const update = runMldocLint(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs/'], { cwd: dir });
    assert.equal(update.code, 0, update.stderr);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
    assert.equal(baseline.version, 1);
    assert.deepEqual(Object.keys(baseline.files), ['docs/a.md']);
    assert.ok(baseline.files['docs/a.md'].some((e: { ruleId: string }) => e.ruleId === 'placeholder-text'));
    assert.ok(baseline.files['docs/a.md'].every((e: { fingerprint: string }) => /^[0-9a-f]{16}:\d+$/.test(e.fingerprint)));

    const clean = runMldocLint(['check', '--baseline', 'baseline.json', 'docs/'], { cwd: dir });
    assert.equal(clean.code, 0, clean.stdout);
    assert.match(clean.stdout, /No problems \(.*\)\n  \d+ known findings? left out by the baseline\./);

    // Lines move: a paragraph added above the findings changes no fingerprint.
    fs.writeFileSync(path.join(dir, 'docs/a.md'), DRAFT.replace('Rank items.\n', 'Rank items.\n\nThe feed shows 50 items per page.\n\n'));
    assert.equal(runMldocLint(['check', '--baseline', 'baseline.json', 'docs/'], { cwd: dir }).code, 0);

    // One new finding fails, and only it is reported; a second identical line is new too.
    fs.appendFileSync(path.join(dir, 'docs/a.md'), '\nLead: TBD\n\nTeam: TBD\n');
    const after = runMldocLint(['check', '--format', 'json', '--baseline', 'baseline.json', 'docs/'], { cwd: dir });
    const [report] = JSON.parse(after.stdout);
    assert.deepEqual(report.messages.map((m: { ruleId: string; line: number }) => `${m.ruleId} ${m.line}`),
      ['placeholder-text 19', 'placeholder-text 21']);
    assert.equal(after.code, 0); // placeholder-text is a warning
    assert.equal(runMldocLint(['check', '--max-warnings', '0', '--baseline', 'baseline.json', 'docs/'], { cwd: dir }).code, 1);
  });

  it('says clearly when the baseline file is missing or not a baseline', () => {
    const dir = tempWorkspace({ 'a.md': DRAFT, 'bad.json': '{"version": 2}' });
    const missing = runMldocLint(['check', '--baseline', 'nope.json', 'a.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: cannot read baseline \(ENOENT\); create it with --update-baseline/);
    assert.match(runMldocLint(['check', '--baseline', 'bad.json', 'a.md'], { cwd: dir }).stderr, /not an mldoc-lint baseline/);
  });

  it('adopts the real corpus: a baseline passes, then one new finding fails', { skip: !fs.existsSync(CORPUS) && `no corpus at ${CORPUS}` }, () => {
    // The corpus is copied into a temp folder at test time (never into the project).
    const docsDir = path.join(CORPUS, 'docs');
    const dir = tempWorkspace({});
    fs.cpSync(docsDir, path.join(dir, 'docs'), { recursive: true });
    const update = runMldocLint(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs/'], { cwd: dir });
    assert.equal(update.code, 0, update.stderr);
    const recorded = Object.values(JSON.parse(fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8')).files).flat().length;
    assert.ok(recorded > 100, `${recorded} findings recorded`);
    const passes = runMldocLint(['check', '--format', 'json', '--baseline', 'baseline.json', 'docs/'], { cwd: dir });
    assert.equal(passes.code, 0, passes.stderr);
    assert.deepEqual(JSON.parse(passes.stdout).flatMap((r: { messages: unknown[] }) => r.messages), []);
    // One doc gets lines moved (two blank lines after its first line) and one new placeholder at its end.
    const report = JSON.parse(passes.stdout).find((r: { linted: boolean }) => r.linted);
    const text = fs.readFileSync(report.filePath, 'utf8');
    const firstBreak = text.indexOf('\n') + 1;
    fs.writeFileSync(report.filePath, `${text.slice(0, firstBreak)}\n\n${text.slice(firstBreak)}\n\nOwner: TBD\n`);
    const fails = runMldocLint(['check', '--format', 'json', '--max-warnings', '0', '--baseline', 'baseline.json', 'docs/'], { cwd: dir });
    const fresh = JSON.parse(fails.stdout).flatMap((r: { messages: Array<{ ruleId: string; message: string }> }) => r.messages);
    assert.deepEqual(fresh.map((m: { ruleId: string; message: string }) => `${m.ruleId}: ${m.message}`), [
      'placeholder-text: Template placeholder "TBD" left in the text: replace it with the real content.',
    ]);
    assert.equal(fails.code, 1);
  });
});
