// The installable .vsix: what goes in (bundles, docs, snippets, schema, icon, metadata) and what
// must not (sources, tests, fixtures, node_modules), and that it stays under 1 MB.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';

const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

describe('.vsix package', () => {
  it('lists only what the extension needs at run time', () => {
    const run = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies', '--readme-path', 'EXTENSION.md'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const files = run.stdout.trim().split('\n').map((f) => f.trim()).sort();
    for (const needed of ['dist/extension.cjs', 'dist/server.cjs', 'dist/web/extension.cjs', 'dist/web/server.js', 'package.json', 'CHANGELOG.md', 'LICENSE',
      'snippets/mldoc.code-snippets', 'schemas/mldoc.schema.json', 'images/icon.png', 'docs/rules/required-section.md',
      'docs/images/editor.png', 'docs/walkthrough/new-doc.md']) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
    for (const file of files) {
      // The developer README stays out: the extension's page is EXTENSION.md (vsce --readme-path).
      assert.doesNotMatch(file, /^(server|client|test|scripts|examples|node_modules|out)\/|\.ts$|\.map$|fixtures|^\.|^README\.md$|^docs\/images\/(?!editor\.png$)/, `${file} must not be packaged`);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    // What the extension page, the walkthrough and the web build point at is packaged.
    const pointedAt = [
      ...[...fs.readFileSync(path.join(ROOT, 'EXTENSION.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!),
      ...pkg.contributes.walkthroughs.flatMap((w: { steps: Array<{ media: { markdown?: string; image?: string } }> }) => w.steps.map((s) => s.media.markdown ?? s.media.image!)),
      pkg.browser.replace(/^\.\//, ''),
    ];
    for (const file of pointedAt) assert.ok(files.includes(file), `${file} is referenced, so packaged`);
  });

  it('packages into an installable .vsix under 1 MB', { timeout: 120_000 }, () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-vsix-')), 'mldoc-lint.vsix');
    const run = spawnSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'EXTENSION.md', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const size = fs.statSync(out).size;
    assert.ok(size < 1024 * 1024, `${size} bytes`);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.categories, ['Linters']);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.virtualWorkspaces.description);
  });
});
