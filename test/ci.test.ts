// CI cannot pass without the real editors: with CI set, a suite that cannot run fails instead of skipping.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cannotRun, ROOT } from './helpers.js';

function withCi<T>(value: string | undefined, body: () => T): T {
  const saved = process.env.CI;
  if (value === undefined) delete process.env.CI;
  else process.env.CI = value;
  try {
    return body();
  } finally {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  }
}

describe('a real-editor suite that cannot run', () => {
  it('skips, saying why, without CI', () => {
    const skipped: string[] = [];
    withCi(undefined, () => cannotRun({ skip: (m) => skipped.push(m ?? '') }, 'no nvim'));
    assert.deepEqual(skipped, ['no nvim']);
  });

  it('fails when CI is set', () => {
    const skipped: string[] = [];
    assert.throws(() => withCi('true', () => cannotRun({ skip: (m) => skipped.push(m ?? '') }, 'no nvim')), /CI is set.*no nvim/);
    assert.deepEqual(skipped, []);
  });

  it('.ci/run sets CI and installs the editors the suites drive', () => {
    const script = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    assert.match(script, /export CI=/);
    for (const pkg of ['neovim', 'chromium', 'libkrb5-dev']) assert.match(script, new RegExp(`need\\+=\\(${pkg}\\)`));
  });
});
