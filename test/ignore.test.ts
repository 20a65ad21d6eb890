// mldoc.ignore: globs relative to the document's workspace folder, for file: and virtual (web) URIs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isIgnored, relativeToFolder } from '../server/src/shared/ignore.js';
import { normaliseSettings } from '../server/src/shared/settings.js';
import { ROOT } from './helpers.js';

describe('mldoc.ignore', () => {
  const folders = ['file:///work/repo', 'vscode-vfs://github/org/repo'];

  it('matches paths relative to the folder holding the doc', () => {
    assert.equal(relativeToFolder('file:///work/repo/docs/a%20b.md', folders), 'docs/a b.md');
    assert.equal(relativeToFolder('vscode-vfs://github/org/repo/archive/old.md', folders), 'archive/old.md');
    assert.equal(isIgnored('file:///work/repo/archive/2023/old.md', folders, ['archive/**']), true);
    assert.equal(isIgnored('file:///work/repo/docs/design.md', folders, ['archive/**']), false);
    assert.equal(isIgnored('vscode-vfs://github/org/repo/CHANGELOG.md', folders, ['**/CHANGELOG.md']), true);
    assert.equal(isIgnored('file:///work/repo/.drafts/x.md', folders, ['.drafts/**']), true, 'dot folders too');
    assert.equal(isIgnored('file:///work/repo/docs/design.md', folders, []), false);
  });

  it('keeps only string globs from the settings', () => {
    assert.deepEqual(normaliseSettings({ ignore: ['a/**', 3, '', null, 'b.md'] }).ignore, ['a/**', 'b.md']);
    assert.deepEqual(normaliseSettings({ ignore: 'a/**' }).ignore, []);
  });

  it('every setting in package.json has an order and a description, in the declared order', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const props = Object.entries(pkg.contributes.configuration.properties) as Array<[string, { order?: number; description?: string; markdownDescription?: string }]>;
    assert.deepEqual(props.map(([, p]) => p.order), props.map((_, i) => i));
    for (const [key, p] of props) assert.ok(p.description ?? p.markdownDescription, key);
    assert.ok(props.some(([key]) => key === 'mldoc.ignore'));
  });
});
