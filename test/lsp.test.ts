// Talks to the built language server over stdio with JSON-RPC, as an editor does.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { applyFix, ROOT } from './helpers.js';

interface Message { id?: number; method?: string; params?: any; result?: any; error?: any }

class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  readonly received: Message[] = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
        if (this.buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        this.received.push(message);
        const index = this.waiters.findIndex((w) => w.test(message));
        if (index >= 0) this.waiters.splice(index, 1)[0]!.resolve(message);
      }
    });
  }

  send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** Resolves with the first message (already received or future) that passes the test. */
  waitFor(test: (m: Message) => boolean): Promise<Message> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return this.waitFor((m) => m.id === id && m.method === undefined);
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }
}

const URI = pathToFileURL(path.join(ROOT, 'test', 'fixtures', 'lsp-doc.md')).href;
const TEXT = '---\nmldoc: true\n---\n# Fraud scoring\n\n## Problem statement\n\nTBD\n';

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'mldoc-language-server.js'), '--stdio']);
    client = new LspClient(child);
    const init = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } } });
    assert.equal(init.result.capabilities.textDocumentSync, 2);
    client.notify('initialized', {});
  });
  after(() => client.child.kill());

  it('publishes diagnostics on open with rule id, docs link and 0-based ranges', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT } });
    const published = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === 1);
    const placeholder = published.params.diagnostics.find((d: any) => d.code === 'placeholder-text');
    assert.deepEqual(placeholder.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } });
    assert.equal(placeholder.source, 'mldoc');
    assert.match(placeholder.codeDescription.href, /docs\/rules\/placeholder-text\.md$/);
    assert.ok(published.params.diagnostics.some((d: any) => d.code === 'required-section' && d.severity === 1));
  });

  it('re-lints after an incremental change and offers the engine fixes as quick fixes', async () => {
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } }, text: 'Fraud costs 0.4% of GMV.' }],
    });
    const published = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === 2);
    assert.ok(!published.params.diagnostics.some((d: any) => d.code === 'placeholder-text'));
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] },
    });
    const insert = actions.result.find((a: any) => /success metrics/.test(a.title));
    assert.ok(insert, JSON.stringify(actions.result.map((a: any) => a.title)));
    const [edit] = insert.edit.changes[URI];
    const text = TEXT.replace('TBD', 'Fraud costs 0.4% of GMV.');
    const fixed = applyFix(text, { range: { start: { line: edit.range.start.line + 1, column: edit.range.start.character + 1 }, end: { line: edit.range.end.line + 1, column: edit.range.end.character + 1 } }, text: edit.newText });
    assert.match(fixed, /## Success metrics\n/);
    assert.ok(fixed.startsWith(text.slice(0, text.indexOf('## Problem'))), 'the fix only inserts');
  });

  it('survives a malformed request and still answers', async () => {
    const bad = await client.request('textDocument/codeAction', { nonsense: true });
    assert.ok(bad.error || Array.isArray(bad.result));
    const again = await client.request('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(again.result));
  });

  it('shuts down and exits cleanly', async () => {
    const shutdown = await client.request('shutdown', null);
    assert.equal(shutdown.result, null);
    const exited = new Promise<number | null>((resolve) => client.child.on('exit', resolve));
    client.notify('exit', null);
    assert.equal(await exited, 0);
  });
});
