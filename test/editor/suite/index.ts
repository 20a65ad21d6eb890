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

/** Polls a condition of the UI (tabs) that has no event of its own, with a deadline. */
async function until(condition: () => boolean, what: string, ms = 15000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition(); await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
  }
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const lacks = (rule: string) => (ds: vscode.Diagnostic[]) => ds.length > 0 && !ds.some((d) => codeOf(d) === rule);

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(docUri(name));
  return vscode.window.showTextDocument(document);
}

/**
 * The code action with this title for a finding. The finding is looked up again until the action comes:
 * right after an edit or an undo VS Code may still show the findings of the text before it.
 */
async function quickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: RegExp): Promise<vscode.CodeAction> {
  let titles: string[] = [];
  for (const deadline = Date.now() + 10000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const current = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'mldoc' && codeOf(d) === codeOf(diagnostic) && d.message === diagnostic.message) ?? diagnostic;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, current.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((a) => title.test(a.title));
    if (action) return action;
    titles = actions.map((a) => a.title);
  }
  throw new assert.AssertionError({ message: `no action ${title}; got ${titles.join(' | ')}` });
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

test('typing "## " offers the missing sections in order; picking one inserts its skeleton', async () => {
  const editor = await open('draft.md');
  await diagnosticsWhere(editor.document.uri, has('required-section'));
  const end = editor.document.lineCount;
  await editor.edit((b) => b.insert(new vscode.Position(end, 0), '\n## '));
  const line = editor.document.lineCount - 1;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, 3), ' ');
  const ours = list.items.filter((i) => String(i.detail ?? '').startsWith('mldoc'));
  const labels = ours.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  assert.deepEqual(labels.slice(0, 3), ['Success metrics', 'Data requirements', 'Model architecture'], labels.join(', '));
  const item = ours[0]!;
  const range = (item.range && 'inserting' in item.range ? item.range.replacing : item.range) as vscode.Range;
  await editor.insertSnippet(item.insertText as vscode.SnippetString, range);
  assert.match(editor.document.getText(), /## Success metrics\n\n\[An offline ML metric[^\n]*\]\n\n- Offline: /);
  await diagnosticsWhere(editor.document.uri, (ds) => !ds.some((d) => /Missing required section: success metrics/.test(d.message)));
  await vscode.commands.executeCommand('undo');
  await vscode.commands.executeCommand('undo');
});

/** Opens fraud.md with its original text again (earlier tests fixed or disabled some of its findings). */
async function freshFraud(): Promise<vscode.TextEditor> {
  const editor = await open('fraud.md');
  const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(docUri('fraud.original.txt')));
  if (editor.document.getText() !== original) await editor.edit((b) => b.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), original));
  return editor;
}

test('the quick-fix menu has "Fix all mldoc problems", "Disable … for this section" and a disable with a reason', async () => {
  const editor = await freshFraud();
  const found = await diagnosticsWhere(editor.document.uri, has('latency-unquantified'));
  const finding = found.find((d) => codeOf(d) === 'latency-unquantified')!;
  await quickFix(editor.document.uri, finding, /^Fix all mldoc problems \(\d+\)$/);
  const section = await quickFix(editor.document.uri, finding, /^Disable latency-unquantified for this section \("Problem statement"\)$/);
  assert.ok(await vscode.workspace.applyEdit(section.edit!));
  await diagnosticsWhere(editor.document.uri, lacks('latency-unquantified'));
  await vscode.commands.executeCommand('undo');
  const back = await diagnosticsWhere(editor.document.uri, has('latency-unquantified'));
  const reason = await quickFix(editor.document.uri, back.find((d) => codeOf(d) === 'latency-unquantified')!, /for this line, giving a reason$/);
  assert.ok(await vscode.workspace.applyEdit(reason.edit!));
  await vscode.commands.executeCommand(reason.command!.command, ...(reason.command!.arguments ?? []));
  const active = vscode.window.activeTextEditor!;
  assert.equal(active.document.getText(active.selection), 'why this is fine', 'the reason to type is selected');
  await active.edit((b) => b.replace(active.selection, 'the product asks for no number here'));
  assert.match(editor.document.getText(), /<!-- mldoc-disable-next-line latency-unquantified -- the product asks for no number here -->\n.*low latency/);
  await diagnosticsWhere(editor.document.uri, lacks('latency-unquantified'));
  await vscode.commands.executeCommand('undo');
  await vscode.commands.executeCommand('undo');
});

test('"Show documentation" and the rule link open the bundled rule page in the Markdown preview', async () => {
  const editor = await freshFraud();
  const found = await diagnosticsWhere(editor.document.uri, has('latency-budget-sum'));
  const finding = found.find((d) => codeOf(d) === 'latency-budget-sum')!;
  const target = (finding.code as { target: vscode.Uri }).target;
  assert.equal(target.scheme, 'file');
  assert.match(target.path, /\/docs\/rules\/latency-budget-sum\.md$/);
  const previews = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
  const before = previews().length;
  const show = await quickFix(editor.document.uri, finding, /^Show documentation for latency-budget-sum$/);
  await vscode.commands.executeCommand(show.command!.command, ...(show.command!.arguments ?? []));
  await until(() => previews().length > before, 'a Markdown preview opens');
  assert.ok(previews().some((t) => /latency-budget-sum/.test(t.label)), previews().map((t) => t.label).join(', '));
  // The Problems panel's link opens the target; the page opened as text is swapped for its preview.
  await vscode.commands.executeCommand('vscode.open', target);
  await until(() => !vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === target.toString()), 'the text tab of the rule page closes');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('"Toggle linting" turns mldoc off and on again', async () => {
  const editor = await open('partial.md');
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0);
  assert.equal(await vscode.commands.executeCommand('mldoc.toggleLinting'), false);
  try {
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length === 0, 10000).catch(() => {
      throw new Error('findings stayed with linting off');
    });
  } finally {
    assert.equal(await vscode.commands.executeCommand('mldoc.toggleLinting'), true);
  }
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0);
});

test('"Open config file" creates .mldoc.json at the folder root when there is none, and opens it', async () => {
  await open('fraud.md');
  const uri = await vscode.commands.executeCommand<vscode.Uri>('mldoc.openConfig');
  assert.equal(uri.toString(), docUri('.mldoc.json').toString());
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  assert.deepEqual(JSON.parse(vscode.window.activeTextEditor!.document.getText()), { rules: {} });
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await vscode.workspace.fs.delete(uri);
});

test('"Lint all design docs" reports closed docs in the Problems panel', async () => {
  const count = await vscode.commands.executeCommand<number>('mldoc.lintWorkspace');
  assert.ok(count >= 1, String(count));
  const closed = await diagnosticsWhere(docUri('docs/closed-design.md'), has('latency-budget-sum'));
  assert.ok(closed.length > 0);
});

test('"Fix all mldoc problems" applies every fix', async () => {
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

test('mldoc.ignore: a doc matching a glob is not linted', async () => {
  const config = vscode.workspace.getConfiguration('mldoc');
  const editor = await open('onsave.md');
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0);
  await config.update('ignore', ['onsave.*'], vscode.ConfigurationTarget.Workspace);
  try {
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length === 0);
  } finally {
    await config.update('ignore', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0);
});

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  // What a user has open, not the test host's extras: no chat panel, no sticky headings.
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await vscode.workspace.getConfiguration('editor').update('stickyScroll.enabled', false, vscode.ConfigurationTarget.Workspace);
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
  // For the runner's screenshot, what a user sees: the design doc alone, a finding hovered with its
  // lightbulb, the Problems panel with that doc's findings, the status bar.
  for (let i = 0; i < 30 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (!vscode.window.activeTextEditor) await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await vscode.commands.executeCommand('mldoc.restartServer'); // drops the findings of closed docs
  const editor = await freshFraud();
  await diagnosticsWhere(editor.document.uri, has('latency-budget-sum')).catch(() => undefined);
  const lines = editor.document.getText().split('\n');
  const low = lines.findIndex((l) => l.includes('low latency'));
  const column = lines[low]!.indexOf('low latency') + 4;
  editor.selection = new vscode.Selection(low, column, low, column);
  editor.revealRange(new vscode.Range(Math.max(0, low - 6), 0, low + 20, 0), vscode.TextEditorRevealType.AtTop);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await new Promise((resolve) => setTimeout(resolve, 800)); // the lightbulb appears after a short delay
  await vscode.commands.executeCommand('editor.action.showHover');
  await new Promise((resolve) => setTimeout(resolve, 800));
  // The runner takes its screenshot on this line; the host shuts down (and clears diagnostics) after run().
  console.log('mldoc:screenshot');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} editor test(s) failed`);
}
