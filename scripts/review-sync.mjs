// Keeps test/corpus-review.tsv in step with the linter after a change, for the facts that need no
// judgement, and adds the verdicts a person gave for new findings:
//   - a reviewed false or debatable finding that is no longer reported is dropped (the change fixed it);
//   - a reviewed true finding that is no longer reported becomes a recorded miss (recall lost, visibly);
//   - a recorded miss now reported at its line becomes a true finding at that place;
//   - `--add FILE` takes rows "file<TAB>rule<TAB>line<TAB>column<TAB>verdict<TAB>reason" for findings
//     `npm run eval` lists as not reviewed (the subject is filled in from the finding).
// Prints every change; review the diff of the TSV before committing.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, findingKey, lintCorpus, loadDetection, loadReview, REVIEW_FILE } from '../out/test/evaluation.js';

const { values } = parseArgs({ options: { add: { type: 'string' }, corpus: { type: 'string', default: path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'docs') } } });
const run = lintCorpus(values.corpus);
let review = loadReview();
const e = evaluate(run, review, loadDetection());
const drop = new Set();
for (const v of e.vanished) {
  if (v.verdict === 'true') {
    console.log(`true -> missed: ${v.file} ${v.rule} ${v.line} ${v.subject}`);
    v.verdict = 'missed';
    v.reason = `${v.reason} (reported before; no longer)`;
  } else {
    console.log(`dropped (${v.verdict}, no longer reported): ${v.file} ${v.rule} ${v.line} ${v.subject}`);
    drop.add(v);
  }
}
for (const m of e.nowFound) {
  const found = run.findings.find((f) => f.file === m.file && f.rule === m.rule && f.line === m.line && !review.some((r) => findingKey(r) === findingKey(f)));
  if (!found) continue;
  console.log(`missed -> true: ${m.file} ${m.rule} ${m.line}`);
  Object.assign(m, { column: found.column, subject: found.subject, verdict: 'true', reason: `${m.reason} (a reviewed miss, now reported)` });
}
review = review.filter((r) => !drop.has(r));
if (values.add) {
  for (const row of fs.readFileSync(values.add, 'utf8').trim().split('\n')) {
    const [file, rule, line, column, verdict, reason] = row.split('\t');
    const found = run.findings.find((f) => f.file === file && f.rule === rule && f.line === Number(line) && f.column === Number(column));
    if (!found) throw new Error(`no such finding: ${row}`);
    review.push({ ...found, verdict, reason });
    console.log(`added (${verdict}): ${file} ${rule} ${line}:${column}`);
  }
}
const header = 'file\trule\tline\tcolumn\tsubject\tverdict\treason';
fs.writeFileSync(REVIEW_FILE, [header, ...review.map((r) => [r.file, r.rule, r.line, r.column, r.subject, r.verdict, r.reason].join('\t'))].join('\n') + '\n');
