// The pathological-input table: each generated input (test/fuzz/pathological.ts) in a fresh Node
// process, with its size or depth, the bare parse time, the lint time, their ratio and the peak
// memory (max RSS) of that process. Usage: npm run bench:pathological [-- --scale 1 --only NAME]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const scale = Number(option('--scale') ?? 1);
const only = option('--only'); // run the cases whose name contains this
const { GUARDED_CASES, PATHOLOGICAL_CASES } = await import('../out/test/fuzz/pathological.js');

if (process.env.MLDOC_PATHOLOGICAL_CASE) {
  // Child: measure one case and print a JSON line.
  const { clearParseCache, lint } = await import('../out/server/src/engine/index.js');
  const { parseMarkdown } = await import('../out/server/src/engine/parse.js');
  const c = [...PATHOLOGICAL_CASES, ...GUARDED_CASES].find((x) => x.name === process.env.MLDOC_PATHOLOGICAL_CASE);
  const text = c.make(GUARDED_CASES.includes(c) ? 1 : scale);
  const time = (run) => {
    clearParseCache();
    const started = performance.now();
    try {
      run();
    } catch {
      // a guarded input may overflow the bare parser; the time until then is reported
    }
    return performance.now() - started;
  };
  const lintMs = time(() => lint(text, { force: true }));
  const rssAfterLint = process.resourceUsage().maxRSS;
  const guarded = GUARDED_CASES.includes(c);
  // The bare parse of a guarded input can take minutes (that is why it is guarded): time the
  // largest input of its kind that the limits let through instead.
  const parseText = guarded ? c.atLimit() : text;
  const parseMs = time(() => parseMarkdown(parseText));
  console.log(JSON.stringify({ measure: c.measure(text), lintMs, parseMs, guarded, maxRssMB: rssAfterLint / 1024, result: lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'document-limit').length ? 'document-limit' : 'checked' }));
} else {
  console.log('| input | size / depth | bare parse | lint | lint ÷ parse | peak RSS (lint) | result |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  for (const c of [...PATHOLOGICAL_CASES, ...GUARDED_CASES].filter((x) => !only || x.name.includes(only))) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--scale', String(scale)], {
      env: { ...process.env, MLDOC_PATHOLOGICAL_CASE: c.name }, encoding: 'utf8', maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out.trim().split('\n').pop());
    const parse = r.guarded ? `${r.parseMs.toFixed(0)} ms (at the limit)` : `${r.parseMs.toFixed(0)} ms`;
    const ratio = r.guarded ? '—' : (r.lintMs / r.parseMs).toFixed(2);
    console.log(`| ${c.name} | ${r.measure} | ${parse} | ${r.lintMs.toFixed(0)} ms | ${ratio} | ${r.maxRssMB.toFixed(0)} MB | ${r.result} |`);
  }
}
