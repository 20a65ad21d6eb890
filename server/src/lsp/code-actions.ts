// Code actions: the engine's fixes as quick fixes, suppression comments, the rule's docs, and
// source.fixAll.mldoc (its edits from edit-actions.ts). Every edit inserts; only a fix the engine
// made may replace text.
import type { RootContent } from 'mdast';
import type { CodeAction, Range as LspRange, TextEdit } from 'vscode-languageserver/node';
import type { Diagnostic, DocumentModel, Fix } from '../engine/index.js';
import { toLspDiagnostic, toLspRange, touches } from './convert.js';

export const FIX_ALL_KIND = 'source.fixAll.mldoc';
export const SHOW_DOCS_COMMAND = 'mldoc.showDocumentation';
export const FIX_ALL_TITLE = 'Fix all auto-fixable mldoc problems';

export function fixEdit(fix: Fix): TextEdit {
  return { range: toLspRange(fix.range), newText: fix.text };
}

function insertAt(line: number, text: string): TextEdit {
  return { range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 0 } }, newText: text };
}

/** The line after the front matter (where a file-wide comment goes), or 1. */
function firstBodyLine(model: DocumentModel): number {
  return model.frontMatter ? model.frontMatter.range.end.line + 1 : 1;
}

/** The top-level block that holds a line: a comment between table rows or list items would split them. */
function blockAt(model: DocumentModel, line: number): RootContent | undefined {
  return model.root.children.find((node) => node.position && node.position.start.line <= line && node.position.end.line >= line);
}

export function disableHere(model: DocumentModel, finding: Diagnostic): { title: string; edits: TextEdit[] } {
  const line = finding.range.start.line;
  const id = finding.ruleId;
  const block = blockAt(model, line);
  if (line < firstBodyLine(model)) {
    return { title: `Disable ${id} for this file`, edits: [insertAt(firstBodyLine(model), `<!-- mldoc-disable-file ${id} -->\n`)] };
  }
  if (!block || block.position!.start.line === line || block.type === 'heading' || block.type === 'paragraph') {
    const at = block?.position?.start.line ?? line;
    return { title: `Disable ${id} for this line`, edits: [insertAt(at, `<!-- mldoc-disable-next-line ${id} -->\n`)] };
  }
  // Inside a table or list: bracket the whole block, which a comment line cannot split.
  const kind = block.type === 'table' ? 'table' : block.type === 'list' ? 'list' : 'block';
  return {
    title: `Disable ${id} for this ${kind}`,
    edits: [
      insertAt(block.position!.start.line, `<!-- mldoc-disable ${id} -->\n`),
      insertAt(block.position!.end.line + 1, `<!-- mldoc-enable ${id} -->\n`),
    ],
  };
}

/**
 * Fix-all for the code actions (see edit-actions.ts), computed when an action needs it: its edits,
 * or, for a client that resolves code actions, the data to compute them from when one is chosen.
 */
export type FixAllPart = { applied: number; edits: TextEdit[] } | { applied: number; data: unknown };
export type FixAllThunk = () => FixAllPart;

/** A fix-all code action from its part, or null when there is nothing to fix. */
export function fixAllAction(uri: string, action: Omit<CodeAction, 'edit' | 'data'>, part: FixAllPart): CodeAction | null {
  if ('edits' in part) return part.edits.length > 0 ? { ...action, edit: { changes: { [uri]: part.edits } } } : null;
  return part.applied > 0 ? { ...action, data: part.data } : null;
}

export function codeActionsFor(uri: string, model: DocumentModel, findings: Diagnostic[], range: LspRange, only: string[] | undefined, fixAll: FixAllThunk): CodeAction[] {
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants('quickfix')) {
    for (const finding of findings) {
      if (!touches(toLspRange(finding.range), range)) continue;
      const diagnostic = toLspDiagnostic(uri, finding);
      if (finding.fix) {
        actions.push({
          title: finding.fix.title ?? `Fix: ${finding.ruleId}`,
          kind: 'quickfix',
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [uri]: [fixEdit(finding.fix)] } },
        });
      }
      const here = disableHere(model, finding);
      actions.push({ title: here.title, kind: 'quickfix', diagnostics: [diagnostic], edit: { changes: { [uri]: here.edits } } });
      actions.push({
        title: `Disable ${finding.ruleId} for this file`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [insertAt(firstBodyLine(model), `<!-- mldoc-disable-file ${finding.ruleId} -->\n`)] } },
      });
      actions.push({
        title: `Show documentation for ${finding.ruleId}`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        command: { title: `Show documentation for ${finding.ruleId}`, command: SHOW_DOCS_COMMAND, arguments: [finding.docsUrl] },
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const action = fixAllAction(uri, { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND }, fixAll());
    if (action) actions.push(action);
  }
  return actions;
}
