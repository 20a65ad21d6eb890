// Linear rules: each pathological input (generated here, never stored) lints within 3× the bare
// parse of the same input, measured in the same run (ratios, not absolute times, so a slow machine
// does not fail it). Inputs beyond the limits are answered before the parser runs.
// The bare parse is the reference one: mdast-util-from-markdown with the whole of GFM and front matter
// (as in `npm run bench`), over mldoc's chunks. mldoc's own parse leaves out autolink literals and is
// several times cheaper on plain prose, which would make the yardstick shrink with every saving in it.
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { clearParseCache, lint } from '../server/src/engine/index.js';
import { splitIntoChunks } from '../server/src/engine/parse.js';
import { GUARDED_CASES, PATHOLOGICAL_CASES } from './fuzz/pathological.js';

function coldTime(run: () => void): number {
  clearParseCache();
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * The best of three cold runs of each, interleaved (parse, lint, parse, lint…) so that a busy
 * machine slows both alike; noise only ever adds time, so the minimum is the closest to the cost.
 */
function bestTimes(parse: () => void, lintIt: () => void): { parse: number; lint: number } {
  let best = { parse: Infinity, lint: Infinity };
  for (let i = 0; i < 3; i++) best = { parse: Math.min(best.parse, coldTime(parse)), lint: Math.min(best.lint, coldTime(lintIt)) };
  return best;
}

/** The reference parse of a text, in mldoc's chunks (no cache). */
function bareParse(text: string): void {
  const extensions = [gfm(), frontmatter(['yaml', 'toml'])];
  const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])];
  for (const chunk of splitIntoChunks(text)) fromMarkdown(chunk.text, { extensions, mdastExtensions });
}

const SCALE = 0.5;
/** Cases whose quadratic cost only shows above a size: run at full size. */
const FULL_SIZE = new Set(['rollout headings']);
const RATIO = 3;

describe('pathological inputs lint in time proportional to parsing them', () => {
  for (const c of PATHOLOGICAL_CASES) {
    it(`${c.name}: lint ≤ ${RATIO}× the bare parse`, () => {
      const text = c.make(FULL_SIZE.has(c.name) ? 1 : SCALE);
      const { parse, lint: linted } = bestTimes(() => bareParse(text), () => {
        const result = lint(text, { force: true });
        assert.ok(!result.diagnostics.some((d) => d.ruleId === 'internal-error' || d.ruleId === 'document-limit'), 'checked in full');
      });
      assert.ok(linted <= RATIO * parse, `${c.measure(text)}: lint ${linted.toFixed(0)} ms, parse ${parse.toFixed(0)} ms (ratio ${(linted / parse).toFixed(2)})`);
    });
  }

  for (const c of GUARDED_CASES) {
    it(`${c.name}: one document-limit finding, in less time than parsing an input the limits let through`, () => {
      const text = c.make(1);
      const allowed = c.atLimit();
      let result: ReturnType<typeof lint> | undefined;
      const { parse: parseAllowed, lint: linted } = bestTimes(() => bareParse(allowed), () => {
        result = lint(text, { force: true });
      });
      assert.deepEqual(result!.diagnostics.map((d) => d.ruleId), ['document-limit']);
      assert.ok(!lint(allowed, { force: true }).diagnostics.some((d) => d.ruleId === 'document-limit'), 'the smaller input is checked');
      assert.ok(linted <= RATIO * parseAllowed, `lint ${linted.toFixed(1)} ms, parse of the allowed input ${parseAllowed.toFixed(1)} ms`);
    });
  }
});
