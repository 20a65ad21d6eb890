// Quick fixes beside the per-finding ones (code-actions.ts): "Fix all mldoc problems" in the lightbulb
// menu, "Disable <rule> for this section", and "Disable <rule> for this line, giving a reason", which
// writes the directive's reason form (<!-- mldoc-disable-next-line rule -- reason -->) with the reason
// to fill in selected by the client's mldoc.selectRange command.
import type { CodeAction, Range as LspRange, TextEdit } from 'vscode-languageserver/node';
import type { Diagnostic, DocumentModel } from '../engine/index.js';
import type { SectionNode } from '../engine/model/document.js';
import { disableHere, fixAllAction, type FixAllThunk } from './code-actions.js';
import { toLspDiagnostic, toLspRange, touches } from './convert.js';

/** Client command: select a range of a document (uri, line, start character, end character; 0-based). */
export const SELECT_RANGE_COMMAND = 'mldoc.selectRange';
const REASON_PROMPT = 'why this is fine';

const insertAt = (line: number, text: string): TextEdit => ({ range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 0 } }, newText: text });

/** The innermost section (with a heading other than the title) holding a 1-based line. */
function sectionAt(model: DocumentModel, line: number): SectionNode | undefined {
  let found: SectionNode | undefined;
  for (const section of model.sections) {
    if (!section.heading || section.heading.isTitle) continue;
    const end = model.lines.positionAt(section.endOffset).line;
    const last = section.endOffset >= model.text.length ? Number.MAX_SAFE_INTEGER : end - 1;
    if (section.heading.line <= line && line <= last && (!found || section.level >= found.level)) found = section;
  }
  return found;
}

export function sectionActionsFor(uri: string, model: DocumentModel, findings: Diagnostic[], range: LspRange, only: string[] | undefined, fixAll: FixAllThunk): CodeAction[] {
  if (only && !only.some((k) => k === 'quickfix' || 'quickfix'.startsWith(`${k}.`) || k === '')) return [];
  const here = findings.filter((f) => touches(toLspRange(f.range), range));
  if (here.length === 0) return [];
  const actions: CodeAction[] = [];
  for (const finding of here) {
    const diagnostic = toLspDiagnostic(uri, finding);
    const section = sectionAt(model, finding.range.start.line);
    if (section) {
      const start = section.heading!.line;
      const atEnd = section.endOffset >= model.text.length;
      const endLine = model.lines.positionAt(section.endOffset).line;
      const end = model.lines.positionAt(model.text.length);
      const textEnd = { line: end.line - 1, character: end.column - 1 };
      const enable = `<!-- mldoc-enable ${finding.ruleId} -->\n`;
      actions.push({
        title: `Disable ${finding.ruleId} for this section ("${section.heading!.text.trim()}")`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [
          insertAt(start, `<!-- mldoc-disable ${finding.ruleId} -->\n`),
          atEnd
            ? { range: { start: textEnd, end: textEnd }, newText: `${model.text.endsWith('\n') ? '' : '\n'}${enable}` }
            : insertAt(endLine, `${enable}\n`),
        ] } },
      });
    }
    // The same place as "Disable … for this line/table/list", with a reason to type in the first comment.
    const plain = disableHere(model, finding);
    const [first, ...rest] = plain.edits;
    if (first && !plain.title.endsWith('for this file')) {
      const withReason = first.newText.replace(/ -->\n$/, ` -- ${REASON_PROMPT} -->\n`);
      const reasonAt = withReason.indexOf(REASON_PROMPT);
      actions.push({
        title: `${plain.title}, giving a reason`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ ...first, newText: withReason }, ...rest] } },
        command: { title: 'Type the reason', command: SELECT_RANGE_COMMAND, arguments: [uri, first.range.start.line, reasonAt, reasonAt + REASON_PROMPT.length] },
      });
    }
  }
  const all = fixAll();
  const action = fixAllAction(uri, { title: `Fix all mldoc problems (${all.applied})`, kind: 'quickfix', diagnostics: here.map((f) => toLspDiagnostic(uri, f)) }, all);
  if (action) actions.push(action);
  return actions;
}
