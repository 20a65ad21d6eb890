// Engine findings (1-based) to LSP diagnostics (0-based), at the server's edge.
import type { Diagnostic as LspDiagnostic, Range as LspRange } from 'vscode-languageserver/node';
import type { Diagnostic, Range } from '../engine/index.js';

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

export function toLspDiagnostic(uri: string, d: Diagnostic): LspDiagnostic {
  const diagnostic: LspDiagnostic = {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    source: 'mldoc',
    code: d.ruleId,
    codeDescription: { href: d.docsUrl },
    message: d.message,
  };
  if (d.related?.length) {
    diagnostic.relatedInformation = d.related.map((r) => ({ location: { uri, range: toLspRange(r.range) }, message: r.message }));
  }
  return diagnostic;
}

/** Whether two LSP ranges share a line (code actions are asked for a cursor or a selection). */
export function touches(a: LspRange, b: LspRange): boolean {
  return !(a.end.line < b.start.line || a.start.line > b.end.line);
}
