// Another real LSP client: headless Neovim attaches `mldoc-lint-server --stdio` to a design doc
// and must receive the same findings, at the same places, as the engine gives (editor-agnostic).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { cannotRun, ROOT } from './helpers.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;

describe('Neovim as an LSP client', () => {
  it('receives the engine\'s diagnostics for a design doc', (t) => {
    if (!available) return cannotRun(t, 'nvim is not installed (.ci/run installs Debian\'s neovim)');
    const doc = path.join(ROOT, 'examples', 'feed-ranking-draft.md');
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test', 'editor', 'neovim-check.lua')}`, doc], {
      encoding: 'utf8', timeout: 60_000, env: { ...process.env, MLDOC_SERVER: path.join(ROOT, 'bin', 'mldoc-lint-server.js') },
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const received = run.stdout.trim().split('\n').map((line) => line.split(' ').slice(0, 2).join(' ')).sort();
    const expected = lint(fs.readFileSync(doc, 'utf8')).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId}`).sort();
    assert.ok(expected.length > 5);
    assert.deepEqual(received, expected);
  });
});
