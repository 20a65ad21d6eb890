// Section completion at the start of a heading line, and the status of a draft (what it still lacks).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { EDITOR_CAPABILITIES, LspClient, applyEdits } from './lsp-client.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const URI = 'untitled:draft.md';
const DRAFT = '---\nmldoc: true\nprofile: requirements\nstatus: draft\n---\n# Spam filter\n\n## Problem statement\n\nSupport agents delete spam by hand.\n\n## \n';
const HEADING_LINE = DRAFT.split('\n').indexOf('## ');

describe('language server (section completion, draft status)', () => {
  const client = new LspClient();
  after(() => client.child.kill());

  it('counts a draft\'s missing sections as "to fill in" in mldoc/status', async () => {
    await client.initialize(EDITOR_CAPABILITIES);
    const status = client.waitFor((m) => m.method === 'mldoc/status' && m.params.uri === URI);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DRAFT } });
    const { params } = await status;
    assert.ok(params.toFill >= 4, JSON.stringify(params));
    assert.equal(params.toFill, params.infos);
  });

  it('offers the missing sections in the profile\'s order after "## ", each inserting its skeleton', async () => {
    const { result } = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: HEADING_LINE, character: 3 }, context: { triggerKind: 2, triggerCharacter: ' ' } });
    assert.deepEqual(result.items.map((i: any) => i.label), ['Success metrics', 'Constraints', 'Out of scope', 'Risks and alternatives']);
    assert.deepEqual(result.items.map((i: any) => i.sortText), [...result.items.map((i: any) => i.sortText)].sort());
    const item = result.items[0];
    assert.equal(item.insertTextFormat, 2);
    assert.deepEqual(item.textEdit.range, { start: { line: HEADING_LINE, character: 0 }, end: { line: HEADING_LINE, character: 3 } });
    assert.match(item.textEdit.newText, /^## Success metrics\n\n\$\{1:\[/);
    assert.ok(item.filterText.startsWith('## '));
    const inserted = applyEdits(DRAFT, [{ range: item.textEdit.range, newText: item.textEdit.newText }]);
    assert.match(inserted, /## Problem statement[\s\S]*## Success metrics\n/);
  });

  it('keeps the heading level typed, and offers nothing mid-line or off a heading', async () => {
    const text = DRAFT.replace(/## \n$/, '### \nplain text\n');
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
    const level3 = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: HEADING_LINE, character: 4 } });
    assert.match(level3.result.items[0].textEdit.newText, /^### Success metrics\n/);
    const plain = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: HEADING_LINE + 1, character: 5 } });
    assert.equal(plain.result, null);
    const title = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: 5, character: 1 } });
    assert.equal(title.result, null, '"# Spam filter": text after the hashes');
    assert.equal(await client.close(), 0);
  });
});
