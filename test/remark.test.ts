// mldoc-lint/remark: the checks in a unified/remark pipeline, as vfile messages with rule ids, through
// `remark`, through `unified` with remark-parse, and through remark-cli with a .remarkrc like a
// remark-lint setup. The plugin is loaded by its package name from a project that has it installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { remark } from 'remark';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { lint } from '../server/src/engine/index.js';
import { ROOT, tempWorkspace } from './helpers.js';

const DRAFT = fs.readFileSync(path.join(ROOT, 'examples', 'feed-ranking-draft.md'), 'utf8');

/** A user's project with mldoc-lint installed, so `mldoc-lint/remark` resolves through the package exports. */
function project(files: Record<string, string> = {}): string {
  const dir = tempWorkspace({ 'package.json': '{ "type": "module", "private": true }', ...files }, 'mldoc-lint-remark-');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'mldoc-lint'));
  return dir;
}

async function loadPlugin(dir: string) {
  // Import through the project's node_modules, as a user would: `import remarkMldocLint from 'mldoc-lint/remark'`.
  const entry = path.join(dir, 'entry.mjs');
  fs.writeFileSync(entry, "export { default } from 'mldoc-lint/remark';\n");
  return (await import(pathToFileURL(entry).href)).default;
}

describe('mldoc-lint/remark', () => {
  it('reports the same findings as the engine through remark, with rule ids, places, severities and docs', async () => {
    const dir = project({ 'docs/draft.md': DRAFT });
    const remarkMldocLint = await loadPlugin(dir);
    const file = await remark().use(remarkMldocLint).process(new VFile({ path: path.join(dir, 'docs', 'draft.md'), value: DRAFT }));
    const expected = lint(DRAFT).diagnostics;
    assert.ok(expected.length > 5);
    assert.deepEqual(file.messages.map((m) => [m.source, m.ruleId, m.line, m.column, m.reason]),
      expected.map((d) => ['mldoc-lint', d.ruleId, d.range.start.line, d.range.start.column, d.message]));
    const weights = file.messages.find((m) => m.ruleId === 'objective-weights')!;
    assert.equal(weights.fatal, true);
    assert.deepEqual(weights.place, { start: { line: 28, column: 1 }, end: expected.find((d) => d.ruleId === 'objective-weights')!.range.end });
    assert.equal(file.messages.find((m) => m.ruleId === 'placeholder-text')!.fatal, false);
    assert.match(String(weights.url), /^file:.*\/docs\/rules\/objective-weights\.md$/);
    // The plugin reads; it does not touch the syntax tree.
    const processor = remark().use(remarkMldocLint);
    const tree = processor.parse(DRAFT);
    const before = JSON.stringify(tree);
    await processor.run(tree, new VFile({ value: DRAFT }));
    assert.equal(JSON.stringify(tree), before);
  });

  it('works in a unified pipeline, leaves non-design docs alone unless forced, and reads the nearest config', async () => {
    const dir = project({
      'docs/.mldoc.json': JSON.stringify({ rules: { 'placeholder-text': 'off' } }),
      'docs/draft.md': DRAFT,
      'README.md': '# lib\n\nUsage: TBD\n',
    });
    const remarkMldocLint = await loadPlugin(dir);
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkStringify } = await import('remark-stringify');
    const processor = unified().use(remarkParse).use(remarkMldocLint).use(remarkStringify);
    const draft = await processor.process(new VFile({ path: path.join(dir, 'docs', 'draft.md'), value: DRAFT }));
    assert.ok(draft.messages.length > 0);
    assert.ok(!draft.messages.some((m) => m.ruleId === 'placeholder-text'), 'the config turned it off');
    const readme = await processor.process(new VFile({ path: path.join(dir, 'README.md'), value: '# lib\n\nUsage: TBD\n' }));
    assert.deepEqual(readme.messages, []);
    const forced = await unified().use(remarkParse).use(remarkMldocLint, { force: true }).use(remarkStringify).process('# lib\n\nUsage: TBD\n');
    assert.ok(forced.messages.some((m) => m.ruleId === 'placeholder-text'));
    // A broken config is a fatal message, not a silent fallback.
    fs.writeFileSync(path.join(dir, 'docs', '.mldoc.json'), '{ "rules": { "nope": "off" } }');
    const broken = await unified().use(remarkParse).use(await loadPlugin(dir)).use(remarkStringify)
      .process(new VFile({ path: path.join(dir, 'docs', 'draft.md'), value: DRAFT }));
    assert.equal(broken.messages.length, 1);
    assert.equal(broken.messages[0]!.ruleId, 'config');
    assert.equal(broken.messages[0]!.fatal, true);
  });

  it('runs under remark-cli from a .remarkrc, like a remark-lint setup (errors fail the run)', () => {
    const dir = project({ 'docs/draft.md': DRAFT, 'README.md': '# lib\n\nUsage.\n', '.remarkrc.json': JSON.stringify({ plugins: ['mldoc-lint/remark'] }) });
    const cli = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
    const run = spawnSync(process.execPath, [cli, '.', '--quiet', '--no-stdout', '--no-color'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr); // errors (fatal messages) fail
    assert.match(run.stderr, /docs\/draft\.md\n[\s\S]*28:1-28:\d+\s+error\s+Objective weights add up to 110%[\s\S]*objective-weights\s+mldoc-lint/);
    assert.doesNotMatch(run.stderr, /README/);
  });
});
