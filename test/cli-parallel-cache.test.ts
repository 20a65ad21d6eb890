// `check --concurrency` and `check --cache`: the same findings, in the same order, with the same exit
// code as a plain sequential run; the cache never serves a result for changed text or config.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultConcurrency } from '../server/src/cli/main.js';
import { lintFiles, lintFilesSync, PARALLEL_MIN_BYTES, PARALLEL_MIN_FILES } from '../server/src/node/lint-files.js';
import { FIXTURES, ROOT, runMldocLint, tempWorkspace } from './helpers.js';

/**
 * A folder like a real docs folder: every rule fixture (found by walking, so detection decides which
 * are linted), the examples named explicitly by front matter, long docs so that the text is past the
 * size where workers start, a binary file and a doc past the line limit (each must cost only itself).
 */
function docsFolder(): string {
  const files: Record<string, string> = {};
  for (const rule of fs.readdirSync(path.join(FIXTURES, 'rules'))) {
    for (const name of fs.readdirSync(path.join(FIXTURES, 'rules', rule))) {
      if (name.endsWith('.md')) files[`rules/${rule}/${name}`] = fs.readFileSync(path.join(FIXTURES, 'rules', rule, name), 'utf8');
    }
  }
  const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((name) => name.endsWith('.md'));
  for (const name of examples) files[`examples/${name}`] = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
  // Long docs: an example's sections over and over, each copy under its own numbered headings.
  const example = fs.readFileSync(path.join(ROOT, 'examples', examples[0]!), 'utf8');
  for (let doc = 0; doc < PARALLEL_MIN_FILES; doc++) {
    const copies = Math.ceil(PARALLEL_MIN_BYTES / PARALLEL_MIN_FILES / example.length) + 1;
    files[`long/doc-${doc}.md`] = Array.from({ length: copies }, (_, i) => example.replace(/^(#+) /gm, `$1 ${doc}.${i} `)).join('\n');
  }
  files['broken/binary.md'] = 'x\u0000y';
  files['broken/too-long.md'] = '---\nmldoc: true\n---\n# Too long\n' + 'line\n'.repeat(100_001);
  return tempWorkspace(files, 'mldoc-parallel-');
}

/** The CLI with MLDOC_LINT_DEBUG=1, which says on stderr how many results came from the cache and how many threads linted. */
function debugRun(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mldoc-lint.js'), ...args], {
    cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', MLDOC_LINT_DEBUG: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check --concurrency', { timeout: 300_000 }, () => {
  let dir = '';
  before(() => (dir = docsFolder()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the same JSON, problems and exit code on worker threads as in one thread', () => {
    const sequential = debugRun(['check', '--format', 'json', '--concurrency', '1', 'examples/fraud-scoring.md', '.'], dir);
    const parallel = debugRun(['check', '--format', 'json', '--concurrency', '2', 'examples/fraud-scoring.md', '.'], dir);
    assert.match(sequential.stderr, /linted in the main thread/);
    assert.match(parallel.stderr, /linted on 2 threads/);
    assert.equal(sequential.code, 2, 'the doc past the line limit and the binary file make it exit 2');
    assert.equal(parallel.code, sequential.code);
    const reports = JSON.parse(sequential.stdout) as Array<{ filePath: string; isDesignDoc: boolean; messages: Array<{ ruleId: string }> }>;
    assert.deepEqual(JSON.parse(parallel.stdout), reports);
    assert.ok(reports.some((r) => !r.isDesignDoc) && reports.some((r) => r.isDesignDoc), 'detection picked some files found by walking and not others');
    assert.ok(reports.find((r) => r.filePath.endsWith('too-long.md'))?.messages.some((m) => m.ruleId === 'document-limit'));
    assert.ok(reports.some((r) => r.filePath.endsWith(path.join('long', 'doc-0.md')) && r.messages.length > 0));
    const problems = (stderr: string) => stderr.split('\n').filter((line) => !line.includes('debug:'));
    assert.deepEqual(problems(parallel.stderr), problems(sequential.stderr));
    assert.match(sequential.stderr, /binary\.md: not checked: binary file/);
  });

  it('gives the API the same results on worker threads as lintFilesSync', async () => {
    const sequential = lintFilesSync(['.'], { cwd: dir });
    const parallel = await lintFiles(['.'], { cwd: dir, concurrency: 2 });
    assert.equal(parallel.stats?.workers, 2);
    assert.deepEqual(parallel.results, sequential.results);
    assert.deepEqual(parallel.problems, sequential.problems);
  });

  it('lints a small run in the main thread, whatever --concurrency says', () => {
    const result = debugRun(['check', '--format', 'json', '--concurrency', '8', 'examples'], dir);
    assert.match(result.stderr, /linted in the main thread/);
  });

  it('keeps no chunk trees when each file is read once, and keeps them for fixes, which re-lint', () => {
    const check = debugRun(['check', '--concurrency', '1', 'examples'], dir);
    assert.match(check.stderr, /linted in the main thread, 0 bytes of chunk trees kept in the main thread/);
    const fix = debugRun(['check', '--fix-dry-run', '--concurrency', '1', 'examples'], dir);
    const kept = Number(/, (\d+) bytes of chunk trees kept in the main thread/.exec(fix.stderr)?.[1]);
    assert.ok(kept > 0, fix.stderr);
  });

  it('defaults to the cores not already busy less one (V8\'s own threads need it): one on a busy machine', () => {
    assert.equal(defaultConcurrency(8, 0.2), 7);
    assert.equal(defaultConcurrency(4, 0.2), 3);
    assert.equal(defaultConcurrency(4, 1.6), 1);
    assert.equal(defaultConcurrency(2, 0), 1);
    assert.equal(defaultConcurrency(2, 11.5), 1);
    assert.equal(defaultConcurrency(1, 0), 1);
  });

  it('refuses a --concurrency that is not a whole number of at least 1', () => {
    for (const value of ['0', '-2', '1.5', 'many']) {
      const result = runMldocLint(['check', `--concurrency=${value}`, '.'], { cwd: dir });
      assert.equal(result.code, 2, value);
      assert.match(result.stderr, /--concurrency takes a whole number/);
    }
  });
});

describe('check --cache', { timeout: 300_000 }, () => {
  const DOC = (metric: string) => `---\nmldoc: true\n---\n# Fraud scoring\n\n## Problem statement\nBlock fraud in real time.\n\n## Success metrics\n${metric}\n`;
  let dir = '';
  before(() => {
    dir = tempWorkspace({ 'docs/a.md': DOC('TBD'), 'docs/b.md': DOC('Recall of at least 0.9 at 1% FPR.'), 'docs/notes.md': '# Notes\n\nNothing.\n' }, 'mldoc-cache-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cached = (...extra: string[]) => debugRun(['check', '--format', 'json', '--cache', ...extra, 'docs'], dir);
  /** The oracle: the same check without any cache. */
  const fresh = () => runMldocLint(['check', '--format', 'json', 'docs'], { cwd: dir });
  const assertSameAsFresh = (run: ReturnType<typeof cached>) => {
    const expected = fresh();
    assert.equal(run.code, expected.code, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), JSON.parse(expected.stdout));
  };

  it('reuses every result when nothing changed, with the same output', () => {
    const first = cached();
    assert.match(first.stderr, /0 result\(s\) from the cache, 3 file\(s\) linted/);
    assert.ok(fs.existsSync(path.join(dir, '.mldoc-lint-cache')));
    const written = fs.statSync(path.join(dir, '.mldoc-lint-cache')).mtimeMs;
    const second = cached();
    assert.match(second.stderr, /3 result\(s\) from the cache, 0 file\(s\) linted/);
    assert.equal(fs.statSync(path.join(dir, '.mldoc-lint-cache')).mtimeMs, written, 'nothing changed, so the cache file is not rewritten');
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.code, first.code);
    assertSameAsFresh(second);
  });

  it('lints a file again when its text changed', () => {
    cached();
    fs.writeFileSync(path.join(dir, 'docs', 'a.md'), DOC('Recall of at least 0.8.'));
    const run = cached();
    assert.match(run.stderr, /2 result\(s\) from the cache, 1 file\(s\) linted/);
    assertSameAsFresh(run);
  });

  it('lints every file again when the config changed', () => {
    cached();
    fs.writeFileSync(path.join(dir, '.mldoc.json'), JSON.stringify({ rules: { 'required-section': 'off' } }));
    const run = cached();
    assert.match(run.stderr, /0 result\(s\) from the cache, 3 file\(s\) linted/);
    assertSameAsFresh(run);
    const ruleIds = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) => r.messages.map((m) => m.ruleId));
    assert.ok(ruleIds.length > 0 && !ruleIds.includes('required-section'), 'the rule turned off in the new config is gone');
    fs.rmSync(path.join(dir, '.mldoc.json'));
    assertSameAsFresh(cached());
  });

  it('lints again with another --profile', () => {
    cached();
    const run = debugRun(['check', '--format', 'json', '--cache', '--profile', 'requirements', 'docs'], dir);
    assert.match(run.stderr, /0 result\(s\) from the cache/);
    const expected = runMldocLint(['check', '--format', 'json', '--profile', 'requirements', 'docs'], { cwd: dir });
    assert.deepEqual(JSON.parse(run.stdout), JSON.parse(expected.stdout));
  });

  it('ignores a corrupt or unreadable cache file with a warning, and rewrites it', () => {
    const file = path.join(dir, '.mldoc-lint-cache');
    for (const garbage of ['{"format":"mldoc-lint-cache","version":1,"stamp":"x","files":{"/a":{"key":1}}}', '{ not json', '\u0000\u0001binary', '']) {
      fs.writeFileSync(file, garbage);
      const run = cached();
      assert.match(run.stderr, /warning: .*\.mldoc-lint-cache: not a cache file mldoc-lint can read/);
      assertSameAsFresh(run);
      assert.match(cached().stderr, /3 result\(s\) from the cache/, 'the cache was rewritten');
    }
    fs.rmSync(file);
    fs.mkdirSync(file);
    const folder = cached();
    assert.match(folder.stderr, /warning: /, 'a folder where the cache file should be is a warning');
    assertSameAsFresh(folder);
    fs.rmSync(file, { recursive: true });
  });

  it('keeps the cache where --cache-location says, a file or a folder', () => {
    const run = cached('--cache-location', 'build/lint/');
    assert.equal(run.code, fresh().code);
    assert.ok(fs.existsSync(path.join(dir, 'build', 'lint', '.mldoc-lint-cache')));
    cached('--cache-location', 'build/my-cache.json');
    assert.match(cached('--cache-location', 'build/my-cache.json').stderr, /3 result\(s\) from the cache/);
    const alone = runMldocLint(['check', '--cache-location', 'x', 'docs'], { cwd: dir });
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--cache-location only matters with --cache/);
  });

  it('after --fix, reports what the fixed files hold', () => {
    fs.writeFileSync(path.join(dir, 'docs', 'a.md'), DOC('TBD'));
    cached();
    const fixed = cached('--fix');
    assert.notEqual(fs.readFileSync(path.join(dir, 'docs', 'a.md'), 'utf8'), DOC('TBD'), 'the fix changed a.md');
    assertSameAsFresh(fixed);
    const again = cached();
    assert.match(again.stderr, /3 result\(s\) from the cache/);
    assertSameAsFresh(again);
  });

  it('drops entries of files that no longer exist', () => {
    cached();
    fs.rmSync(path.join(dir, 'docs', 'notes.md'));
    cached();
    const stored = JSON.parse(fs.readFileSync(path.join(dir, '.mldoc-lint-cache'), 'utf8')) as { files: Record<string, unknown> };
    assert.deepEqual(Object.keys(stored.files).map((f) => path.basename(f)).sort(), ['a.md', 'b.md']);
  });
});
