// A small fixed-seed fuzzing run inside npm test (the full run is `npm run fuzz`): seeded mutations
// of the corpus and generated Markdown hold every property in test/fuzz/check.ts.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS } from './helpers.js';
import { runFuzz } from './fuzz/run.js';

describe('fuzzing (fixed seed)', () => {
  it('200 mutated and generated documents: no throw, no internal error, positions inside, time bounded, no line lost, fix-all settles in one run and a second changes nothing', () => {
    const report = runFuzz({ seed: 2026, docs: 200, corpusDir: path.join(CORPUS, 'docs') });
    const shown = report.failures.map((f) => `#${f.index} ${f.source} + ${f.mutations.join(' + ')}: ${f.failures.join('; ').slice(0, 300)}`);
    assert.deepEqual(shown, []);
  });
});
