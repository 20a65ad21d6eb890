// Section completion at the start of a heading line, the status of a draft (what it still lacks), and
// the quick-fix menu's extra entries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { ROOT } from './helpers.js';
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

describe('language server (quick-fix menu: fix all, disable for the section, disable with a reason)', () => {
  const client = new LspClient();
  after(() => client.child.kill());
  const text = readFileSync(join(ROOT, 'test', 'editor', 'workspace', 'fraud.md'), 'utf8');
  const uri = 'untitled:fraud.md';
  const low = text.split('\n').findIndex((l) => l.includes('low latency'));

  it('offers them beside the finding\'s own fixes, and each edit does what it says', async () => {
    await client.initialize(EDITOR_CAPABILITIES);
    const published = client.published(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diagnostics = (await published).params.diagnostics.filter((d: any) => d.range.start.line === low);
    const { result } = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: low, character: 0 }, end: { line: low, character: 0 } }, context: { diagnostics },
    });
    const byTitle = (re: RegExp) => result.find((a: any) => re.test(a.title));
    const changes = (a: any) => a.edit.changes?.[uri] ?? a.edit.documentChanges[0].edits;
    const fixAll = byTitle(/^Fix all mldoc problems \(\d+\)$/);
    assert.ok(fixAll, result.map((a: any) => a.title).join(' | '));
    assert.equal(fixAll.kind, 'quickfix');
    const section = byTitle(/^Disable latency-unquantified for this section \("Problem statement"\)$/);
    const afterSection = applyEdits(text, changes(section));
    assert.match(afterSection, /<!-- mldoc-disable latency-unquantified -->\n## Problem statement\n[\s\S]*<!-- mldoc-enable latency-unquantified -->\n\n## Success metrics/);
    const lints = lint(afterSection).diagnostics;
    assert.ok(!lints.some((d) => d.ruleId === 'latency-unquantified'));
    assert.ok(lints.some((d) => d.ruleId === 'latency-budget-sum'), 'other rules and sections still reported');
    const reason = byTitle(/^Disable latency-unquantified for this line, giving a reason$/);
    const afterReason = applyEdits(text, changes(reason));
    const commentLine = afterReason.split('\n')[low]!;
    assert.equal(commentLine, '<!-- mldoc-disable-next-line latency-unquantified -- why this is fine -->');
    const [, line, start, end] = reason.command.arguments;
    assert.equal(reason.command.command, 'mldoc.selectRange');
    assert.equal(line, low);
    assert.equal(commentLine.slice(start, end), 'why this is fine');
    assert.ok(!lint(afterReason).diagnostics.some((d) => d.ruleId === 'latency-unquantified'));
    assert.equal(await client.close(), 0);
  });
});
