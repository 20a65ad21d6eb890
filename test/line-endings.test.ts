// Text in, the editor's lines out: \r\n, \n and a lone \r end lines exactly as LSP counts them,
// columns are UTF-16 code units, a BOM is dropped, and UTF-16 or binary files get one clear message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, lint, type Diagnostic } from '../server/src/engine/index.js';
import { toLspRange } from '../server/src/lsp/convert.js';
import { fixEdit } from '../server/src/lsp/code-actions.js';
import { CORPUS, ROOT } from './helpers.js';

const DOC = fs.readFileSync(path.join(ROOT, 'test', 'editor', 'workspace', 'fraud.md'), 'utf8');
const BIN = path.join(ROOT, 'bin', 'mldoc-lint.js');

/** Fix-all's edits (all passes, as edits of the text) applied as an editor applies them. */
function editorFixAll(text: string): string {
  const edits = fixAll(text, (t) => lint(t, { force: true }).diagnostics).fixes.map(fixEdit);
  return TextDocument.applyEdits(TextDocument.create('file:///a.md', 'markdown', 1, text), edits);
}

/** Each finding as the editor shows it: rule, 0-based LSP range, and the text the range covers. */
function asEditorSees(text: string, diagnostics: Diagnostic[]) {
  const document = TextDocument.create('file:///doc.md', 'markdown', 1, text);
  return diagnostics.map((d) => {
    const range = toLspRange(d.range);
    return { rule: d.ruleId, range, covered: document.getText(range).replace(/\r\n|\r/g, '\n') };
  });
}

function sameFindingsWithEndings(text: string, name: string): void {
  const lf = text.replace(/\r\n|\r/g, '\n');
  const expected = asEditorSees(lf, lint(lf, { force: true }).diagnostics);
  for (const eol of ['\r\n', '\r']) {
    const other = lf.replace(/\n/g, eol);
    assert.deepEqual(asEditorSees(other, lint(other, { force: true }).diagnostics), expected, `${name} with ${JSON.stringify(eol)}`);
    // Fix-all applied as an editor applies it gives the same document, in the file's own line endings.
    assert.equal(editorFixAll(other), editorFixAll(lf).replace(/\n/g, eol), `${name}: fix-all with ${JSON.stringify(eol)}`);
  }
}

describe('line endings as LSP counts them', () => {
  it('\\r\\n, \\n and a lone \\r give the same findings at the same editor positions, and the same fixes', () => {
    sameFindingsWithEndings(DOC, 'fraud.md');
  });

  it('holds over corpus documents', { skip: fs.existsSync(path.join(CORPUS, 'docs')) ? false : 'no corpus' }, () => {
    const files = fs.readdirSync(path.join(CORPUS, 'docs')).filter((f) => f.endsWith('.md')).sort().slice(0, 12);
    for (const file of files) sameFindingsWithEndings(fs.readFileSync(path.join(CORPUS, 'docs', file), 'utf8'), file);
  });

  it('a byte-order mark passed to the engine shifts nothing: positions refer to the text as given', () => {
    const plain = asEditorSees(DOC, lint(DOC).diagnostics);
    const withBom = asEditorSees(`\uFEFF${DOC}`, lint(`\uFEFF${DOC}`).diagnostics);
    assert.deepEqual(withBom.filter((f) => f.range.start.line > 0), plain.filter((f) => f.range.start.line > 0));
  });

  it('counts columns in UTF-16 code units, like editors', () => {
    const text = DOC.replace('Scoring must have low latency.', '🚀🚀 Scoring must have low latency.');
    const [latency] = asEditorSees(text, lint(text).diagnostics).filter((f) => f.rule === 'latency-unquantified');
    assert.equal(latency!.covered, 'low latency');
  });
});

describe('encodings in the CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-enc-'));
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });

  it('drops a BOM: positions as the editor shows them, front matter still read', () => {
    fs.writeFileSync(path.join(dir, 'bom.md'), `\uFEFF${DOC}`);
    const [report] = JSON.parse(run('bom.md').stdout);
    const latency = report.messages.find((m: any) => m.ruleId === 'latency-unquantified'); // eslint-disable-line @typescript-eslint/no-explicit-any
    const line = DOC.split('\n')[latency.line - 1]!;
    assert.equal(line.slice(latency.column - 1, latency.endColumn - 1), 'low latency');
    assert.equal(report.isDesignDoc, true, 'front matter "mldoc: true" read after the BOM');
  });

  it('a UTF-16 or binary file gets one clear message and exit 2; other files are still checked', () => {
    fs.writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DOC, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    fs.writeFileSync(path.join(dir, 'good.md'), DOC);
    const result = run('utf16.md', 'binary.md', 'good.md');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /utf16\.md: not checked: UTF-16 encoded; mldoc reads UTF-8/);
    assert.match(result.stderr, /binary\.md: not checked: binary file/);
    assert.equal(result.stderr.trim().split('\n').length, 2);
    assert.deepEqual(JSON.parse(result.stdout).map((r: { filePath: string }) => path.basename(r.filePath)), ['good.md']);
  });
});
