// Building fixes that insert Markdown blocks, shared by the rules that offer them.
import type { DocumentModel } from './model/document.js';
import { LineIndex } from './text.js';
import type { Diagnostic, Fix, Position } from './types.js';

/**
 * Inserts a block (ending with a newline) at a document offset, usually a section's end or the
 * document's: with the blank line Markdown needs before it, and a line break after it when more
 * text follows. It only inserts.
 */
export function insertBlock(doc: DocumentModel, offset: number, block: string, title: string): Fix {
  const before = doc.text.slice(Math.max(0, offset - 16), offset);
  const lastBreak = /(\r\n|\r|\n)$/.exec(before);
  const endsWithBlankLine = lastBreak !== null && /(\r\n|\r|\n)[ \t]*$/.test(before.slice(0, lastBreak.index));
  const lead = offset === 0 || endsWithBlankLine ? '' : lastBreak ? '\n' : '\n\n';
  const trail = offset < doc.text.length ? '\n' : '';
  const at = doc.lines.positionAt(offset);
  return { range: { start: at, end: at }, text: `${lead}${block}${trail}`, title };
}

const order = (p: Position) => p.line * 1e6 + p.column;

/**
 * The fixes "fix all" applies, in document order: each finding's fix unless its range overlaps one
 * taken before it; the same insertion offered by two findings is taken once. The editor's fix-all
 * and the CLI's --fix both use this.
 */
export function selectFixes(findings: readonly Diagnostic[]): Fix[] {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  fixes.sort((a, b) => order(a.range.start) - order(b.range.start));
  const taken: Fix[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    const id = `${order(fix.range.start)}:${order(fix.range.end)}:${fix.text}`;
    if (seen.has(id)) continue;
    const last = taken[taken.length - 1];
    if (last && order(fix.range.start) < order(last.range.end)) continue;
    seen.add(id);
    taken.push(fix);
  }
  return taken;
}

/** Applies non-overlapping fixes (as selectFixes returns them) to a text. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const lines = new LineIndex(text);
  let result = '';
  let cursor = 0;
  const sorted = [...fixes].sort((a, b) => order(a.range.start) - order(b.range.start));
  for (const fix of sorted) {
    const start = lines.offsetAt(fix.range.start);
    const end = lines.offsetAt(fix.range.end);
    if (start < cursor) throw new Error('applyFixes: overlapping fixes; pass the result of selectFixes');
    result += text.slice(cursor, start) + fix.text;
    cursor = end;
  }
  return result + text.slice(cursor);
}
