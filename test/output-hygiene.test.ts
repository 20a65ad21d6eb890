// Output that cannot be hijacked, and text read as a reader reads it: control characters from a
// document or a file name never reach the terminal, SARIF URIs are percent-encoded, "1e-3" is one
// number, and a "heading" inside an HTML block is HTML.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { findQuantities } from '../server/src/engine/model/quantities.js';
import { parseMarkdown } from '../server/src/engine/parse.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'mldoc-lint.js');
const ESC = '\u001b';

describe('terminal output', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-hygiene-'));
  const name = `evil${ESC}[2J${ESC}]0;pwned\u0007.md`;
  fs.writeFileSync(path.join(dir, name), `---\nmldoc: true\n---\n# Doc ${ESC}[31mred\n\n## Problem statement\n\nTBD ${ESC}[2K\r\n`);

  for (const flags of [['--no-color'], ['--color']]) {
    it(`stylish output ${flags[0]} carries no control character from the doc or its name`, () => {
      const result = spawnSync(process.execPath, [BIN, 'check', ...flags, '.'], { cwd: dir, encoding: 'utf8' });
      const fromDocument = result.stdout.replace(/\u001b\[[0-9;]*m/g, flags[0] === '--color' ? '' : '\u0000'); // our own colours only with --color
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(fromDocument), JSON.stringify(result.stdout.slice(0, 400)));
      assert.match(result.stdout, /evil\\u001b\[2J/, 'the file name shows its escape visibly');
    });
  }
});

describe('SARIF', () => {
  it('percent-encodes "#", "%" and spaces in artifact URIs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-sarif-'));
    fs.writeFileSync(path.join(dir, 'a #1 100%.md'), '---\nmldoc: true\n---\n# Doc\n\n## Problem statement\n\nTBD\n');
    const result = spawnSync(process.execPath, [BIN, 'check', '--format', 'sarif', '.'], { cwd: dir, encoding: 'utf8' });
    const uris = JSON.parse(result.stdout).runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.length > 0);
    for (const uri of uris) assert.match(uri, /a%20%231%20100%25\.md$/);
  });
});

describe('reading text', () => {
  it('"1e-3" is one number, in quantities and in objective weights', () => {
    assert.deepEqual(findQuantities('a learning rate of 1e-3').map((q) => q.value), [0.001]);
    const doc = '---\nmldoc: true\n---\n# D\n\n## Model architecture\n\nObjective weights:\n\n- Recall: 1e-3\n- Precision: 0.5\n';
    const finding = lint(doc).diagnostics.find((d) => d.ruleId === 'objective-weights');
    assert.match(finding!.message, /add up to 0\.501 \(1e-3 \+ 0\.5\)/);
  });

  it('a heading line inside a <div> HTML block is HTML, as the parser reads the whole document', () => {
    const text = '# Doc\n\n<div align="center">\n## Not a heading\n</div>\n\n## A heading\n\ntext\n';
    assert.deepEqual(parseMarkdown(text).children.map((c) => c.type), ['heading', 'html', 'heading', 'paragraph']);
  });
});
