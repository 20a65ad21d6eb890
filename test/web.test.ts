// The web build (vscode.dev, github.dev): dist/web/server.js runs as a web worker in headless Chromium
// and lints a design doc over JSON-RPC posted as worker messages, as VS Code's web extension host does.
// Its findings must be the engine's. Skips without Chromium locally; fails under CI (cannotRun).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { cannotRun, ROOT } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const CHROMIUM = '/usr/bin/chromium';
const DOC = fs.readFileSync(path.join(ROOT, 'test', 'editor', 'workspace', 'fraud.md'), 'utf8');
// The same doc with its vague latency made a number: one section's findings change.
const EDITED = DOC.replace('low latency', 'p99 latency under 120 ms');
/** A cold lint's findings as "line:character rule" (0-based, as the protocol has them), sorted. */
const findingKeys = (text: string) => lint(text).diagnostics.map((d) => `${d.range.start.line - 1}:${d.range.start.column - 1} ${d.ruleId}`).sort();
const BUNDLE = path.join(ROOT, 'dist', 'web', 'server.js');

describe('web build: the language server as a web worker in Chromium', () => {
  const closers: Array<() => Promise<unknown>> = [];
  after(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  });

  it('lints a design doc through the worker, with the engine\'s findings, versioned fixes, fix-all and completion', { timeout: 120_000 }, async (t) => {
    if (!fs.existsSync(CHROMIUM)) return cannotRun(t, `no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
    assert.ok(fs.existsSync(BUNDLE), 'npm run build writes dist/web/server.js');
    const server = http.createServer((request, response) => {
      if (request.url === '/server.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(BUNDLE));
      } else {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>mldoc web worker</title>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-web-')), {
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    closers.push(() => browser.close());
    const page = browser.pages()[0] ?? await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const uri = 'vscode-vfs://github/org/repo/docs/fraud.md';
    const answer = await page.evaluate(async ({ text, uri, edited, expectedAfterEdit }) => {
      const worker = new (globalThis as any).Worker('/server.js');
      const pending = new Map<number, (m: any) => void>();
      const notifications: any[] = [];
      const waiters: Array<{ test: (m: any) => boolean; resolve: (m: any) => void }> = [];
      const workerErrors: string[] = [];
      const applied: any[] = [];
      worker.onerror = (event: any) => workerErrors.push(String(event.message));
      worker.onmessage = ({ data }: any) => {
        if (data.id !== undefined && data.method) {
          // Requests from the server: settings (none set), registrations.
          if (data.method === 'workspace/applyEdit') applied.push(data.params);
          const result = data.method === 'workspace/configuration' ? data.params.items.map(() => ({}))
            : data.method === 'workspace/applyEdit' ? { applied: true } : null;
          worker.postMessage({ jsonrpc: '2.0', id: data.id, result });
          return;
        }
        if (data.id !== undefined) { pending.get(data.id)?.(data); return; }
        notifications.push(data);
        const i = waiters.findIndex((w) => w.test(data));
        if (i >= 0) waiters.splice(i, 1)[0]!.resolve(data);
      };
      let nextId = 1;
      const request = (method: string, params: unknown) => new Promise<any>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        worker.postMessage({ jsonrpc: '2.0', id, method, params });
      });
      const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: '2.0', method, params });
      const next = (test: (m: any) => boolean) => new Promise<any>((resolve) => {
        const seen = notifications.find(test);
        if (seen) resolve(seen); else waiters.push({ test, resolve });
      });
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer from the worker; errors: ${workerErrors.join('; ')}`)), 30000));
      const run = async () => {
        const init = await request('initialize', {
          processId: null, rootUri: null, workspaceFolders: [{ uri: 'vscode-vfs://github/org/repo', name: 'repo' }],
          capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true }, applyEdit: true }, textDocument: { publishDiagnostics: { codeDescriptionSupport: true } } },
          initializationOptions: { trusted: true, docsBaseUrl: 'https://example.invalid/ext/docs/rules/' },
        });
        notify('initialized', {});
        const published = next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
        notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        const diagnostics = (await published).params.diagnostics;
        const lowLine = text.split('\n').findIndex((l: string) => l.includes('low latency'));
        const actions = await request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: lowLine, character: 0 }, end: { line: lowLine, character: 0 } }, context: { diagnostics: [] } });
        // Fix-all (on save, and the mldoc.fixAll command) for version 1, addressed to version 1.
        const fixAll = await request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
        const command = await request('workspace/executeCommand', { command: 'mldoc.server.fixAll', arguments: [uri] });
        const headingLine = text.split('\n').length;
        notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: headingLine - 1, character: 0 }, end: { line: headingLine - 1, character: 0 } }, text: '\n## ' }] });
        const completion = await request('textDocument/completion', { textDocument: { uri }, position: { line: headingLine, character: 3 } });
        // Typing on in one section: the worker's parse session re-reads only that section, and the findings
        // are those of a cold lint of the new text.
        // (A publish of the text before the edit may still be on its way: wait for the one that matches, or
        // report the last one seen within 10 s.)
        const seenBefore = new Set(notifications);
        const keys = (m: any) => m.params.diagnostics.map((d: any) => `${d.range.start.line}:${d.range.start.character} ${d.code}`).sort().join('|');
        let lastAfterEdit: any = null;
        const republished = Promise.race([
          next((m) => {
            if (seenBefore.has(m) || m.method !== 'textDocument/publishDiagnostics' || m.params.uri !== uri) return false;
            lastAfterEdit = m;
            return keys(m) === expectedAfterEdit.join('|');
          }),
          new Promise((resolve) => setTimeout(() => resolve(lastAfterEdit), 10000)),
        ]);
        notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: edited }] });
        const afterEdit = ((await republished) as any)?.params.diagnostics ?? [];
        return {
          init: init.result, diagnostics, actions: actions.result.map((a: any) => a.title), completion: completion.result,
          quickFixEdits: actions.result.filter((a: any) => a.edit).map((a: any) => a.edit), fixAll: fixAll.result, command: command.result, applied,
          afterEdit,
        };
      };
      return Promise.race([run(), timeout]);
    }, { text: DOC, uri, edited: EDITED, expectedAfterEdit: findingKeys(EDITED) });
    assert.deepEqual(errors, []);
    assert.equal(answer.init.serverInfo.name, 'mldoc-lint-server (web)');
    const expected = lint(DOC).diagnostics.map((d) => `${d.range.start.line - 1}:${d.range.start.column - 1} ${d.ruleId}`).sort();
    const received = answer.diagnostics.map((d: any) => `${d.range.start.line}:${d.range.start.character} ${d.code}`).sort();
    assert.ok(expected.length > 5);
    assert.deepEqual(received, expected);
    assert.ok(answer.diagnostics.every((d: any) => d.codeDescription.href.startsWith('https://example.invalid/ext/docs/rules/')), 'rule links point into the extension');
    assert.ok(answer.actions.some((title: string) => /^Fix all mldoc problems/.test(title)), answer.actions.join(' | '));
    assert.ok(answer.completion === null || Array.isArray(answer.completion.items));
    // Every edit is tied to the version it was computed for, as on the Node server: refused once the text moves.
    assert.ok(answer.quickFixEdits.length > 0);
    for (const edit of [...answer.quickFixEdits, ...answer.fixAll.map((a: any) => a.edit), ...answer.applied.map((a: any) => a.edit)]) {
      assert.equal(edit.changes, undefined);
      assert.deepEqual(edit.documentChanges.map((c: any) => c.textDocument), [{ uri, version: 1 }]);
    }
    assert.equal(answer.fixAll.length, 1);
    assert.equal(answer.applied.length, 1, 'mldoc.server.fixAll applies its edit');
    assert.deepEqual(answer.applied[0].edit, answer.fixAll[0].edit, 'the command and source.fixAll make the same edit');
    assert.ok(answer.command > 0);
    assert.notDeepEqual(findingKeys(EDITED), expected, 'the edit changes the findings');
    assert.deepEqual(answer.afterEdit.map((d: any) => `${d.range.start.line}:${d.range.start.character} ${d.code}`).sort(), findingKeys(EDITED));
  });
});
