// The example docs in examples/ are the README's demo: the complete ones lint clean, the draft
// shows one finding of each kind it was written to show.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { ROOT } from './helpers.js';

const read = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

describe('examples', () => {
  for (const [name, profile] of [['fraud-scoring.md', 'full'], ['requirements-spam-filter.md', 'requirements'], ['interview-video-recommendations.md', 'interview']]) {
    it(`${name} is a ${profile} design doc with no findings at all`, () => {
      const result = lint(read(name!));
      assert.equal(result.isDesignDoc, true);
      assert.equal(result.profile, profile);
      assert.deepEqual(result.diagnostics.map((d) => `${d.range.start.line} ${d.ruleId}: ${d.message}`), []);
    });
  }

  it('feed-ranking-draft.md shows the problems it was written with', () => {
    const result = lint(read('feed-ranking-draft.md'));
    assert.equal(result.isDesignDoc, true);
    const rules = new Set(result.diagnostics.map((d) => d.ruleId));
    for (const id of ['placeholder-text', 'latency-unquantified', 'metric-threshold', 'metric-task-mismatch', 'split-leakage',
      'objective-weights', 'latency-budget-sum', 'tradeoff-table', 'risk-table', 'rollback-plan', 'rollout-phases', 'empty-section', 'ownership']) {
      assert.ok(rules.has(id), `expected a ${id} finding`);
    }
  });
});
