// npm run fuzz [-- --seed N --docs N --corpus DIR]: lints seeded mutations of the corpus documents
// and generated Markdown, checking that lint never throws or reports an internal error, every
// position is inside the text, lint time stays within a bound of the bare parse, fixes lose no line,
// and fix-all settles within one run and is idempotent (fix-all twice = fix-all once). Failing
// documents are written to a temporary folder to reproduce; exit 1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFuzz } from '../out/test/fuzz/run.js';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const seed = Number(arg('seed', '1'));
const docs = Number(arg('docs', '3000'));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(arg('corpus', path.join(root, '..', 'shared', 'corpus', 'docs')));
if (!Number.isInteger(seed) || !Number.isInteger(docs) || docs < 1) {
  console.error('usage: npm run fuzz -- [--seed N] [--docs N] [--corpus DIR]');
  process.exit(2);
}
if (!fs.existsSync(corpusDir)) console.error(`mldoc fuzz: no corpus at ${corpusDir}; generated Markdown only`);

const report = runFuzz({
  seed, docs, corpusDir,
  onProgress: (done) => { if (done % 500 === 0) process.stderr.write(`  ${done}/${docs}\n`); },
});
console.log(`mldoc fuzz: seed ${report.seed}, ${report.docs} docs (${report.fromCorpus} from the corpus, ${report.generated} generated), ${(report.totalMs / 1000).toFixed(1)} s`);
console.log(`  failures: ${report.failures.length}`);
console.log(`  fix-all needed more than one pass inside one run (then settled): ${report.multiPass}`);
console.log(`  slowest lint: ${report.slowestLintMs.toFixed(0)} ms (${report.slowestSource})`);
if (report.failures.length > 0) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `mldoc-fuzz-${seed}-`));
  for (const failure of report.failures) {
    const file = path.join(out, `${failure.index}.md`);
    fs.writeFileSync(file, failure.text);
    console.log(`  #${failure.index} ${failure.source} + ${failure.mutations.join(' + ') || '(no mutation)'} -> ${file}`);
    for (const line of failure.failures) console.log(`      ${line.split('\n')[0]}`);
  }
  process.exitCode = 1;
}
