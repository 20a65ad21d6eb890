// The server as VS Code really drives it: with the exact client capabilities VS Code sends (recorded from
// the code-server run into test/fixtures/lsp/vscode-client-capabilities.json by
// `npm run test:editor -- --record-capabilities`), VS Code pulls diagnostics itself after every change.
// `mldoc.run: onSave` and `mldoc.debounceMs` must hold in that mode too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readFixture, ROOT } from './helpers.js';
import { LspClient } from './lsp-client.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const recorded = JSON.parse(readFixture('lsp', 'vscode-client-capabilities.json')) as { clientInfo: { name: string; version: string }; capabilities: Record<string, unknown> };
const DOC = fs.readFileSync(path.join(ROOT, 'test', 'editor', 'workspace', 'fraud.md'), 'utf8');
const LOW = DOC.split('\n').findIndex((l) => l.includes('low latency'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-pull-'));
const URI = pathToFileURL(path.join(dir, 'fraud.md')).href;
const codes = (report: any) => report.items.map((d: any) => d.code);

/** Replaces the "low latency" line with a quantified one (the latency-unquantified finding goes). */
function quantify(client: LspClient, version: number): void {
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version },
    contentChanges: [{ range: { start: { line: LOW, character: 0 }, end: { line: LOW, character: DOC.split('\n')[LOW]!.length } }, text: 'Scoring must answer within 80 ms at p99.' }],
  });
}

async function start(settings: Record<string, unknown>): Promise<LspClient> {
  const client = new LspClient();
  client.settings = settings;
  const init = await client.initialize(recorded.capabilities, pathToFileURL(dir).href);
  assert.equal(init.result.capabilities.diagnosticProvider?.interFileDependencies, false, 'VS Code pulls: the server offers pull diagnostics');
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DOC } });
  return client;
}

describe('language server with the capabilities VS Code sends (pull diagnostics)', () => {
  const clients: LspClient[] = [];
  after(() => clients.forEach((c) => c.child.kill()));

  it('the fixture is a real VS Code client\'s', () => {
    assert.match(recorded.clientInfo.name, /Visual Studio Code|code-server|VS ?Code/i);
    assert.ok((recorded.capabilities as any).textDocument.diagnostic, 'VS Code declares pull diagnostics');
  });

  it('run: onSave — an edit changes nothing until the save, then the server asks the editor to pull', async () => {
    const client = await start({ run: 'onSave' });
    clients.push(client);
    const first = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI } })).result;
    assert.equal(first.kind, 'full');
    assert.ok(codes(first).includes('latency-unquantified'));
    quantify(client, 2);
    const afterEdit = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId })).result;
    assert.deepEqual(afterEdit, { kind: 'unchanged', resultId: first.resultId }, 'unsaved edits are not linted');
    const since = client.received.length;
    client.notify('textDocument/didSave', { textDocument: { uri: URI } });
    await client.waitFor((m) => m.method === 'workspace/diagnostic/refresh', since);
    const afterSave = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId })).result;
    assert.equal(afterSave.kind, 'full');
    assert.ok(!codes(afterSave).includes('latency-unquantified'), 'the saved text is linted');
    assert.ok(codes(afterSave).includes('latency-budget-sum'));
    assert.ok(!client.received.some((m) => m.method === 'textDocument/publishDiagnostics'), 'nothing pushed to a pull client');
    assert.equal(await client.close(), 0);
  });

  it('run: onType — a pull after an edit is answered once the text has been still for debounceMs, with the new text', async () => {
    const debounceMs = 400;
    const client = await start({ run: 'onType', debounceMs });
    clients.push(client);
    const first = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI } })).result;
    assert.ok(codes(first).includes('latency-unquantified'));
    const editedAt = Date.now();
    quantify(client, 2);
    const pulled = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId })).result;
    const waited = Date.now() - editedAt;
    assert.ok(waited >= debounceMs - 2, `answered after ${waited} ms, before the ${debounceMs} ms debounce`);
    assert.equal(pulled.kind, 'full');
    assert.ok(!codes(pulled).includes('latency-unquantified'));
    const again = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: pulled.resultId })).result;
    assert.deepEqual(again, { kind: 'unchanged', resultId: pulled.resultId }, 'no change since: unchanged');
    assert.equal(await client.close(), 0);
  });

  it('a settings change takes effect at the next pull', async () => {
    const client = await start({});
    clients.push(client);
    const first = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI } })).result;
    assert.ok(codes(first).includes('latency-budget-sum'));
    client.settings = { rules: { 'latency-budget-sum': 'off' } };
    const since = client.received.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor((m) => m.method === 'workspace/diagnostic/refresh', since);
    const pulled = (await client.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId })).result;
    assert.equal(pulled.kind, 'full');
    assert.ok(!codes(pulled).includes('latency-budget-sum'));
    assert.equal(await client.close(), 0);
  });
});
