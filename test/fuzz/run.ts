// The fuzzing run shared by `npm run fuzz` and the fixed-seed run in `npm test`: corpus documents
// (read at run time from ../shared/corpus, never copied) and generated Markdown, mutated with a
// seeded generator, each held to checkDocument's properties.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkDocument } from './check.js';
import { generateMarkdown, mutate, seededRandom } from './mutate.js';

export interface FuzzFailure {
  index: number;
  source: string;
  mutations: string[];
  failures: string[];
  text: string;
}

export interface FuzzReport {
  seed: number;
  docs: number;
  fromCorpus: number;
  generated: number;
  failures: FuzzFailure[];
  /** Fix-all needed more than one pass (what the first pass's insertions revealed; still one fix-all). */
  multiPass: number;
  totalMs: number;
  slowestLintMs: number;
  slowestSource: string;
}

export function corpusDocuments(dir: string): Array<{ name: string; text: string }> {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export function runFuzz(options: { seed: number; docs: number; corpusDir: string; onProgress?: (done: number) => void }): FuzzReport {
  const rand = seededRandom(options.seed);
  const corpus = corpusDocuments(options.corpusDir);
  const report: FuzzReport = {
    seed: options.seed, docs: options.docs, fromCorpus: 0, generated: 0, failures: [], multiPass: 0, totalMs: 0, slowestLintMs: 0, slowestSource: '',
  };
  const started = performance.now();
  for (let index = 0; index < options.docs; index++) {
    // Two in three from the corpus (when there is one), the rest generated; most of both mutated.
    const fromCorpus = corpus.length > 0 && rand() < 0.67;
    const base = fromCorpus ? corpus[Math.floor(rand() * corpus.length)]! : { name: 'generated', text: generateMarkdown(rand) };
    const { text, applied } = rand() < 0.9 ? mutate(rand, base.text) : { text: base.text, applied: [] };
    if (fromCorpus) report.fromCorpus++;
    else report.generated++;
    const outcome = checkDocument(text);
    if (outcome.multiPass) report.multiPass++;
    if (outcome.lintMs > report.slowestLintMs) {
      report.slowestLintMs = outcome.lintMs;
      report.slowestSource = `#${index} ${base.name}${applied.length ? ` + ${applied.join(' + ')}` : ''}`;
    }
    if (outcome.failures.length > 0) report.failures.push({ index, source: base.name, mutations: applied, failures: outcome.failures, text });
    options.onProgress?.(index + 1);
  }
  report.totalMs = performance.now() - started;
  return report;
}
