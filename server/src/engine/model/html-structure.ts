// HTML lists and tables written inside Markdown (`<ol><li>…</li></ol>`, `<ul>`, `<table><tr><td>`) as the
// mdast nodes Markdown would have produced (list, listItem, paragraph, table, tableRow, tableCell, text),
// with source positions, so the document model reads them as list items and tables and rules see them.
// Only structure is read: other tags are dropped and their text kept; `<a>` is a link and `<code>` code.
import type { Html, InlineCode, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { LineIndex } from '../text.js';

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…' };
const MAX_DEPTH = 32;
/** Elements that end the paragraph of inline text they interrupt. */
const BLOCK_BREAK = new Set(['p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'details', 'summary']);
/** The text inside these is no prose. */
const SKIP_CONTENT = new Set(['script', 'style', 'svg', 'math', 'pre', 'template']);

interface Token {
  kind: 'open' | 'close' | 'text';
  name: string; // lower-cased tag name; '' for text
  start: number; // document offsets
  end: number;
  selfClosing?: boolean;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function tokenize(value: string, base: number): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const text = (from: number, to: number) => {
    if (to > from) tokens.push({ kind: 'text', name: '', start: base + from, end: base + to });
  };
  for (const m of value.matchAll(TAG)) {
    text(last, m.index);
    last = m.index + m[0].length;
    if (!m[2]) continue; // a comment
    tokens.push({ kind: m[1] ? 'close' : 'open', name: m[2].toLowerCase(), start: base + m.index, end: base + last, selfClosing: m[3] === '/' });
  }
  text(last, value.length);
  return tokens;
}

/** Builds list and table nodes from the tokens of one HTML block. */
class Builder {
  private i = 0;
  /** Lists and tables open around the current token: past MAX_DEPTH, deeper ones are read as text. */
  private depth = 0;

  constructor(private readonly tokens: Token[], private readonly source: string, private readonly lines: LineIndex) {}

  private position(start: number, end: number) {
    const s = this.lines.positionAt(start);
    const e = this.lines.positionAt(end);
    return { start: { line: s.line, column: s.column, offset: start }, end: { line: e.line, column: e.column, offset: end } };
  }

  /** Top level: the lists and tables of the block, in order; an `<li>` with no list around it makes one. */
  readBlocks(): RootContent[] {
    const out: RootContent[] = [];
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      if (token.kind === 'open' && (token.name === 'ul' || token.name === 'ol')) out.push(this.readList());
      else if (token.kind === 'open' && token.name === 'li') out.push(this.readList(true));
      else if (token.kind === 'open' && token.name === 'table') {
        const table = this.readTable();
        if (table) out.push(table);
      } else this.i++;
    }
    return out;
  }

  /** `<ul>`/`<ol>` up to its close tag (or, bare, a run of `<li>` items). */
  private readList(bare = false): List {
    const open = this.tokens[this.i]!;
    const ordered = !bare && open.name === 'ol';
    if (!bare) this.i++;
    this.depth++;
    const items: ListItem[] = [];
    let end = open.end;
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      if (token.kind === 'open' && token.name === 'li') {
        const item = this.readItem();
        items.push(item);
        end = item.position!.end.offset!;
      } else if (!bare && token.kind === 'close' && (token.name === 'ul' || token.name === 'ol')) {
        end = token.end;
        this.i++;
        break;
      } else if (bare && token.kind !== 'text') break;
      else this.i++;
    }
    this.depth--;
    return { type: 'list', ordered, spread: false, children: items, position: this.position(open.start, end) };
  }

  /** `<li>` up to `</li>`, the next `<li>` or the end of its list; nested lists stay nested. */
  private readItem(): ListItem {
    const open = this.tokens[this.i++]!;
    const children: ListItem['children'] = [];
    let inline: PhrasingContent[] = [];
    const flush = () => {
      if (inline.some((node) => node.type !== 'text' || (node as Text).value.trim() !== '')) {
        const first = inline[0]!.position!.start.offset!;
        const last = inline[inline.length - 1]!.position!.end.offset!;
        children.push({ type: 'paragraph', children: inline, position: this.position(first, last) } as Paragraph);
      }
      inline = [];
    };
    let end = open.end;
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      if (token.kind === 'close' && token.name === 'li') {
        end = token.end;
        this.i++;
        break;
      }
      if ((token.kind === 'open' && token.name === 'li') || (token.kind === 'close' && (token.name === 'ul' || token.name === 'ol'))) break;
      if (token.kind === 'open' && (token.name === 'ul' || token.name === 'ol') && this.depth < MAX_DEPTH) {
        flush();
        const list = this.readList();
        children.push(list);
        end = list.position!.end.offset!;
        continue;
      }
      if (token.kind === 'open' && token.name === 'table' && this.depth < MAX_DEPTH) {
        flush();
        const table = this.readTable();
        if (table) (children as unknown as RootContent[]).push(table);
        continue;
      }
      end = token.end;
      this.readInline(token, inline, flush);
    }
    flush();
    return { type: 'listItem', spread: false, children, position: this.position(open.start, end) };
  }

  /** One token of inline content: text, a link, code, or a tag whose text is kept. */
  private readInline(token: Token, into: PhrasingContent[], flush: () => void): void {
    this.i++;
    if (token.kind === 'text') {
      const raw = this.source.slice(token.start, token.end);
      into.push({ type: 'text', value: decode(raw), position: this.position(token.start, token.end) });
      return;
    }
    if (BLOCK_BREAK.has(token.name)) {
      flush();
      return;
    }
    if (token.kind !== 'open' || token.selfClosing) return;
    if (SKIP_CONTENT.has(token.name)) {
      this.skipTo(token.name);
      return;
    }
    if (token.name === 'a' || token.name === 'code') {
      const texts: Text[] = [];
      let end = token.end;
      while (this.i < this.tokens.length) {
        const next = this.tokens[this.i]!;
        if (next.kind === 'close' && next.name === token.name) {
          end = next.end;
          this.i++;
          break;
        }
        if (next.kind !== 'text' && (next.name === 'li' || next.name === 'td' || next.name === 'th' || next.name === 'tr')) break;
        if (next.kind === 'text') texts.push({ type: 'text', value: decode(this.source.slice(next.start, next.end)), position: this.position(next.start, next.end) });
        end = next.end;
        this.i++;
      }
      if (token.name === 'a') into.push({ type: 'link', url: '', children: texts, position: this.position(token.start, end) } as Link);
      else {
        const value = texts.map((t) => t.value).join('');
        const start = texts[0]?.position!.start.offset ?? token.end;
        const stop = texts[texts.length - 1]?.position!.end.offset ?? token.end;
        into.push({ type: 'inlineCode', value, position: this.position(start, stop) } as InlineCode);
      }
    }
  }

  private skipTo(name: string): void {
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i++]!;
      if (token.kind === 'close' && token.name === name) return;
    }
  }

  /** `<table>` with its rows; the `<th>` row (or the first row) is the header. Null without rows. */
  private readTable(): Table | null {
    const open = this.tokens[this.i++]!;
    this.depth++;
    try {
      return this.readTableBody(open);
    } finally {
      this.depth--;
    }
  }

  private readTableBody(open: Token): Table | null {
    const rows: Array<{ row: TableRow; header: boolean }> = [];
    let end = open.end;
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      if (token.kind === 'close' && token.name === 'table') {
        end = token.end;
        this.i++;
        break;
      }
      if (token.kind === 'open' && token.name === 'tr') {
        const row = this.readRow();
        rows.push(row);
        end = row.row.position!.end.offset!;
      } else this.i++;
    }
    if (rows.length === 0) return null;
    // Markdown tables have exactly one header row first: a <th> row if there is one at the top.
    const ordered = rows.map((r) => r.row);
    const width = Math.max(...ordered.map((r) => r.children.length));
    for (const row of ordered) {
      while (row.children.length < width) {
        const at = row.position!.end.offset!;
        row.children.push({ type: 'tableCell', children: [], position: this.position(at, at) });
      }
    }
    return { type: 'table', align: ordered[0]!.children.map(() => null), children: ordered, position: this.position(open.start, end) };
  }

  private readRow(): { row: TableRow; header: boolean } {
    const open = this.tokens[this.i++]!;
    const cells: TableCell[] = [];
    let header = false;
    let end = open.end;
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      if (token.kind === 'close' && token.name === 'tr') {
        end = token.end;
        this.i++;
        break;
      }
      if ((token.kind === 'open' && token.name === 'tr') || (token.kind === 'close' && token.name === 'table')) break;
      if (token.kind === 'open' && (token.name === 'td' || token.name === 'th')) {
        header ||= token.name === 'th';
        const cell = this.readCell();
        cells.push(cell);
        end = cell.position!.end.offset!;
      } else this.i++;
    }
    return { row: { type: 'tableRow', children: cells, position: this.position(open.start, end) }, header };
  }

  private readCell(): TableCell {
    const open = this.tokens[this.i++]!;
    const inline: PhrasingContent[] = [];
    let end = open.end;
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      if (token.kind === 'close' && (token.name === 'td' || token.name === 'th')) {
        end = token.end;
        this.i++;
        break;
      }
      if (token.kind !== 'text' && (token.name === 'td' || token.name === 'th' || token.name === 'tr' || token.name === 'table')) break;
      end = token.end;
      // A line break or paragraph inside a cell reads as a space between its parts.
      this.readInline(token, inline, () => undefined);
    }
    return { type: 'tableCell', children: inline, position: this.position(open.start, end) };
  }
}

/**
 * The lists and tables an HTML block holds, as mdast nodes positioned in the document; [] for HTML
 * that holds neither (images, `<details>`, `<br>`, comments).
 */
export function htmlStructure(node: Html, source: string, lines: LineIndex): RootContent[] {
  if (!/<(?:ol|ul|li|table)\b/i.test(node.value)) return [];
  const start = node.position?.start.offset;
  if (start === undefined || source.slice(start, start + node.value.length) !== node.value) return [];
  return new Builder(tokenize(node.value, start), source, lines).readBlocks();
}
