// npm run eval: precision, recall and false findings per 1,000 lines on the real corpus, per rule,
// against the reviewed findings in test/corpus-review.tsv. Prints findings nobody has reviewed yet as
// TSV rows to judge (read the doc, set the verdict, add them to the file).
//   node scripts/eval.mjs [--corpus DIR]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, formatEvaluation, lintCorpus, loadDetection, loadReview } from '../out/test/evaluation.js';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'docs') } } });
if (!fs.existsSync(values.corpus)) {
  console.error(`eval: no corpus at ${values.corpus} (it lives in ../shared beside the repo)`);
  process.exit(2);
}
const run = lintCorpus(values.corpus);
const e = evaluate(run, loadReview(), loadDetection());
console.log(formatEvaluation(e));
if (e.unreviewed.length) {
  console.log(`\n${e.unreviewed.length} findings not reviewed yet (file, rule, line, column, subject, verdict?, message):`);
  for (const f of e.unreviewed) console.log([f.file, f.rule, f.line, f.column, f.subject, '?', f.message.slice(0, 160)].join('\t'));
}
for (const v of e.vanished) console.log(`no longer reported (reviewed ${v.verdict}): ${v.file} ${v.rule} ${v.line}:${v.column} ${v.subject}`);
for (const v of e.nowFound) console.log(`now reported (reviewed as a miss): ${v.file} ${v.rule} ${v.line}:${v.column}`);
for (const d of e.detectionMoved) console.log(`detection moved: ${d}`);
if (run.internalErrors.length) console.log(run.internalErrors.join('\n'));
