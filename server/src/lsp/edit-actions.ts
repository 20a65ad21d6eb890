// The edits both language servers offer (main.ts on Node, web-main.ts in a web worker), from one
// place: code actions, source.fixAll.mldoc and the fix-all commands. Each is computed from the
// document's current text and addressed to the version it was computed for, so an editor refuses it
// once the text has moved on instead of writing it over newer lines. Fix-all runs to its fixed point
// (the engine's fixAll): one fix-all is the final result. It costs further lints, so for a client that
// resolves code actions it is computed only when a fix-all action is chosen (codeAction/resolve).
import type { ClientCapabilities, CodeAction, CodeActionParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { fixAll, selectFixes, type Diagnostic } from '../engine/index.js';
import { codeActionsFor, FIX_ALL_TITLE, fixEdit, type FixAllThunk } from './code-actions.js';
import type { DocumentLint } from './document-linter.js';
import { sectionActionsFor } from './section-actions.js';

/** A lint of a document's text, with the document version that text is. */
export interface VersionedLint extends DocumentLint {
  version: number;
}

/** Lints another text of a document with that document's settings (a later pass of fix-all). */
export type FindingsOf = (text: string) => readonly Diagnostic[];

/** What a server gives the shared handlers. */
export interface EditHost {
  /** The lint of the open document's current text (linted now when behind), or undefined (closed, or mldoc off). */
  currentLint(uri: string): Promise<VersionedLint | undefined>;
  /** How to lint other texts of the document with its settings. */
  findingsOf(uri: string): Promise<FindingsOf>;
  /** Whether the client takes versioned edits (workspace.workspaceEdit.documentChanges). */
  versionedEdits(): boolean;
  /** Whether the client resolves a code action's edit when it is chosen (textDocument.codeAction.resolveSupport). */
  resolvesEdits(): boolean;
}

/** Whether client capabilities say code actions' edits may be left to codeAction/resolve. */
export function clientResolvesEdits(capabilities: ClientCapabilities): boolean {
  return Boolean(capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'));
}

/** What a fix-all code action left to resolve carries: the document and the version it is for. */
interface FixAllData {
  mldocFixAll: { uri: string; version: number };
}

/** Which findings fix-all fixes: all of them, or only the missing sections ("Insert missing sections"). */
export type FixAllScope = 'all' | 'missing-sections';

export const FIX_ALL_LABELS: Record<FixAllScope, string> = {
  all: FIX_ALL_TITLE,
  'missing-sections': 'Insert missing sections',
};

/**
 * An edit tied to the document version it was computed for (when the client takes versioned edits):
 * an editor refuses it once the text has moved on.
 */
export function versionedEdit(uri: string, version: number, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (!versioned) return { changes: { [uri]: edits } };
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}

/** A code action's edits (built for one document) re-addressed to the version they were computed for. */
function withVersion(action: CodeAction, uri: string, version: number, versioned: boolean): CodeAction {
  const edits = action.edit?.changes?.[uri];
  return edits ? { ...action, edit: versionedEdit(uri, version, edits, versioned) } : action;
}

export interface FixAllEdits {
  /** Edits of the lint's text (insertions at one point merged into one edit). */
  edits: TextEdit[];
  /** Fixes applied over all passes. */
  applied: number;
}

/** Fix-all's edits of a lint's text, computed once per lint and scope (code actions ask on every cursor move). */
const computed = new WeakMap<DocumentLint, Map<FixAllScope, FixAllEdits>>();

export function fixAllEditsFor(lint: DocumentLint, findingsOf: FindingsOf, scope: FixAllScope = 'all'): FixAllEdits {
  let byScope = computed.get(lint);
  if (!byScope) computed.set(lint, byScope = new Map());
  const known = byScope.get(scope);
  if (known) return known;
  const inScope = (findings: readonly Diagnostic[]) => (scope === 'all' ? findings : findings.filter((d) => d.ruleId === 'required-section'));
  const outcome = fixAll(lint.model.text, (text) => inScope(findingsOf(text)), { findings: inScope(lint.result.diagnostics) });
  const result = { edits: outcome.fixes.map(fixEdit), applied: outcome.applied };
  byScope.set(scope, result);
  return result;
}

/** textDocument/codeAction: quick fixes, disable comments, docs, section actions and fix-all, for the current text and its version. */
export async function answerCodeActions(host: EditHost, { textDocument, range, context }: CodeActionParams): Promise<CodeAction[]> {
  const { uri } = textDocument;
  const lint = await host.currentLint(uri);
  if (!lint) return [];
  const findingsOf = await host.findingsOf(uri);
  const data: FixAllData = { mldocFixAll: { uri, version: lint.version } };
  // Left to resolve: counted from the first pass, which needs no further lint.
  const all: FixAllThunk = host.resolvesEdits()
    ? () => ({ applied: selectFixes(lint.result.diagnostics, lint.model.text).length, data })
    : () => fixAllEditsFor(lint, findingsOf);
  const versioned = host.versionedEdits();
  return [
    ...codeActionsFor(uri, lint.model, lint.result.diagnostics, range, context?.only, all),
    ...sectionActionsFor(uri, lint.model, lint.result.diagnostics, range, context?.only, all),
  ].map((action) => withVersion(action, uri, lint.version, versioned));
}

/**
 * codeAction/resolve: the edit of a fix-all action left to resolve, for the version it was offered
 * for. Once the text has moved on, the action comes back without an edit (nothing is applied) rather
 * than with one computed for other text than the user saw.
 */
export async function resolveCodeAction(host: EditHost, action: CodeAction): Promise<CodeAction> {
  const target = (action.data as Partial<FixAllData> | undefined)?.mldocFixAll;
  if (action.edit || typeof target?.uri !== 'string') return action;
  const lint = await host.currentLint(target.uri);
  if (!lint || lint.version !== target.version) return action;
  const { edits } = fixAllEditsFor(lint, await host.findingsOf(target.uri));
  return { ...action, edit: versionedEdit(target.uri, lint.version, edits, host.versionedEdits()) };
}

/**
 * The fix-all commands (mldoc.server.fixAll, mldoc.server.insertMissingSections): fix-all of the
 * current text sent with workspace/applyEdit, versioned. Returns the fixes applied (0 when the editor refused).
 */
export async function runFixAllCommand(
  host: EditHost, applyEdit: (label: string, edit: WorkspaceEdit) => Promise<boolean>, uri: string, scope: FixAllScope,
): Promise<number> {
  const lint = await host.currentLint(uri);
  if (!lint) return 0;
  const { edits, applied } = fixAllEditsFor(lint, await host.findingsOf(uri), scope);
  if (edits.length === 0) return 0;
  return (await applyEdit(FIX_ALL_LABELS[scope], versionedEdit(uri, lint.version, edits, host.versionedEdits()))) ? applied : 0;
}
