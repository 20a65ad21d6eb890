// Building fixes that insert Markdown blocks, shared by the rules that offer them.
import type { DocumentModel } from './model/document.js';
import { LineIndex } from './text.js';
import type { Diagnostic, Fix } from './types.js';

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

/** Whether two insertion points are one gap of the text: nothing but blank space between them. */
function sameGap(text: string | undefined, lines: LineIndex | undefined, a: Fix, b: Fix): boolean {
  if (positionKey(a.range.start) === positionKey(b.range.start)) return true;
  if (text === undefined || lines === undefined) return false;
  const [from, to] = [lines.offsetAt(a.range.start), lines.offsetAt(b.range.start)].sort((x, y) => x - y);
  return text.slice(from!, to!).trim() === '';
}

/**
 * The fixes to apply together in one pass, no two overlapping: each insertion once (an insertion
 * whose lines another one in the same place already brings is dropped, e.g. a rollback plan inside
 * the template an empty rollout section gets; "the same place" is the same point, or with `text`,
 * points with only blank space between them: two empty sections under two headings both get their
 * prompt), insertions at one point ordered so each lands under the right heading, and the rest in
 * document order.
 */
export function planFixAll(fixes: Fix[], text?: string): Fix[] {
  const lines = text === undefined ? undefined : new LineIndex(text);
  const indexed = fixes.map((fix, index) => ({ fix, index, lines: contentLines(fix.text) }));
  // De-duplicate: drop an insertion whose content lines are all in another (larger, or earlier equal) insertion at the same place.
  const kept = indexed.filter((a) => {
    const sameAsEarlier = indexed.some((b) => b.index < a.index && b.fix.text === a.fix.text
      && positionKey(b.fix.range.start) === positionKey(a.fix.range.start) && positionKey(b.fix.range.end) === positionKey(a.fix.range.end));
    if (sameAsEarlier) return false;
    // Only inserted blocks are compared: the same few words appended to two sentences are two fixes.
    if (!isBlockInsertion(a.fix) || a.lines.length === 0) return true;
    return !indexed.some((b) => b !== a && isBlockInsertion(b.fix) && b.lines.length > 0
      && (b.lines.length > a.lines.length || (b.lines.length === a.lines.length && b.index < a.index))
      && a.lines.every((line) => b.lines.includes(line)) && sameGap(text, lines, a.fix, b.fix));
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

/** The fixes one pass of fix-all applies to a text: planFixAll over the findings' fixes. */
export function selectFixes(findings: readonly Diagnostic[], text?: string): Fix[] {
  return planFixAll(findings.flatMap((f) => (f.fix ? [f.fix] : [])), text);
}

const NUMBER = /\d+(?:[.,]\d+)?/g;

/** A fix may insert anywhere; it may replace text only when nothing but numbers changes (objective-weights rescales). */
export function deletesNoText(text: string, lines: LineIndex, fix: Fix): boolean {
  const start = lines.offsetAt(fix.range.start);
  const end = lines.offsetAt(fix.range.end);
  if (start === end) return true;
  return text.slice(start, end).replace(NUMBER, '#') === fix.text.replace(NUMBER, '#');
}

/** Passes of lint → fix before fix-all gives up (one or two are almost always enough). */
export const FIX_ALL_MAX_PASSES = 10;

export interface FixAllOutcome {
  /** The text once fix-all is done. */
  text: string;
  /** The edits that turn the original text into `text`, against the original text, in order, none overlapping. */
  fixes: Fix[];
  /** Fixes applied over all passes. */
  applied: number;
  /** Fixes refused because they would have deleted text. */
  refused: number;
  /** Lint passes run (the last one finds nothing more to fix when settled). */
  passes: number;
  /** False when fixes still changed the text after the last pass allowed (then the text is that pass's). */
  settled: boolean;
}

/** Where each character of a text comes from: a stretch of the original text, or inserted text. */
type Piece = { from: number; to: number } | { text: string };

function pieceLength(piece: Piece): number {
  return 'text' in piece ? piece.text.length : piece.to - piece.from;
}

/** The pieces covering [start, end) of the text the pieces make up. */
function slicePieces(pieces: Piece[], starts: number[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const from = Math.max(start, starts[i]!) - starts[i]!;
    const to = Math.min(end, starts[i]! + pieceLength(piece)) - starts[i]!;
    if (to <= from) continue;
    out.push('text' in piece ? { text: piece.text.slice(from, to) } : { from: piece.from + from, to: piece.from + to });
  }
  return out;
}

/** The pieces after applying non-overlapping fixes (ordered as applyFixes orders them) to the text they make up. */
function applyToPieces(pieces: Piece[], text: string, fixes: readonly Fix[]): Piece[] {
  const lines = new LineIndex(text);
  const starts: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    starts.push(at);
    at += pieceLength(piece);
  }
  const next: Piece[] = [];
  let cursor = 0;
  const sorted = [...fixes].sort((a, b) => positionKey(a.range.start) - positionKey(b.range.start));
  for (const fix of sorted) {
    const start = lines.offsetAt(fix.range.start);
    next.push(...slicePieces(pieces, starts, cursor, start));
    if (fix.text) next.push({ text: fix.text });
    cursor = Math.max(start, lines.offsetAt(fix.range.end));
  }
  next.push(...slicePieces(pieces, starts, cursor, text.length));
  return next;
}

/** The pieces as edits of the original text: each gap between kept stretches is one edit. */
function piecesAsFixes(original: string, pieces: Piece[]): Fix[] {
  const lines = new LineIndex(original);
  const fixes: Fix[] = [];
  let cursor = 0;
  let pending = '';
  const flush = (to: number) => {
    if (to !== cursor || pending) fixes.push({ range: lines.rangeOf(cursor, to), text: pending, title: 'Fix all' });
    pending = '';
  };
  for (const piece of pieces) {
    if ('text' in piece) {
      pending += piece.text;
      continue;
    }
    flush(piece.from);
    cursor = piece.to;
  }
  flush(original.length);
  return fixes;
}

/**
 * Fix-all: applies the fixes of a text's findings (one pass, planned by planFixAll), lints the
 * result and goes on until nothing is left to fix, so one fix-all is the final result (a second one
 * changes nothing): the first pass's insertions may show what the next pass fixes (a document read
 * as a design doc once its sections are in gets a rollback plan). A fix that would delete text is
 * refused. `findingsOf` lints a text with the document's settings; `findings` are those of `text`
 * when already known. The result's `fixes` apply to the original text at once.
 */
export function fixAll(text: string, findingsOf: (text: string) => readonly Diagnostic[], options: { findings?: readonly Diagnostic[]; maxPasses?: number } = {}): FixAllOutcome {
  const maxPasses = options.maxPasses ?? FIX_ALL_MAX_PASSES;
  let current = text;
  let pieces: Piece[] = text ? [{ from: 0, to: text.length }] : [];
  let applied = 0;
  let refused = 0;
  let findings = options.findings;
  let settled = false;
  let passes = 0;
  while (passes < maxPasses) {
    passes++;
    const lines = new LineIndex(current);
    const offered = selectFixes(findings ?? findingsOf(current), current);
    const safe = offered.filter((fix) => deletesNoText(current, lines, fix));
    refused += offered.length - safe.length;
    const next = safe.length > 0 ? applyFixes(current, safe) : current;
    if (next === current) {
      settled = true;
      break;
    }
    applied += safe.length;
    pieces = applyToPieces(pieces, current, safe);
    current = next;
    findings = undefined;
  }
  return { text: current, fixes: piecesAsFixes(text, pieces), applied, refused, passes, settled };
}

/** Applies non-overlapping fixes (as selectFixes returns them) to a text; fixes at one point keep their order. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const lines = new LineIndex(text);
  let result = '';
  let cursor = 0;
  const sorted = [...fixes].sort((a, b) => positionKey(a.range.start) - positionKey(b.range.start));
  for (const fix of sorted) {
    const start = lines.offsetAt(fix.range.start);
    const end = lines.offsetAt(fix.range.end);
    if (start < cursor) throw new Error('applyFixes: overlapping fixes; pass the result of selectFixes');
    result += text.slice(cursor, start) + fix.text;
    cursor = end;
  }
  return result + text.slice(cursor);
}
