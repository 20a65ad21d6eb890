// The CLI as a user runs it, one whole process per run, against markdownlint-cli2 on the same files
// in the same run: start-up (`--version` against `node -e 0`), a cold check of the corpus folder
// (default --concurrency, one thread per core, one thread), and a re-check with a warm --cache. Figures are
// medians over passes that interleave the contenders; ratios are taken per pass, then their median.
// Part of `npm run bench`; alone: node scripts/bench-cli.mjs [--passes N] [--corpus DIR]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'mldoc-lint.js');
const CORES = os.availableParallelism();
const CLI2 = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Runs a command to completion with its output discarded; milliseconds of wall time. */
function timed(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Exit 1 is "findings"; anything else means the run did not do the work being timed.
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} in ${cwd} failed (${result.status ?? result.signal})`);
  return ms;
}

export function benchCli({ corpus, passes }) {
  if (!(passes >= 1)) {
    console.log(`\nCLI whole-process comparison skipped: --cli-passes ${passes}`);
    return;
  }
  if (!fs.existsSync(corpus)) {
    console.log(`\nCLI whole-process comparison skipped: no corpus at ${corpus}`);
    return;
  }
  if (!fs.existsSync(CLI2)) {
    console.log('\nCLI whole-process comparison skipped: markdownlint-cli2 is not installed (npm ci)');
    return;
  }
  const files = fs.readdirSync(corpus).filter((f) => /\.(md|markdown)$/i.test(f));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-bench-cache-'));
  const cacheFile = path.join(cacheDir, 'cache');
  const contenders = {
    'node -e 0': [['-e', '0'], ROOT],
    'mldoc-lint --version': [[BIN, '--version'], ROOT],
    'markdownlint-cli2 "*.md"': [[CLI2, '*.md'], corpus],
    'mldoc-lint check . (cold)': [[BIN, 'check', '.'], corpus],
    [`mldoc-lint check --concurrency ${CORES} . (cold)`]: [[BIN, 'check', '--concurrency', String(CORES), '.'], corpus],
    'mldoc-lint check --concurrency 1 . (cold)': [[BIN, 'check', '--concurrency', '1', '.'], corpus],
    'mldoc-lint check --cache . (warm cache)': [[BIN, 'check', '--cache', '--cache-location', cacheFile, '.'], corpus],
  };
  try {
    const names = Object.keys(contenders);
    for (const name of names) timed(...contenders[name]); // warm-up (file system caches) and the cache filled
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    for (let pass = 0; pass < passes; pass++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(pass + k) % names.length];
        samples[name].push(timed(...contenders[name]));
      }
    }
    console.log(`\nCLI, whole process on the corpus folder (${files.length} files, ${CORES} cores, load average ${os.loadavg()[0].toFixed(1)}), ${passes} passes after 1 warm-up:`);
    for (const name of names) console.log(`${name.padEnd(56)} median ${median(samples[name]).toFixed(0).padStart(8)} ms`);
    const ratio = (a, b) => median(samples[a].map((value, i) => value / samples[b][i])).toFixed(2);
    const peer = 'markdownlint-cli2 "*.md"';
    console.log(`\nratio mldoc-lint cold / markdownlint-cli2:              ${ratio('mldoc-lint check . (cold)', peer)}x   (aim <= 0.5x)`);
    console.log(`ratio mldoc-lint cold, --concurrency ${CORES} / markdownlint-cli2: ${ratio(`mldoc-lint check --concurrency ${CORES} . (cold)`, peer)}x`);
    console.log(`ratio mldoc-lint cold, --concurrency 1 / markdownlint-cli2: ${ratio('mldoc-lint check --concurrency 1 . (cold)', peer)}x`);
    console.log(`ratio mldoc-lint warm --cache / markdownlint-cli2:       ${ratio('mldoc-lint check --cache . (warm cache)', peer)}x   (aim <= 0.1x)`);
    console.log(`ratio mldoc-lint --version / node -e 0:                   ${ratio('mldoc-lint --version', 'node -e 0')}x`);
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      passes: { type: 'string', default: '5' },
      corpus: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'corpus', 'docs') },
    },
  });
  benchCli({ corpus: values.corpus, passes: Number(values.passes) });
}
