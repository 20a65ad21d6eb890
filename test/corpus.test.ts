// The real corpus in ../shared/corpus (read at test time, never copied here), linted in folder mode and
// held to the reviewed findings: every finding has a verdict a person gave by reading the doc, no
// reviewed finding vanishes unnoticed, and detection stays as reviewed. `npm run eval` prints the
// scores and the rows to review when this fails.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS } from './helpers.js';
import { evaluate, lintCorpus, loadDetection, loadReview } from './evaluation.js';

const DOCS = path.join(CORPUS, 'docs');
const available = fs.existsSync(DOCS);

describe('real corpus', { skip: available ? false : `no corpus at ${DOCS} (it lives in ../shared beside the repo)` }, () => {
  const run = available ? lintCorpus(DOCS) : null;

  it('lints every document SOURCES.tsv lists, with no rule crashing', () => {
    const listed = fs.readFileSync(path.join(CORPUS, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t')[0]);
    assert.deepEqual([...run!.linted.keys()], [...listed].sort());
    assert.deepEqual(run!.internalErrors, []);
  });

  it('reports only findings a person has reviewed, and every reviewed one still (npm run eval lists the difference)', () => {
    const e = evaluate(run!, loadReview(), loadDetection());
    const show = (rows: Array<{ file: string; rule: string; line: number; column: number }>) => rows.slice(0, 20).map((r) => `${r.file} ${r.rule} ${r.line}:${r.column}`).join('\n');
    assert.equal(e.unreviewed.length, 0, `findings nobody reviewed:\n${show(e.unreviewed)}`);
    assert.equal(e.vanished.length, 0, `reviewed findings no longer reported:\n${show(e.vanished)}`);
    assert.equal(e.nowFound.length, 0, `reviewed misses now reported (review them as findings):\n${show(e.nowFound)}`);
  });

  it('detects design docs as the detection review recorded', () => {
    const e = evaluate(run!, loadReview(), loadDetection());
    assert.deepEqual(e.detectionMoved, []);
  });
});
