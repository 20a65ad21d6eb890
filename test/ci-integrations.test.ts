// CI integrations: --format github (paths from the repository root, the annotation limit, the step
// summary), the composite action's steps run as GitHub would run them, and the pre-commit hook.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { ROOT, runMldocLint, tempWorkspace } from './helpers.js';

const PLACEHOLDERS = (n: number) => Array.from({ length: n }, (_, i) => `Item ${i + 1}: TBD`).join('\n\n');
const doc = (body: string) => `---\nmldoc: true\n---\n# Ranking\n\n## Problem statement\nRank items.\n\n${body}\n`;

function repo(files: Record<string, string>): string {
  return tempWorkspace({ '.git/HEAD': 'ref: refs/heads/main\n', ...files }, 'mldoc-lint-ci-');
}

describe('--format github', () => {
  it('annotates with paths from GITHUB_WORKSPACE, says what GitHub will not show, and appends a step summary', () => {
    const dir = repo({ 'docs/design/a.md': doc(PLACEHOLDERS(13)), 'docs/design/b|c.md': doc('Owner: TBD'), 'tools/x.txt': '' });
    const summary = path.join(dir, 'summary.md');
    fs.writeFileSync(summary, 'Earlier step\n');
    const { code, stdout } = runMldocLint(['check', '--format', 'github', '../docs/'], {
      cwd: path.join(dir, 'tools'), env: { GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary },
    });
    assert.equal(code, 1); // the docs miss required sections
    const lines = stdout.trim().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    assert.ok(annotations.every((l) => /^::(error|warning|notice) file=docs\/design\/(a|b\|c)\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=mldoc-lint /.test(l)), annotations[0]);
    // Errors come first, so the ones GitHub shows are the ones that fail the build.
    const levels = annotations.map((l) => l.slice(2, l.indexOf(' ')));
    assert.deepEqual(levels, [...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));
    const warnings = levels.filter((l) => l === 'warning').length;
    assert.ok(warnings >= 14, `${warnings} warnings`);
    assert.match(lines.at(-1)!, new RegExp(`^mldoc-lint: GitHub shows at most 10 annotations of each level per step; .*${warnings - 10} warnings above will not be shown`));
    const text = fs.readFileSync(summary, 'utf8');
    assert.ok(text.startsWith('Earlier step\n## mldoc-lint\n'), text);
    assert.match(text, /\| file \| errors \| warnings \| info \| rules \|/);
    assert.match(text, /^\| docs\/design\/a\.md \| \d+ \| \d+ \| \d+ \| .*`placeholder-text`.* \|$/m);
    assert.match(text, /^\| docs\/design\/b\\\|c\.md \|/m);
  });

  it('uses the git root without GITHUB_WORKSPACE, and adds no limit line under the limit', () => {
    const dir = repo({ 'docs/a.md': doc('Owner: TBD') });
    const { stdout } = runMldocLint(['check', '--format', 'github', 'a.md'], { cwd: path.join(dir, 'docs') });
    assert.match(stdout, /^::warning file=docs\/a\.md,/m);
    assert.doesNotMatch(stdout, /GitHub shows at most/);
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('composite action (action.yml)', () => {
  const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

  /** Runs the action's `run` steps with bash as the runner would, npx replaced by a shim that runs this checkout. */
  function runAction(workspace: string, inputs: Record<string, string>) {
    const values: Record<string, string> = Object.fromEntries(Object.entries(action.inputs).map(([k, v]: [string, any]) => [k, inputs[k] ?? v.default]));
    const expand = (text: string) => text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name]!)
      .replace(/\$\{\{\s*runner\.temp\s*\}\}/g, path.join(workspace, '.runner-temp'));
    const bin = path.join(workspace, '.shim');
    fs.mkdirSync(bin, { recursive: true });
    fs.mkdirSync(path.join(workspace, '.runner-temp'), { recursive: true });
    const calls = path.join(workspace, '.npx-calls');
    // The shim checks the package spec the action asks npx for, then runs this checkout's CLI.
    fs.writeFileSync(path.join(bin, 'npx'), `#!/usr/bin/env bash\necho "$*" >> ${JSON.stringify(calls)}\nwhile [ "$1" != "--" ]; do shift; done; shift; shift\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'bin', 'mldoc-lint.js'))} "$@"\n`, { mode: 0o755 });
    const outputs: Record<string, Record<string, string>> = {};
    const results: Array<{ id?: string; skipped: boolean; code?: number | null; stdout?: string; uses?: string; with?: any }> = [];
    for (const step of action.runs.steps) {
      // The conditions are comparisons of inputs and step outputs joined by &&: evaluate them as JavaScript.
      const condition = String(step.if ?? 'true')
        .replace(/\binputs\.([\w-]+)/g, (_, name: string) => JSON.stringify(values[name]))
        .replace(/\bsteps\.(\w+)\.outputs\.([\w-]+)/g, (_, id: string, key: string) => JSON.stringify(outputs[id]?.[key] ?? ''))
        .replace(/'([^']*)'/g, (_, text: string) => JSON.stringify(text))
        .replace(/==/g, '===').replace(/!===/g, '!==');
      const run = new Function(`return (${condition});`);
      if (!run()) {
        results.push({ id: step.id, skipped: true });
        continue;
      }
      if (step.uses) {
        results.push({ id: step.id, skipped: false, uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))])) });
        continue;
      }
      const githubOutput = path.join(workspace, `.output-${results.length}`);
      fs.writeFileSync(githubOutput, '');
      const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, GITHUB_OUTPUT: githubOutput, RUNNER_TEMP: path.join(workspace, '.runner-temp'),
        GITHUB_WORKSPACE: workspace, NO_COLOR: '1', ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))])) };
      delete (env as any).GITHUB_STEP_SUMMARY;
      const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: workspace, env, encoding: 'utf8' });
      if (step.id) outputs[step.id] = Object.fromEntries(fs.readFileSync(githubOutput, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split('=') as [string, string]));
      results.push({ id: step.id, skipped: false, code: result.status, stdout: result.stdout });
    }
    return { results, calls: fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8') : '' };
  }

  it('annotates and fails on errors; with sarif: true writes SARIF and uploads it', () => {
    const dir = repo({ 'docs/a.md': doc('Owner: TBD'), 'docs/b.md': '---\nmldoc: true\n---\n# Only a title\n' });
    const { results, calls } = runAction(dir, { sarif: 'true', version: '0.1.0' });
    const [sarif, upload, check] = results;
    assert.equal(sarif!.code, 0);
    const log = JSON.parse(fs.readFileSync(path.join(dir, '.runner-temp', 'mldoc-lint.sarif'), 'utf8'));
    assert.ok(log.runs[0].results.some((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'docs/a.md'));
    assert.equal(upload!.skipped, false);
    assert.match(upload!.uses!, /^github\/codeql-action\/upload-sarif@v\d+$/);
    assert.equal(upload!.with.sarif_file, path.join(dir, '.runner-temp', 'mldoc-lint.sarif'));
    assert.equal(check!.code, 1); // b.md misses required sections: errors fail the step
    assert.match(check!.stdout!, /^::warning file=docs\/a\.md,/m);
    assert.match(calls, /^--yes --package=mldoc-lint@0\.1\.0 -- mldoc-lint check --format sarif /m);
  });

  it('does not upload an incomplete SARIF when the config is broken', () => {
    const dir = repo({ 'docs/a.md': doc('Owner: TBD'), '.mldoc.json': '{ "rules": { "nope": "error" } }' });
    const { results } = runAction(dir, { sarif: 'true' });
    assert.equal(results[1]!.skipped, true);
    assert.equal(results[2]!.code, 2);
    // Without sarif, only the annotation step runs.
    assert.deepEqual(runAction(repo({ 'docs/a.md': doc('x') }), {}).results.map((r) => r.skipped), [true, true, false]);
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
  const hook = hooks.find((h: any) => h.id === 'mldoc-lint');

  function project(): string {
    const dir = tempWorkspace({
      'docs/draft.md': fs.readFileSync(path.join(ROOT, 'examples', 'feed-ranking-draft.md'), 'utf8'),
      'README.md': '# My library\n\nInstall it and call it.\n',
      '.gitignore': 'node_modules/\n',
    }, 'mldoc-lint-hook-');
    // A project that has mldoc-lint installed (as with npm install --save-dev mldoc-lint).
    fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'bin', 'mldoc-lint.js'), path.join(dir, 'node_modules', '.bin', 'mldoc-lint'));
    return dir;
  }

  it('runs the command line the hook declares: design docs fail, other Markdown is left alone', () => {
    assert.equal(hook.language, 'script');
    assert.ok(new RegExp(hook.files).test('docs/draft.md') && !new RegExp(hook.files).test('src/a.ts'));
    const dir = project();
    const run = spawnSync(path.join(ROOT, hook.entry), ['README.md', 'docs/draft.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /docs\/draft\.md/);
    assert.doesNotMatch(run.stdout, /README/);
    assert.match(run.stdout, /1 design doc checked, 1 other Markdown file skipped/);
    const clean = spawnSync(path.join(ROOT, hook.entry), ['README.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(clean.status, 0);
  });

  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  const isGitCheckout = fs.existsSync(path.join(ROOT, '.git'));
  it('works through pre-commit try-repo', {
    skip: preCommit.status !== 0 ? 'pre-commit is not installed (apt-get install pre-commit)' : !isGitCheckout ? 'not a git checkout' : false,
    timeout: 300_000,
  }, () => {
    const dir = project();
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=test', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'init');
    const env = { ...process.env, NO_COLOR: '1', PRE_COMMIT_HOME: path.join(dir, '.pre-commit-home') };
    const run = spawnSync('pre-commit', ['try-repo', ROOT, 'mldoc-lint', '--all-files'], { cwd: dir, encoding: 'utf8', env });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /mldoc-lint \(ML design docs\)\.+Failed/);
    assert.match(run.stdout, /docs\/draft\.md[\s\S]*objective-weights/);
    assert.match(run.stdout, /1 other Markdown file skipped/);
  });
});
