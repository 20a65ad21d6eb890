// One long document of distinct sections: the corpus docs one after another (each heading made unique
// with a number) up to --lines lines, linted cold by mldoc and by markdownlint (default rules), each in
// a fresh process, the runs interleaved. Prints median wall and CPU time, peak RSS and the ratios.
// Usage: node scripts/bench-large.mjs [--lines 100000] [--passes 3] [--corpus DIR] [--mldoc CHECKOUT]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '100000' },
    passes: { type: 'string', default: '3' },
    corpus: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'corpus', 'docs') },
    child: { type: 'string' },
    file: { type: 'string' },
    // Another checkout's build to measure instead of this one (before/after comparisons).
    mldoc: { type: 'string', default: ROOT },
  },
});

if (values.child) {
  // One measured run in this process: read, lint, report times and peak memory as JSON.
  const text = fs.readFileSync(values.file, 'utf8');
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (values.child === 'mldoc') {
    const { lint } = await import(path.join(values.mldoc, 'out', 'server', 'src', 'engine', 'index.js'));
    const result = lint(text, { force: true, config: { limits: { maxChars: Infinity, maxLines: Infinity } } });
    const refused = result.diagnostics.find((d) => d.ruleId === 'document-limit' || d.ruleId === 'internal-error');
    if (refused) throw new Error(`not checked in full: ${refused.message}`);
  } else {
    const { lint } = await import('markdownlint/sync');
    lint({ strings: { doc: text } });
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

if (!fs.existsSync(values.corpus)) {
  console.error(`bench-large: no corpus at ${values.corpus}`);
  process.exit(2);
}
const target = Number(values.lines);
const docs = fs.readdirSync(values.corpus).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(values.corpus, f), 'utf8'));
const parts = [];
let lines = 0;
for (let round = 0; lines < target; round++) {
  for (const doc of docs) {
    // Unique headings (so no section repeats) and no front matter past the first doc.
    const text = doc.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/^(#{1,6}[ \t].*)$/gm, `$1 (${round}.${parts.length})`);
    parts.push(text.endsWith('\n') ? text : `${text}\n`);
    lines += text.split('\n').length;
    if (lines >= target) break;
  }
}
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-bench-large-')), 'large.md');
fs.writeFileSync(file, parts.join('\n').split('\n').slice(0, target).join('\n'));
lines = target;
const size = fs.statSync(file).size;

const run = (tool) => {
  const result = spawnSync(process.execPath, [import.meta.filename, '--child', tool, '--file', file, '--mldoc', values.mldoc], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const samples = { mldoc: [], markdownlint: [] };
try {
  for (let pass = 0; pass < Number(values.passes); pass++) {
    for (const tool of pass % 2 ? ['markdownlint', 'mldoc'] : ['mldoc', 'markdownlint']) samples[tool].push(run(tool));
  }
} finally {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
console.log(`one doc of ${lines} lines (${(size / 1e6).toFixed(1)} MB) from ${values.corpus}; ${values.passes} passes; load average ${os.loadavg()[0].toFixed(1)}`);
for (const [tool, runs] of Object.entries(samples)) {
  console.log(`${tool.padEnd(14)} wall ${median(runs.map((r) => r.wall)).toFixed(0).padStart(7)} ms   cpu ${median(runs.map((r) => r.cpu)).toFixed(0).padStart(7)} ms   peak RSS ${median(runs.map((r) => r.maxRssMb)).toFixed(0).padStart(5)} MB`);
}
const ratio = (key) => median(samples.mldoc.map((r, i) => r[key] / samples.markdownlint[i][key])).toFixed(2);
console.log(`ratio mldoc / markdownlint: wall ${ratio('wall')}x, cpu ${ratio('cpu')}x (aim <= 0.3x), peak RSS ${ratio('maxRssMb')}x (aim: mldoc <= 300 MB)`);
