// The extension's own tests, run inside a real VS Code extension host: in code-server here
// (`npm run test:editor`) and in desktop VS Code through @vscode/test-electron
// (scripts/editor-test-electron.mjs). They drive the editor through the vscode API only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

type Test = { name: string; run: () => Promise<void> };
const tests: Test[] = [];
const test = (name: string, run: () => Promise<void>) => tests.push({ name, run });

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const docUri = (name: string) => vscode.Uri.joinPath(folder(), name);

/** Resolves when the document's mldoc diagnostics satisfy the predicate (event-driven, with a deadline). */
function diagnosticsWhere(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, ms = 20000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mldoc');
  if (accept(current())) return Promise.resolve(current());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`diagnostics never matched; last: ${current().map(codeOf).join(', ')}`)); }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      if (!accept(current())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(current());
    });
  });
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const lacks = (rule: string) => (ds: vscode.Diagnostic[]) => ds.length > 0 && !ds.some((d) => codeOf(d) === rule);

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(docUri(name));
  return vscode.window.showTextDocument(document);
}

async function quickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: RegExp): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `no action ${title}; got ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

test('a design doc gets its findings with rule ids and docs links', async () => {
  const editor = await open('fraud.md');
  const found = await diagnosticsWhere(editor.document.uri, has('latency-budget-sum'));
  const budget = found.find((d) => codeOf(d) === 'latency-budget-sum')!;
  assert.equal(budget.severity, vscode.DiagnosticSeverity.Error);
  assert.match(String((budget.code as { target: vscode.Uri }).target), /latency-budget-sum\.md$/);
  assert.ok(found.some((d) => codeOf(d) === 'rollback-plan'));
});

test('typing updates the findings', async () => {
  const editor = await open('fraud.md');
  const line = editor.document.getText().split('\n').findIndex((l) => l.includes('low latency'));
  await diagnosticsWhere(editor.document.uri, has('latency-unquantified'));
  await editor.edit((b) => b.replace(new vscode.Range(line, 0, line, editor.document.lineAt(line).text.length), 'Scoring must answer within 80 ms at p99.'));
  await diagnosticsWhere(editor.document.uri, lacks('latency-unquantified'));
});

test('each quick fix applies and removes its finding', async () => {
  const editor = await open('fraud.md');
  for (const [rule, title] of [['rollback-plan', /rollback plan/i], ['objective-weights', /Rescale/], ['empty-section', /prompt/], ['fp-fn-cost-table', /cost table/i]] as const) {
    const found = await diagnosticsWhere(editor.document.uri, has(rule));
    const finding = found.find((d) => codeOf(d) === rule)!;
    const action = await quickFix(editor.document.uri, finding, title);
    assert.ok(await vscode.workspace.applyEdit(action.edit!), `${rule}: edit applied`);
    // That finding goes; what the fix inserted is a template whose prompts may be flagged until filled in.
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === rule && d.message === finding.message));
  }
});

test('"Disable for this file" inserts the suppression comment', async () => {
  const editor = await open('fraud.md');
  const found = await diagnosticsWhere(editor.document.uri, has('latency-budget-sum'));
  const action = await quickFix(editor.document.uri, found.find((d) => codeOf(d) === 'latency-budget-sum')!, /^Disable latency-budget-sum for this file$/);
  await vscode.workspace.applyEdit(action.edit!);
  assert.match(editor.document.getText(), /<!-- mldoc-disable-file latency-budget-sum -->/);
  await diagnosticsWhere(editor.document.uri, lacks('latency-budget-sum'));
});

test('hover on a heading says what the section needs', async () => {
  const editor = await open('fraud.md');
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0);
  const line = editor.document.getText().split('\n').indexOf('## Data requirements');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 4));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /Data requirements/);
});

type ReportData = import('../../../server/src/lsp/report.js').ReportData;
interface Api {
  statusBarText(): string;
  report: { active: boolean; docUri?: vscode.Uri; current?: ReportData; show(uri: vscode.Uri): Promise<ReportData | undefined>; focus(): Promise<void>; onDidChange(l: () => void): vscode.Disposable };
  onDidLint: vscode.Event<{ uri: string }>;
}

/** Resolves at the server's next lint of the document. */
function nextLint(uri: vscode.Uri, ms = 20000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no lint of ${uri.path} within ${ms} ms`)); }, ms);
    const sub = api().onDidLint((status) => {
      if (status.uri !== uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** Resolves when the predicate holds (checked now and on each change of the active editor). */
function activeEditorWhere(accept: (e: vscode.TextEditor | undefined) => boolean, ms = 10000): Promise<void> {
  if (accept(vscode.window.activeTextEditor)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('the active editor never matched')); }, ms);
    const sub = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (!accept(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}
const api = () => vscode.extensions.all.find((e) => e.packageJSON.name?.startsWith('mldoc') && e.packageJSON.contributes?.commands)!.exports as Api;

test('"New ML design doc" scaffolds docs/design/<slug>.md with the cursor on the title', async () => {
  const uri = await vscode.commands.executeCommand<vscode.Uri>('mldoc.newDesignDoc', { profile: 'requirements', title: 'Spam Filter v2' });
  assert.match(uri.path, /\/docs\/design\/spam-filter-v2\.md$/);
  const editor = vscode.window.activeTextEditor!;
  const text = editor.document.getText();
  assert.match(text, /^---\ntitle: Spam Filter v2\nprofile: requirements\nstatus: draft\n/);
  for (const heading of ['## Problem statement', '## Success metrics', '## Constraints', '## Out of scope', '## Risks and alternatives']) {
    assert.ok(text.includes(heading), heading);
  }
  assert.equal(editor.selection.start.line, 1, 'cursor on the first stop (the title)');
  const found = await diagnosticsWhere(editor.document.uri, has('placeholder-text'));
  assert.deepEqual(found.filter((d) => ['required-section', 'empty-section'].includes(codeOf(d))).map((d) => d.message), []);
  await diagnosticsWhere(editor.document.uri, () => /^mldoc: /.test(api().statusBarText()));
  assert.match(api().statusBarText(), /^mldoc: \d+ warnings?$/);
});

test('a snippet inserts its block', async () => {
  const editor = await open('partial.md');
  editor.selection = new vscode.Selection(editor.document.lineCount, 0, editor.document.lineCount, 0);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'mldoc block: Ownership' });
  assert.match(editor.document.getText(), /- \*\*Owner team\*\*: \[team\]\n- \*\*On-call\*\*/);
  await vscode.commands.executeCommand('undo');
});

test('"Insert missing sections" adds each missing section at its place', async () => {
  const editor = await open('partial.md');
  await diagnosticsWhere(editor.document.uri, has('required-section'));
  assert.equal(api().statusBarText().startsWith('mldoc: '), true);
  await vscode.commands.executeCommand('mldoc.insertMissingSections');
  const found = await diagnosticsWhere(editor.document.uri, lacks('required-section'));
  assert.match(editor.document.getText(), /## Success metrics[\s\S]*## Constraints[\s\S]*## Out of scope[\s\S]*## Risks and alternatives/);
  assert.ok(found.some((d) => codeOf(d) === 'placeholder-text'), 'the inserted prompts are flagged until filled');
});

test('"Select profile" writes the front matter and the checks follow', async () => {
  const editor = await open('partial.md');
  await vscode.commands.executeCommand('mldoc.selectProfile', 'interview');
  assert.match(editor.document.getText(), /^---\nprofile: interview\n---/);
  const found = await diagnosticsWhere(editor.document.uri, (ds) => ds.some((d) => /Missing required section: scale/.test(d.message)));
  assert.ok(found.length > 0);
});

test('"Show design-doc report" opens a view (not a document), and a click on a finding moves the cursor', async () => {
  const editor = await open('fraud.md');
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0);
  const documentsBefore = vscode.workspace.textDocuments.length;
  const report = await vscode.commands.executeCommand<ReportData>('mldoc.showReport');
  assert.equal(report.title, 'Card Fraud Scoring');
  const rollout = report.sections.find((s) => s.title === 'rollout plan');
  assert.equal(rollout?.at?.heading, 'Rollout plan');
  assert.equal(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').length, 0, 'no untitled document to lint or save');
  assert.ok(vscode.workspace.textDocuments.length <= documentsBefore, 'the report is not a text document');
  const first = [...report.sections.flatMap((s) => s.findings), ...report.wholeDocument][0]!;
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  // The runner clicks the first finding's link inside the webview, as a user does.
  const moved = new Promise<vscode.Selection>((resolve) => {
    const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document.uri.toString() !== editor.document.uri.toString() || e.selections[0]!.active.line !== first.line - 1) return;
      sub.dispose();
      resolve(e.selections[0]!);
    });
  });
  console.log('mldoc:click-report');
  const selection = await Promise.race([moved, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the click on the report link did not move the cursor')), 20000))]);
  assert.equal(selection.active.line, first.line - 1);
  assert.equal(selection.active.character, first.column - 1);
});

test('the report follows edits, and the status bar stays while the report has focus', async () => {
  const editor = await open('fraud.md');
  await api().report.show(editor.document.uri);
  const before = api().report.current!;
  const changed = new Promise<void>((resolve) => {
    const sub = api().report.onDidChange(() => {
      if (api().report.current === before) return;
      sub.dispose();
      resolve();
    });
  });
  const line = editor.document.lineCount;
  await editor.edit((b) => b.insert(new vscode.Position(line, 0), '\n## Notes\n\nTBD\n'));
  await changed;
  assert.notDeepEqual(api().report.current, before);
  const shownForDoc = api().statusBarText();
  assert.match(shownForDoc, /^mldoc: /);
  await api().report.focus();
  assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview, true, 'the report has focus');
  assert.ok(api().report.active);
  assert.equal(api().statusBarText(), shownForDoc);
  await vscode.commands.executeCommand('undo');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('the status bar counts what a draft still lacks ("to fill in"), not "complete"', async () => {
  const editor = await open('draft.md');
  await diagnosticsWhere(editor.document.uri, has('required-section'));
  await diagnosticsWhere(editor.document.uri, () => /to fill in/.test(api().statusBarText()));
  const missing = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'mldoc' && d.severity === vscode.DiagnosticSeverity.Information).length;
  assert.ok(missing >= 5, String(missing));
  assert.match(api().statusBarText(), new RegExp(`^mldoc: (.*, )?${missing} to fill in$`));
});

test('mldoc.run "onSave": an edit is not linted until the document is saved', async () => {
  const config = vscode.workspace.getConfiguration('mldoc');
  // code-server saves after a second by default, which would (rightly) lint; this test saves by hand.
  const files = vscode.workspace.getConfiguration('files');
  await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
  const editor = await open('onsave.md');
  await diagnosticsWhere(editor.document.uri, has('required-section'));
  // The server re-lints open docs when the setting changes; from then on it lints on save only.
  const relinted = nextLint(editor.document.uri);
  const changed = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('mldoc.run')) return;
      sub.dispose();
      resolve();
    });
  });
  await config.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
  try {
    await changed; // the language client forwards the change to the server before the edit below
    await relinted;
    const before = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'mldoc').map((d) => d.message).sort();
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Agents answer'));
    await editor.edit((b) => b.insert(new vscode.Position(line + 1, 0), '\nTBD\n'));
    await new Promise((resolve) => setTimeout(resolve, 2500)); // an absence: VS Code has pulled by now
    const unsaved = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'mldoc').map((d) => d.message).sort();
    assert.deepEqual(unsaved, before, 'no lint before the save');
    await editor.document.save();
    await diagnosticsWhere(editor.document.uri, has('placeholder-text'));
    await editor.edit((b) => b.delete(new vscode.Range(line + 1, 0, line + 3, 0)));
    await editor.document.save();
  } finally {
    await config.update('run', undefined, vscode.ConfigurationTarget.Workspace);
    await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test('"Lint all design docs" reports closed docs in the Problems panel', async () => {
  const count = await vscode.commands.executeCommand<number>('mldoc.lintWorkspace');
  assert.ok(count >= 1, String(count));
  const closed = await diagnosticsWhere(docUri('docs/closed-design.md'), has('latency-budget-sum'));
  assert.ok(closed.length > 0);
});

test('"Fix all auto-fixable problems" applies every fix', async () => {
  const editor = await open('docs/closed-design.md');
  await diagnosticsWhere(editor.document.uri, has('objective-weights'));
  await vscode.commands.executeCommand('mldoc.fixAll');
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0 && !ds.some((d) => ['objective-weights', 'latency-unquantified'].includes(codeOf(d))));
  assert.match(editor.document.getText(), /Recall: 64%/);
});

test('"Restart language server" and "Show output" work, and findings come back', async () => {
  await vscode.commands.executeCommand('mldoc.showOutput');
  const editor = await open('partial.md');
  await vscode.commands.executeCommand('mldoc.restartServer');
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0);
});

test('a README is not linted', async () => {
  const editor = await open('README.md');
  await new Promise((resolve) => setTimeout(resolve, 1500)); // nothing to wait for: absence of an event
  assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'mldoc'), []);
});

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    try {
      await t.run();
      passed++;
      console.log(`ok - ${t.name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${t.name}: ${(error as Error).stack ?? error}`);
    }
  }
  // Leave the design doc open with its findings and the Problems panel, for the runner's screenshot.
  const editor = await open('fraud.md');
  const original = await vscode.workspace.fs.readFile(docUri('fraud.original.txt')); // an untouched copy
  const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
  await editor.edit((b) => b.replace(whole, new TextDecoder().decode(original)));
  await diagnosticsWhere(editor.document.uri, has('latency-budget-sum')).catch(() => undefined);
  const budgetLine = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## Serving'));
  editor.revealRange(new vscode.Range(budgetLine, 0, budgetLine + 12, 0), vscode.TextEditorRevealType.AtTop);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  // The runner takes its screenshot on this line; the host shuts down (and clears diagnostics) after run().
  console.log('mldoc:screenshot');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} editor test(s) failed`);
}
