// The built language server, spawned over stdio and spoken to in JSON-RPC as an editor does:
// push and pull diagnostics, incremental edits, every quick fix applied and re-linted, config
// files and settings changes, hover, a malformed request, shutdown. Waits on messages, never sleeps.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.js';
import { applyEdits, EDITOR_CAPABILITIES, editsOf, LspClient, type Message } from './lsp-client.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
// The same design doc the real-editor tests open (test/editor/workspace/fraud.md).
const DOC = fs.readFileSync(path.join(ROOT, 'test', 'editor', 'workspace', 'fraud.md'), 'utf8');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-lsp-'));
const docPath = path.join(dir, 'fraud.md');
fs.writeFileSync(docPath, DOC);
const URI = pathToFileURL(docPath).href;
const CONFIG = path.join(dir, '.mldoc.json');
const CONFIG_URI = pathToFileURL(CONFIG).href;

const codes = (m: Message) => m.params.diagnostics.map((d: any) => d.code).sort();

describe('language server (push diagnostics, VS Code-like client)', () => {
  const client = new LspClient();
  let version = 1;
  let text = DOC;

  before(async () => {
    const init = await client.initialize(EDITOR_CAPABILITIES, pathToFileURL(dir).href);
    assert.equal(init.result.capabilities.textDocumentSync.change, 2, 'incremental sync');
    assert.equal(init.result.capabilities.diagnosticProvider, undefined, 'no pull without the client capability');
    await client.waitFor((m) => m.method === 'client/registerCapability');
  });
  after(() => client.child.kill());

  /** Sends the whole new text as one incremental change and returns the diagnostics for it. */
  async function replaceText(next: string): Promise<Message> {
    const lines = text.split('\n');
    version++;
    const published = client.published(URI, version);
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } }, text: next }],
    });
    text = next;
    return published;
  }

  async function actionsAt(line: number, only?: string[]): Promise<any[]> {
    const response = await client.request('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [], ...(only ? { only } : {}) },
    });
    return response.result;
  }

  it('publishes diagnostics on open: source, code, docs link, 0-based narrow ranges, related information', async () => {
    const published = client.published(URI, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DOC } });
    const { params } = await published;
    assert.deepEqual(codes({ params } as Message), [
      'empty-section', 'fp-fn-cost-table', 'latency-budget-sum', 'latency-unquantified', 'objective-weights', 'rollback-plan',
    ]);
    const latency = params.diagnostics.find((d: any) => d.code === 'latency-unquantified');
    const at = DOC.split('\n')[7]!.indexOf('low latency');
    assert.deepEqual(latency.range, { start: { line: 7, character: at }, end: { line: 7, character: at + 'low latency'.length } });
    assert.equal(latency.source, 'mldoc');
    assert.equal(latency.severity, 2);
    assert.match(latency.codeDescription.href, /docs\/rules\/latency-unquantified\.md$/);
    const budget = params.diagnostics.find((d: any) => d.code === 'latency-budget-sum');
    assert.equal(budget.severity, 1);
    assert.ok(budget.relatedInformation.length >= 3, 'the stage rows explain the sum');
    assert.equal(budget.relatedInformation[0].location.uri, URI);
  });

  it('re-lints after incremental changes and drops the stale version', async () => {
    const line = 7;
    const v2 = ++version;
    const v3 = ++version;
    const published = client.published(URI, v3);
    const since = client.received.length;
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: v2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }] });
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: v3 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }] });
    await published;
    assert.ok(!client.received.slice(since).some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === v2), 'no diagnostics for the version typed over');
  });

  it('applies each rule\'s quick fix: the finding goes and nothing else changes', async () => {
    for (const rule of ['latency-unquantified', 'objective-weights', 'empty-section', 'rollback-plan', 'fp-fn-cost-table']) {
      const before = await replaceText(text);
      const finding = before.params.diagnostics.find((d: any) => d.code === rule);
      assert.ok(finding, `a ${rule} finding`);
      const actions = await actionsAt(finding.range.start.line, ['quickfix']);
      const fix = actions.find((a) => a.isPreferred && a.diagnostics[0].code === rule);
      assert.ok(fix, `${rule}: ${actions.map((a) => a.title).join(' | ')}`);
      const next = applyEdits(text, editsOf(fix.edit, URI).edits);
      assert.ok(next.length > text.length || rule === 'objective-weights', `${rule} inserts`);
      const after = await replaceText(next);
      // The finding is gone. What the fix inserted is a template to fill in, so it may show up as
      // placeholders (placeholder-text, or the rule's own "left as a placeholder"); nothing else changes.
      const same = (d: any) => d.code === rule && d.message === finding.message;
      assert.ok(!after.params.diagnostics.some(same), `${rule} gone after "${fix.title}"`);
      const others = (m: Message) => m.params.diagnostics
        .filter((d: any) => d.code !== 'placeholder-text' && !/placeholder/.test(d.message) && !same(d))
        .map((d: any) => `${d.code}: ${d.message}`).sort();
      assert.deepEqual(others(after), others(before), `${rule}: nothing else changed`);
    }
  });

  it('offers to disable a rule for a line, a table or the file, and to show its docs', async () => {
    const published = await replaceText(text);
    const budget = published.params.diagnostics.find((d: any) => d.code === 'latency-budget-sum');
    const actions = await actionsAt(budget.range.start.line);
    const titles = actions.filter((a) => a.diagnostics?.[0]?.code === 'latency-budget-sum').map((a) => a.title);
    assert.ok(titles.includes('Disable latency-budget-sum for this file'), titles.join(' | '));
    const local = actions.find((a) => /^Disable latency-budget-sum for this (line|table)$/.test(a.title));
    const after = await replaceText(applyEdits(text, editsOf(local.edit, URI).edits));
    assert.ok(!codes(after).includes('latency-budget-sum'));
    assert.match(text, /<!-- mldoc-disable latency-budget-sum -->\n\| Stage/);

    const docs = actions.find((a) => a.title === 'Show documentation for latency-budget-sum');
    const shown = client.waitFor((m) => m.method === 'window/showDocument', client.received.length);
    await client.request('workspace/executeCommand', docs.command);
    assert.match((await shown).params.uri, /latency-budget-sum\.md$/);
  });

  it('source.fixAll.mldoc applies every fix at once', async () => {
    const restored = await replaceText(DOC);
    assert.ok(codes(restored).includes('objective-weights'));
    const [fixAll] = await actionsAt(0, ['source.fixAll']);
    assert.equal(fixAll.kind, 'source.fixAll.mldoc');
    const after = await replaceText(applyEdits(text, editsOf(fixAll.edit, URI).edits));
    for (const fixed of ['objective-weights', 'rollback-plan', 'latency-unquantified', 'empty-section', 'fp-fn-cost-table']) {
      const left = after.params.diagnostics.filter((d: any) => d.code === fixed && !/placeholder/.test(d.message));
      assert.deepEqual(left.map((d: any) => d.message), [], `${fixed} fixed`);
    }
  });

  it('hovers on a heading with what the section needs and what fails there', async () => {
    await replaceText(DOC);
    const line = DOC.split('\n').indexOf('## Data requirements');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 3 } });
    assert.match(hover.result.contents.value, /\*\*Data requirements\*\* \(profile `full`\): Data sources/);
    // The empty-section finding sits on the heading: its message is in the diagnostic hover, not repeated.
    assert.doesNotMatch(hover.result.contents.value, /empty-section|no content/i);
    const serving = DOC.split('\n').indexOf('## Serving');
    const servingHover = (await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: serving, character: 3 } })).result.contents.value;
    assert.match(servingHover, new RegExp(`\\[line \\d+\\]\\(${URI.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#L\\d+,\\d+\\) \`latency-budget-sum\``), servingHover);
    const none = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: line + 1, character: 0 } });
    assert.equal(none.result, null);
  });

  it('follows settings: rule severities from workspace/configuration, re-read on change', async () => {
    client.settings = { rules: { 'objective-weights': 'off', 'empty-section': 'error' } };
    const published = client.published(URI);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const { params } = await published;
    assert.ok(!params.diagnostics.some((d: any) => d.code === 'objective-weights'));
    assert.equal(params.diagnostics.find((d: any) => d.code === 'empty-section').severity, 1);
    client.settings = {};
  });

  it('config files win over settings, and a broken one is reported in the config file', async () => {
    fs.writeFileSync(CONFIG, JSON.stringify({ rules: { 'latency-budget-sum': 'off' } }));
    let published = client.published(URI);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: 1 }] });
    assert.ok(!codes(await published).includes('latency-budget-sum'));

    fs.writeFileSync(CONFIG, '{\n  "rules": {\n    "latency-budget-sum": "loud"\n  }\n}\n');
    const configProblem = client.published(CONFIG_URI);
    published = client.published(URI);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: 2 }] });
    const problem = (await configProblem).params.diagnostics[0];
    assert.equal(problem.range.start.line, 2);
    assert.match(problem.message, /rules\.latency-budget-sum/);
    assert.ok(!codes(await published).includes('latency-budget-sum'), 'the doc keeps the last valid config');

    fs.rmSync(CONFIG);
    const cleared = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === CONFIG_URI && m.params.diagnostics.length === 0, client.received.length);
    published = client.published(URI);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: 3 }] });
    await cleared;
    assert.ok(codes(await published).includes('latency-budget-sum'));
  });

  it('survives a malformed request and keeps answering', async () => {
    const bad = await client.request('textDocument/codeAction', { nonsense: true });
    assert.ok(bad.error || Array.isArray(bad.result));
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///not/open.md' }, position: { line: 0, character: 0 } });
    assert.equal(hover.result, null);
    const again = await actionsAt(0);
    assert.ok(Array.isArray(again));
  });

  it('clears diagnostics on close, then shuts down and exits with 0', async () => {
    const cleared = client.published(URI);
    client.notify('textDocument/didClose', { textDocument: { uri: URI } });
    assert.deepEqual((await cleared).params.diagnostics, []);
    assert.equal(await client.close(), 0);
  });
});

describe('language server (pull diagnostics)', () => {
  const client = new LspClient();
  after(() => client.child.kill());

  it('answers textDocument/diagnostic and does not push', async () => {
    const init = await client.initialize({ ...EDITOR_CAPABILITIES, textDocument: { ...EDITOR_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } });
    assert.equal(init.result.capabilities.diagnosticProvider.interFileDependencies, false);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DOC } });
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri: URI } });
    assert.equal(report.result.kind, 'full');
    assert.ok(report.result.items.some((d: any) => d.code === 'latency-budget-sum'));
    assert.ok(!client.received.some((m) => m.method === 'textDocument/publishDiagnostics'));
    assert.equal(await client.close(), 0);
  });
});

describe('language server (a README is not a design doc)', () => {
  const client = new LspClient();
  after(() => client.child.kill());

  it('lints only detected design docs unless designDocs is "all"', async () => {
    await client.initialize(EDITOR_CAPABILITIES);
    const readme = pathToFileURL(path.join(dir, 'README.md')).href;
    const text = '# lib\n\nTBD\n\n## Installation\n\nnpm i lib\n';
    const published = client.published(readme, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: readme, languageId: 'markdown', version: 1, text } });
    assert.deepEqual((await published).params.diagnostics, []);
    client.settings = { designDocs: 'all' };
    const all = client.published(readme);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.ok((await all).params.diagnostics.some((d: any) => d.code === 'placeholder-text'));
    assert.equal(await client.close(), 0);
  });
});

describe('language server (untrusted workspace)', () => {
  const client = new LspClient();
  after(() => client.child.kill());

  it('reads no config file from the workspace, only settings', async () => {
    const untrusted = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-untrusted-'));
    fs.writeFileSync(path.join(untrusted, '.mldoc.json'), JSON.stringify({ rules: { 'latency-budget-sum': 'off' } }));
    const uri = pathToFileURL(path.join(untrusted, 'doc.md')).href;
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: EDITOR_CAPABILITIES, initializationOptions: { trusted: false } });
    client.notify('initialized', {});
    const published = client.published(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DOC } });
    assert.ok(codes(await published).includes('latency-budget-sum'));
    assert.equal(await client.close(), 0);
  });
});

describe('language server (commands, report, status)', () => {
  const client = new LspClient();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-commands-'));
  const open = path.join(folder, 'draft.md');
  const closed = path.join(folder, 'docs', 'closed.md');
  fs.mkdirSync(path.dirname(closed));
  const draft = '---\nprofile: requirements\n---\n# Spam filter\n\n## Problem statement\n\nSupport agents delete spam by hand.\n';
  fs.writeFileSync(open, draft);
  fs.writeFileSync(closed, DOC);
  fs.writeFileSync(path.join(folder, 'README.md'), '# lib\n\n## Installation\n\n## Usage\n');
  const uri = pathToFileURL(open).href;
  after(() => client.child.kill());

  it('sends mldoc/status after each lint, for the status bar', async () => {
    await client.initialize(EDITOR_CAPABILITIES, pathToFileURL(folder).href);
    const status = client.waitFor((m) => m.method === 'mldoc/status' && m.params.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } });
    const { params } = await status;
    assert.deepEqual({ ...params, uri: undefined }, { uri: undefined, version: 1, isDesignDoc: true, profile: 'requirements', errors: 5, warnings: 0, infos: 0, toFill: 0 }); // 4 missing sections and the spam filter's cost table
  });

  it('answers mldoc/report with what each section needs and what fails', async () => {
    const report = await client.request('mldoc/report', { uri });
    assert.match(report.result, /^# mldoc report: Spam filter/);
    assert.match(report.result, /\| problem statement \| line 6: "Problem statement" \|/);
    assert.match(report.result, /\| out of scope \| \*\*missing\*\* \|/);
    assert.match(report.result, /\[line 4\]\(file:.*#L4\) `required-section`/);
  });

  it('answers mldoc/reportData with the same report as data, for views', async () => {
    const { result } = await client.request('mldoc/reportData', { uri });
    assert.equal(result.title, 'Spam filter');
    assert.deepEqual(result.sections.find((s: any) => s.title === 'problem statement').at, { line: 6, heading: 'Problem statement' });
    assert.equal(result.sections.find((s: any) => s.title === 'out of scope').at, null);
    const all = [...result.sections.flatMap((s: any) => s.findings), ...result.wholeDocument];
    assert.equal(all.length, 5);
    assert.ok(all.some((f: any) => f.ruleId === 'required-section' && f.line === 4 && f.column === 1));
  });

  it('inserts the missing sections through workspace/applyEdit, each at its place', async () => {
    const applied = client.waitFor((m) => m.method === 'workspace/applyEdit', client.received.length);
    const result = await client.request('workspace/executeCommand', { command: 'mldoc.server.insertMissingSections', arguments: [uri] });
    assert.equal(result.result, 4);
    const edit = editsOf((await applied).params.edit, uri).edits;
    const fixed = applyEdits(draft, edit);
    assert.match(fixed, /## Success metrics[\s\S]*## Constraints[\s\S]*## Out of scope[\s\S]*## Risks and alternatives/);
    assert.ok(fixed.startsWith(draft), 'only inserts');
    const published = client.published(uri, 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    assert.ok(!codes(await published).includes('required-section'));
  });

  it('lints the closed design docs of the workspace, not its README', async () => {
    const closedUri = pathToFileURL(closed).href;
    const published = client.published(closedUri);
    const result = await client.request('workspace/executeCommand', { command: 'mldoc.server.lintWorkspace', arguments: [] });
    assert.equal(result.result, 1);
    assert.ok(codes(await published).includes('latency-budget-sum'));
    assert.ok(!client.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri.endsWith('README.md')));
    assert.equal(await client.close(), 0);
  });
});

describe('language server (fix-all command)', () => {
  const client = new LspClient();
  after(() => client.child.kill());

  it('mldoc.server.fixAll applies every fix through workspace/applyEdit', async () => {
    await client.initialize(EDITOR_CAPABILITIES);
    const uri = pathToFileURL(path.join(dir, 'fix-all.md')).href;
    const opened = client.published(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DOC } });
    await opened;
    const applied = client.waitFor((m) => m.method === 'workspace/applyEdit', client.received.length);
    const result = await client.request('workspace/executeCommand', { command: 'mldoc.server.fixAll', arguments: [uri] });
    assert.ok(result.result >= 5, String(result.result));
    const fixed = applyEdits(DOC, editsOf((await applied).params.edit, uri).edits);
    assert.match(fixed, /Recall: 64%/);
    assert.match(fixed, /### Rollback plan/);
    assert.equal(await client.close(), 0);
  });
});
