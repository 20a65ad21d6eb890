// npm run bench: lints every corpus document in one process and, in the same run, times a bare
// mdast-util-from-markdown parse (GFM + front matter) of the same text and markdownlint with its
// default rules. Prints median and p95 per pass and the ratios. Then the CLI as whole processes
// against markdownlint-cli2 (scripts/bench-cli.mjs). Usage:
//   node scripts/bench.mjs [--passes N] [--cli-passes N] [--corpus DIR]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lint as markdownlint } from 'markdownlint/sync';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { lint } from '../out/server/src/engine/index.js';
import { suspendParseCache } from '../out/server/src/engine/parse.js';
import { benchCli } from './bench-cli.mjs';

const { values } = parseArgs({
  options: {
    passes: { type: 'string', default: '9' },
    'cli-passes': { type: 'string', default: '5' },
    corpus: { type: 'string', default: path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'docs') },
  },
});
const passes = Number(values.passes);
if (!fs.existsSync(values.corpus)) {
  console.error(`bench: no corpus at ${values.corpus}`);
  process.exit(2);
}
const files = fs.readdirSync(values.corpus).filter((f) => f.endsWith('.md')).sort();
const docs = files.map((f) => fs.readFileSync(path.join(values.corpus, f), 'utf8'));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const lines = docs.reduce((n, d) => n + d.split('\n').length, 0);

const contenders = {
  // As `mldoc-lint check` lints: each file once, no tree kept for a next lint (see cli/check.ts).
  'mldoc, all rules (no tree cache, as check)': () => {
    const resume = suspendParseCache();
    try {
      for (const text of docs) lint(text, { force: true });
    } finally {
      resume();
    }
  },
  'bare parse (mdast + GFM + front matter)': () => {
    for (const text of docs) {
      fromMarkdown(text, { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
    }
  },
  'markdownlint 0.40, default rules': () => {
    markdownlint({ strings: Object.fromEntries(docs.map((text, i) => [String(i), text])) });
  },
};

// One edit in the middle of the longest doc, re-linted with the chunk cache warm: the keystroke case.
// The text before the edit is linted first, untimed: another row may have emptied the cache since this
// row last ran (the corpus row runs without it), and then the timed lint would parse every section.
// A row that returns a number reports that as its time.
const longest = docs.reduce((a, b) => (b.length > a.length ? b : a));
const middle = longest.indexOf('\n', Math.floor(longest.length / 2)) + 1;
const edited = (char) => longest.slice(0, middle) + char + longest.slice(middle);
let toggle = false;
contenders['mldoc, one keystroke in the longest doc (warm cache)'] = () => {
  toggle = !toggle;
  lint(edited(toggle ? 'y' : 'x'), { force: true });
  const start = process.hrtime.bigint();
  lint(edited(toggle ? 'x' : 'y'), { force: true });
  return Number(process.hrtime.bigint() - start) / 1e6;
};

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

console.log(`corpus: ${files.length} docs, ${lines} lines, ${(bytes / 1e6).toFixed(2)} MB; ${passes} passes after 1 warm-up; node ${process.version}`);
const names = Object.keys(contenders);
for (const name of names) contenders[name](); // warm-up: JIT and module caches, not counted
// Passes interleave the contenders (in a rotating order), so machine noise and heap growth fall
// on all of them alike; ratios are taken per pass, then their median.
const samples = Object.fromEntries(names.map((name) => [name, []]));
for (let pass = 0; pass < passes; pass++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(pass + k) % names.length];
    const start = process.hrtime.bigint();
    const own = contenders[name]();
    samples[name].push(typeof own === 'number' ? own : Number(process.hrtime.bigint() - start) / 1e6);
  }
}
for (const name of names) {
  const { median, p95 } = stats(samples[name]);
  console.log(`${name.padEnd(56)} median ${median.toFixed(1).padStart(8)} ms   p95 ${p95.toFixed(1).padStart(8)} ms`);
}
const ratio = (a, b) => stats(samples[a].map((value, i) => value / samples[b][i]));
const vsParse = ratio('mldoc, all rules (no tree cache, as check)', 'bare parse (mdast + GFM + front matter)');
const vsPeer = ratio('mldoc, all rules (no tree cache, as check)', 'markdownlint 0.40, default rules');
console.log(`\nratio mldoc / bare parse:   median ${vsParse.median.toFixed(2)}x, p95 ${vsParse.p95.toFixed(2)}x`);
console.log(`ratio mldoc / markdownlint: median ${vsPeer.median.toFixed(2)}x, p95 ${vsPeer.p95.toFixed(2)}x`);

benchCli({ corpus: values.corpus, passes: Number(values['cli-passes']) });
