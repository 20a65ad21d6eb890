// Offsets <-> 1-based line/column conversion for one document text.
import type { Position, Range } from './types.js';

/** "rollout plan" -> "Rollout plan", for section titles used as headings. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Where each line break of a text ends (the offset after it): \r\n, \n and a lone \r each end a line,
 * in order, then -1. Found with indexOf, which is several times faster than reading the text character
 * by character.
 */
export function lineBreakEnds(text: string): () => number {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  return () => {
    // A \r right before a \n is part of that line break.
    while (cr !== -1 && text.charCodeAt(cr + 1) === 10) cr = text.indexOf('\r', cr + 1);
    if (lf === -1 && cr === -1) return -1;
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      const end = lf + 1;
      lf = text.indexOf('\n', end);
      return end;
    }
    const end = cr + 1;
    cr = text.indexOf('\r', end);
    return end;
  };
}

/** Lines of a text (\r\n, \r and \n each end one), counted without splitting it. */
export function countLines(text: string): number {
  let lines = 1;
  for (let next = lineBreakEnds(text); next() !== -1;) lines++;
  return lines;
}

export class LineIndex {
  /** Offset of the first character of each line (0-based line numbers here). */
  readonly lineStarts: number[];

  /** Lines end at \r\n, \n or a lone \r, as LSP and editors count them. */
  constructor(readonly text: string) {
    const starts = [0];
    const next = lineBreakEnds(text);
    for (let start = next(); start !== -1; start = next()) starts.push(start);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** The document's line ending (its first one), for text inserted into it. */
  get eol(): string {
    const first = this.lineStarts[1];
    if (first === undefined) return '\n';
    return this.text.charCodeAt(first - 1) === 13 ? '\r' : this.text.charCodeAt(first - 2) === 13 ? '\r\n' : '\n';
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[position.line - 1];
    if (start === undefined) return this.text.length;
    return Math.min(start + position.column - 1, this.text.length);
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** A position moved inside the text: an existing line, a column at most one past its end. */
  clampPosition(position: Position): Position {
    const line = Math.min(Math.max(1, position.line), this.lineCount);
    return { line, column: Math.min(Math.max(1, position.column), this.lineText(line).length + 1) };
  }

  clampRange(range: Range): Range {
    return { start: this.clampPosition(range.start), end: this.clampPosition(range.end) };
  }

  /** The range of a whole 1-based line, without its line ending. */
  lineRange(line: number): Range {
    const text = this.lineText(line);
    return { start: { line, column: 1 }, end: { line, column: text.length + 1 } };
  }
}

/** "a" or "an" before a word, by its sound as far as spelling tells ("an infrastructure", "a user"). */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const lower = word.trim().toLowerCase();
  if (/^(?:u[nrs]i|use|usu|uti|eu|one|once)/.test(lower)) return 'a';
  if (/^(?:hour|honest|honou?r)/.test(lower)) return 'an';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
