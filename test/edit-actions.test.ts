// The code actions and fix-all commands both language servers share (server/src/lsp/edit-actions.ts):
// every edit addressed to the document version it was computed for, and fix-all final in one run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { BUILT_IN_PROFILES, lintPrepared, prepareDocument } from '../server/src/engine/index.js';
import { answerCodeActions, resolveCodeAction, runFixAllCommand, type EditHost, type VersionedLint } from '../server/src/lsp/edit-actions.js';

const URI = 'vscode-vfs://github/org/repo/docs/batch.md';
// Read as a software RFC until fix-all inserts the design-doc sections; then its rollout plan needs a rollback plan.
const RFC = '# RFC: Batch scoring for fraud\n\n## Summary\n\nWe score card payments in batches with a gradient boosted model.\n\n'
  + '## Motivation\n\nThe online scorer costs too much.\n\n## Backwards compatibility\n\nThe API stays as it is.\n\n'
  + '## Test plan\n\nReplay a week of traffic.\n\n## Rollout plan\n\nShadow for two weeks, then 5% and 100% of traffic.\n';

const options = { force: true };
const findingsOf = (text: string) => lintPrepared(prepareDocument(text, options), options).diagnostics;

function lintOf(text: string, version: number): VersionedLint {
  const prepared = prepareDocument(text, options);
  return { model: prepared.model, result: lintPrepared(prepared, options), profiles: { ...BUILT_IN_PROFILES }, version };
}

function host(text: string, version: number, versioned = true, resolves = false): EditHost & { linted: number; lint: VersionedLint } {
  const counted = {
    linted: 0,
    lint: lintOf(text, version),
    currentLint: async () => counted.lint,
    findingsOf: async () => (t: string) => {
      counted.linted++;
      return findingsOf(t);
    },
    versionedEdits: () => versioned,
    resolvesEdits: () => resolves,
  };
  return counted;
}

const editsIn = (edit: WorkspaceEdit): TextEdit[] => edit.documentChanges
  ? (edit.documentChanges[0] as { edits: TextEdit[] }).edits : edit.changes![URI]!;
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), edits);
const whole = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };

describe('shared code actions and fix-all (Node and web servers)', () => {
  it('every code action edit carries the version it was computed for', async () => {
    const actions = await answerCodeActions(host(RFC, 7), { textDocument: { uri: URI }, range: whole, context: { diagnostics: [] } });
    const withEdits = actions.filter((a) => a.edit);
    assert.ok(withEdits.length > 5 && withEdits.some((a) => a.kind === 'source.fixAll.mldoc'), actions.map((a) => a.title).join(' | '));
    for (const action of withEdits) {
      assert.equal(action.edit!.changes, undefined, action.title);
      assert.deepEqual(action.edit!.documentChanges!.map((c) => (c as { textDocument: unknown }).textDocument), [{ uri: URI, version: 7 }], action.title);
    }
  });

  it('without versioned-edit support the same edits come as plain changes', async () => {
    const actions = await answerCodeActions(host(RFC, 7, false), { textDocument: { uri: URI }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    assert.ok(actions[0]!.edit!.changes![URI]!.length > 0);
  });

  it('source.fixAll is final in one run: a second fix-all of its result offers nothing; computed once per lint', async () => {
    const server = host(RFC, 1);
    const ask = () => answerCodeActions(server, { textDocument: { uri: URI }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    const [fixAll] = await ask();
    const fixed = apply(RFC, editsIn(fixAll!.edit!));
    assert.match(fixed, /Rollback plan/, 'the rollback plan the inserted sections call for is in the first fix-all');
    const linted = server.linted;
    await ask();
    assert.equal(server.linted, linted, 'asked again for the same version: not computed again');
    const again = await answerCodeActions(host(fixed, 2), { textDocument: { uri: URI }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(again, []);
  });

  it('a client that resolves code actions gets fix-all without an edit, and its edit on resolve, for the version it was offered for', async () => {
    const server = host(RFC, 4, true, true);
    const actions = await answerCodeActions(server, { textDocument: { uri: URI }, range: whole, context: { diagnostics: [] } });
    assert.equal(server.linted, 0, 'no further lint while offering');
    const deferred = actions.filter((a) => !a.edit && a.data);
    assert.deepEqual(deferred.map((a) => a.kind).sort(), ['quickfix', 'source.fixAll.mldoc']);
    const resolved = await resolveCodeAction(server, deferred[0]!);
    assert.deepEqual((resolved.edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri: URI, version: 4 });
    assert.match(apply(RFC, editsIn(resolved.edit!)), /Rollback plan/, 'the whole fix-all');
    // The text moved on before the action was chosen: it comes back without an edit, nothing is applied.
    server.lint = lintOf(`${RFC}\nMore text.\n`, 5);
    assert.equal((await resolveCodeAction(server, deferred[1]!)).edit, undefined);
  });

  it('the fix-all command sends the versioned edit and counts the fixes; an edit the editor refuses counts none', async () => {
    const sent: Array<{ label: string; edit: WorkspaceEdit }> = [];
    const count = await runFixAllCommand(host(RFC, 3), async (label, edit) => (sent.push({ label, edit }), true), URI, 'missing-sections');
    assert.ok(count >= 4, String(count));
    assert.equal(sent[0]!.label, 'Insert missing sections');
    assert.deepEqual((sent[0]!.edit.documentChanges![0] as { textDocument: unknown }).textDocument, { uri: URI, version: 3 });
    const fixed = apply(RFC, editsIn(sent[0]!.edit));
    assert.ok(!findingsOf(fixed).some((d) => d.ruleId === 'required-section'));
    assert.ok(!/Rollback plan/.test(fixed), 'only the missing sections');
    assert.equal(await runFixAllCommand(host(RFC, 3), async () => false, URI, 'all'), 0);
  });
});
