// Building fixes that insert Markdown blocks, shared by the rules that offer them.
import type { DocumentModel } from './model/document.js';
import { LineIndex } from './text.js';
import type { Diagnostic, Fix, Position } from './types.js';

/**
 * Inserts a block (ending with a newline) at a document offset, usually a section's end, or at the
 * document's end (`null`): with the blank line Markdown needs before it, and a line break after it when
 * more text follows. It only inserts.
 */
export function insertBlock(doc: DocumentModel, at: number | null, block: string, title: string): Fix {
  const offset = at ?? doc.text.length;
  const before = doc.text.slice(Math.max(0, offset - 16), offset);
  const lastBreak = /(\r\n|\r|\n)$/.exec(before);
  const endsWithBlankLine = lastBreak !== null && /(\r\n|\r|\n)[ \t]*$/.test(before.slice(0, lastBreak.index));
  const lead = offset === 0 || endsWithBlankLine ? '' : lastBreak ? '\n' : '\n\n';
  const trail = offset < doc.text.length ? '\n' : '';
  const position = doc.lines.positionAt(offset);
  return { range: { start: position, end: position }, text: `${lead}${block}${trail}`, title };
}

/**
 * Inserts a paragraph under a line (a heading), with a blank line before it; at the document's end, as
 * `insertBlock` does. It only inserts.
 */
export function insertAfterLine(doc: DocumentModel, line: number, paragraph: string, title: string): Fix {
  if (line >= doc.lines.lineCount || (line === doc.lines.lineCount - 1 && doc.lines.lineText(line + 1) === '')) {
    return insertBlock(doc, null, `${paragraph}\n`, title);
  }
  const at = { line: line + 1, column: 1 };
  return { range: { start: at, end: at }, text: `\n${paragraph}\n`, title };
}

/**
 * One edit that replaces several spans (given in document order, not overlapping) and keeps the text
 * between them as it is, so that a rescaled list of weights is one undo step.
 */
export function replaceSpans(doc: DocumentModel, spans: Array<{ offsets: [number, number]; text: string }>, title: string): Fix {
  const start = spans[0]!.offsets[0];
  const end = spans[spans.length - 1]!.offsets[1];
  let text = '';
  let cursor = start;
  for (const span of spans) {
    text += doc.text.slice(cursor, span.offsets[0]) + span.text;
    cursor = span.offsets[1];
  }
  text += doc.text.slice(cursor, end);
  return { range: doc.lines.rangeOf(start, end), text, title };
}

/** A top-level construct whose text is not Markdown: what is inserted into it would not be read as Markdown. */
interface RawConstruct {
  type: string;
  start: number;
  end: number;
  /** It runs to the end of the document and would swallow text appended after it. */
  unterminated: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function isUnterminated(type: string, value: string, source: string): boolean {
  if (type === 'code') {
    const open = FENCE.exec(source);
    if (!open) return false; // indented code ends at the first unindented line
    const lines = source.split(/\r\n|\r|\n/);
    const close = new RegExp(`^ {0,3}${open[1]![0] === '`' ? '`' : '~'}{${open[1]!.length},}[ \\t]*$`);
    return lines.length < 2 || !close.test(lines[lines.length - 1]!);
  }
  if (type === 'html') {
    const text = value.trimStart().toLowerCase();
    if (text.startsWith('<!--')) return !text.includes('-->');
    const raw = /^<(script|pre|style|textarea)[\s>]/.exec(text);
    if (raw) return !text.includes(`</${raw[1]}>`);
    if (text.startsWith('<?')) return !text.includes('?>');
    if (text.startsWith('<![cdata[')) return !text.includes(']]>');
    if (/^<![a-z]/.test(text)) return !text.includes('>');
  }
  return false;
}

const constructsOf = new WeakMap<DocumentModel, RawConstruct[]>();

/** The document's raw constructs, found once per model (every fix of a lint asks). */
function rawConstructs(doc: DocumentModel): RawConstruct[] {
  let found = constructsOf.get(doc);
  if (!found) {
    found = findRawConstructs(doc);
    constructsOf.set(doc, found);
  }
  return found;
}

function findRawConstructs(doc: DocumentModel): RawConstruct[] {
  const found: RawConstruct[] = [];
  for (const node of doc.root.children) {
    if (!['code', 'html', 'yaml', 'toml'].includes(node.type) || !node.position) continue;
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? start;
    found.push({ type: node.type, start, end, unterminated: isUnterminated(node.type, (node as { value?: string }).value ?? '', doc.text.slice(start, end)) });
  }
  return found;
}

/**
 * Moves an inserted block out of a fenced block, HTML comment, HTML block or front matter (where it
 * would be code or markup, and be inserted again on every save): before the construct, or after the
 * front matter. Replacements and insertions at safe points are returned as they are.
 */
export function placeSafely(doc: DocumentModel, fix: Fix): Fix {
  const { start, end } = fix.range;
  if (start.line !== end.line || start.column !== end.column) return fix;
  const offset = doc.lines.offsetAt(start);
  const isBlock = /\r\n|\r|\n/.test(fix.text.replace(/(\r\n|\r|\n)+$/, ''));
  // Inside a construct, or after an unterminated one with nothing but line breaks between (it would swallow the insertion).
  const inside = rawConstructs(doc).find((c) => c.start < offset
    && (offset < c.end || (c.unterminated && /^\s*$/.test(doc.text.slice(c.end, offset)))));
  let target = offset;
  if (inside && (inside.type === 'yaml' || inside.type === 'toml')) {
    // Front matter stays first: insert after it (and its line break).
    target = inside.end + /^(\r\n|\r|\n)?/.exec(doc.text.slice(inside.end))![0].length;
  } else if (inside) {
    target = doc.lines.lineStarts[doc.lines.positionAt(inside.start).line - 1]!; // the start of its first line
  } else if (isBlock && start.column > 1) {
    // A block inserted mid-line would split the line: put it after the line instead.
    const next = doc.lines.lineStarts[start.line];
    target = next ?? doc.text.length;
  }
  if (target === offset) return fix;
  const at = doc.lines.positionAt(target);
  const body = fix.text.replace(/^(\r\n|\r|\n)+/, '').replace(/(\r\n|\r|\n)+$/, '');
  const before = doc.text.slice(Math.max(0, target - 16), target);
  const lastBreak = /(\r\n|\r|\n)$/.exec(before);
  const blankBefore = target === 0 || (lastBreak !== null && /(\r\n|\r|\n)[ \t]*$/.test(before.slice(0, lastBreak.index)));
  const lead = blankBefore ? '' : lastBreak ? '\n' : '\n\n';
  return { ...fix, range: { start: at, end: at }, text: `${lead}${body}\n${target < doc.text.length ? '\n' : ''}` };
}

function positionKey(p: { line: number; column: number }): number {
  return p.line * 1e7 + p.column;
}

/** Rank of an insertion among others at the same point: content of the section above first, then deeper headings, then shallower ones. */
function insertionRank(fix: Fix): number {
  const heading = /^(?:\r\n|\r|\n)*(#{1,6})\s/.exec(fix.text);
  return heading ? 7 - heading[1]!.length : 0;
}

function isBlockInsertion(fix: Fix): boolean {
  const { start, end } = fix.range;
  return start.line === end.line && start.column === end.column && /\r\n|\r|\n/.test(fix.text.trim());
}

/** The non-blank lines of an inserted block that are not headings: what it adds. */
function contentLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line && !/^#{1,6}\s/.test(line));
}

/**
 * The fixes to apply together (fix-all), in one pass: no two overlapping, each insertion once (an
 * insertion whose lines another one already brings is dropped, e.g. a rollback plan inside an
 * inserted rollout section), insertions at one point ordered so each lands under the right
 * heading, and the rest in document order.
 */
export function planFixAll(fixes: Fix[]): Fix[] {
  const indexed = fixes.map((fix, index) => ({ fix, index, lines: contentLines(fix.text) }));
  // De-duplicate: drop an insertion whose content lines are all in another (larger, or earlier equal) insertion.
  const kept = indexed.filter((a) => {
    const sameAsEarlier = indexed.some((b) => b.index < a.index && b.fix.text === a.fix.text
      && positionKey(b.fix.range.start) === positionKey(a.fix.range.start) && positionKey(b.fix.range.end) === positionKey(a.fix.range.end));
    if (sameAsEarlier) return false;
    // Only inserted blocks are compared: the same few words appended to two sentences are two fixes.
    if (!isBlockInsertion(a.fix) || a.lines.length === 0) return true;
    return !indexed.some((b) => b !== a && isBlockInsertion(b.fix) && b.lines.length > 0
      && (b.lines.length > a.lines.length || (b.lines.length === a.lines.length && b.index < a.index))
      && a.lines.every((line) => b.lines.includes(line)));
  });
  kept.sort((a, b) => positionKey(a.fix.range.start) - positionKey(b.fix.range.start)
    || insertionRank(a.fix) - insertionRank(b.fix) || a.index - b.index);
  const taken: Fix[] = [];
  for (const { fix } of kept) {
    const last = taken[taken.length - 1];
    if (last && positionKey(fix.range.start) < positionKey(last.range.end)) continue;
    taken.push(fix);
  }
  return taken;
}

/**
 * The fixes "fix all" applies (the editor's fix-all and the CLI's --fix): planFixAll over the
 * findings' fixes.
 */
export function selectFixes(findings: readonly Diagnostic[]): Fix[] {
  return planFixAll(findings.flatMap((f) => (f.fix ? [f.fix] : [])));
}

const order = (p: Position) => p.line * 1e6 + p.column;

/** Applies non-overlapping fixes (as selectFixes returns them) to a text; fixes at one point keep their order. */
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
