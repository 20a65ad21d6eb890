// The language server under unlucky timing and hostile input: fixes asked for inside the debounce
// window are computed for the text as it is and carry its version; a document that breaks the
// engine gets one finding and the server keeps answering.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.js';
import { applyEdits, EDITOR_CAPABILITIES, editsOf, LspClient } from './lsp-client.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DOC = fs.readFileSync(path.join(ROOT, 'test', 'editor', 'workspace', 'fraud.md'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-lsp-rel-'));

function isSubsequence(small: string, big: string): boolean {
  let at = 0;
  for (const char of big) if (at < small.length && char === small[at]) at++;
  return at === small.length;
}

/**
 * Every line of `before` except the `replaced` ones survives in `after`, in order: as a line that
 * holds all its characters in order (a fix may insert into a line, never take from it).
 */
function keepsLines(before: string, after: string, replaced: RegExp): void {
  const wanted = before.split('\n').filter((line) => !replaced.test(line));
  const got = after.split('\n');
  let at = 0;
  for (const line of wanted) {
    let found = at;
    while (found < got.length && !isSubsequence(line, got[found]!)) found++;
    assert.ok(found < got.length, `line lost: ${JSON.stringify(line)}`);
    at = found + 1;
  }
}

describe('language server: edits tied to the document version', () => {
  const client = new LspClient();
  const uri = pathToFileURL(path.join(dir, 'fraud.md')).href;
  after(() => client.child.kill());

  it('answers source.fixAll asked inside the debounce window for the current text, with its version', async () => {
    client.settings = { debounceMs: 60_000 }; // no lint runs between the edit and the save
    await client.initialize(EDITOR_CAPABILITIES);
    const opened = client.published(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DOC } });
    await opened;
    // Type three lines under the title, then save at once: editor.codeActionsOnSave asks for fixAll.
    const added = 'A first added sentence.\nA second added sentence.\n\n';
    const v2 = DOC.replace('## Problem statement', `${added}## Problem statement`);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: added }],
    });
    const response = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const [fixAll] = response.result;
    const { edits, version } = editsOf(fixAll.edit, uri);
    assert.equal(version, 2, 'the edit names the version it was computed for');
    const fixed = applyEdits(v2, edits);
    keepsLines(v2, fixed, /^- (Recall|Precision): \d+%$/);
    assert.match(fixed, /- Recall: 64%\n- Precision: 36%/);
  });

  it('ties quick fixes and command edits to the version too', async () => {
    const text = DOC.replace('Gradient-boosted trees.', 'Gradient-boosted trees, retrained weekly.');
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    const response = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const withEdits = response.result.filter((a: any) => a.edit);
    assert.ok(withEdits.length > 0);
    for (const action of withEdits) assert.equal(editsOf(action.edit, uri).version, 3, action.title);
    const applied = client.waitFor((m) => m.method === 'workspace/applyEdit', client.received.length);
    await client.request('workspace/executeCommand', { command: 'mldoc.server.fixAll', arguments: [uri] });
    const { edits, version } = editsOf((await applied).params.edit, uri);
    assert.equal(version, 3);
    keepsLines(text, applyEdits(text, edits), /^- (Recall|Precision): \d+%$/);
  });
});

describe('language server: a document that breaks the engine costs only itself', () => {
  const client = new LspClient();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-lsp-crash-'));
  // Limits raised so a deep quote reaches the parser and overflows its stack.
  fs.writeFileSync(path.join(folder, '.mldoc.json'), JSON.stringify({ limits: { maxDepth: 1_000_000 } }));
  const crashing = `${'>'.repeat(5000)} quoted\n`;
  fs.writeFileSync(path.join(folder, 'a-crash.md'), crashing);
  fs.writeFileSync(path.join(folder, 'b-design.md'), DOC);
  const crashUri = pathToFileURL(path.join(folder, 'a-crash.md')).href;
  const designUri = pathToFileURL(path.join(folder, 'b-design.md')).href;
  after(() => client.child.kill());

  it('lintWorkspace goes on past the file that breaks the parser', async () => {
    await client.initialize(EDITOR_CAPABILITIES, pathToFileURL(folder).href);
    const crash = client.published(crashUri);
    const design = client.published(designUri);
    const result = await client.request('workspace/executeCommand', { command: 'mldoc.server.lintWorkspace', arguments: [] });
    assert.equal(result.result, 2);
    assert.deepEqual((await crash).params.diagnostics.map((d: any) => d.code), ['internal-error']);
    assert.ok((await design).params.diagnostics.some((d: any) => d.code === 'latency-budget-sum'));
  });

  it('recovers after an internal error: the same document lints again once fixed, and requests are answered', async () => {
    const broken = client.published(crashUri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: crashUri, languageId: 'markdown', version: 1, text: crashing } });
    assert.deepEqual((await broken).params.diagnostics.map((d: any) => d.code), ['internal-error']);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: crashUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions.result), 'code actions answered');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: crashUri }, position: { line: 0, character: 0 } });
    assert.equal(hover.error, undefined);
    const fixed = client.published(crashUri, 2);
    client.notify('textDocument/didChange', { textDocument: { uri: crashUri, version: 2 }, contentChanges: [{ text: DOC }] });
    assert.ok((await fixed).params.diagnostics.some((d: any) => d.code === 'latency-budget-sum'));
  });
});
