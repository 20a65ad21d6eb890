// mdast -> document model: the section tree, prose blocks with source-mapped text, tables, list
// items, HTML comments and front matter. Rules read this model, never the raw text.
import type { Heading, Html, List, ListItem, Nodes, Root, RootContent, Table, TableCell, Yaml } from 'mdast';
import { parseDocument } from 'yaml';
import { parseMarkdown, type ParseSession } from '../parse.js';
import { LineIndex } from '../text.js';
import type { Position, Range, SectionSpec } from '../types.js';
import { normaliseHeading } from './headings.js';
import { htmlStructure } from './html-structure.js';
import { literalLinks } from '../literal-links.js';

/** A piece of inline text with where it came from in the document. */
export interface TextRun {
  value: string;
  start: number; // document offset of the source span
  end: number;
  inLink: boolean;
  isCode: boolean;
  /**
   * Source offset of each character of `value`, present only when the source differs from the
   * value (escapes, entities, code-span backticks, list or quote prefixes on continuation lines).
   */
  offsets?: number[];
}

export type BlockKind = 'paragraph' | 'heading' | 'tableCell';

/** A block of inline content (paragraph, heading or table cell) with its text and source map. */
export interface TextBlock {
  kind: BlockKind;
  node: Nodes;
  text: string;
  runs: TextRun[];
  /** Index in `text` where each run starts (same order as runs). */
  runStarts: number[];
  section: SectionNode;
  inBlockquote: boolean;
  listItem: ListItemModel | null;
  /** Where the block is in the document: offsets [start, end) and the range they span. */
  startOffset: number;
  endOffset: number;
  range: Range;
}

export interface HeadingInfo {
  node: Heading;
  text: string;
  normalised: string;
  level: number;
  line: number;
  range: Range;
  /** The document's single top-level title, which names the doc rather than a section. */
  isTitle: boolean;
  /** The heading holds a link (a reference entry that carries its own content). */
  hasLink: boolean;
}

export interface SectionNode {
  heading: HeadingInfo | null; // null for the preamble before the first heading
  level: number; // 0 for the document root
  parent: SectionNode | null;
  children: SectionNode[];
  /** Top-level nodes between this heading and the next heading of any level. */
  ownContent: RootContent[];
  startOffset: number;
  /** Offset where the next heading of the same or a higher level starts (or the end of text). */
  endOffset: number;
}

export interface TableCellModel {
  text: string;
  range: Range;
  block: TextBlock;
}

export interface TableRowModel {
  cells: TableCellModel[];
  range: Range;
}

export interface TableModel {
  node: Table;
  header: TableCellModel[];
  rows: TableRowModel[];
  section: SectionNode;
  range: Range;
  /** A short label on the line right above the table ("Stage risks:"), without markup; absent otherwise. */
  caption?: string;
}

export interface ListItemModel {
  node: ListItem;
  /** Text of the item's own paragraphs (not of nested lists). */
  text: string;
  range: Range;
  section: SectionNode;
  checked: boolean | null;
  /** The items of the same list, this one included, in order. */
  siblings: ListItemModel[];
  /** The item holds a list of its own (a category heading its sub-items). */
  hasNestedList: boolean;
  /** Document offsets [start, end) of the whole item, nested items included. */
  startOffset: number;
  endOffset: number;
}

/** A fenced or indented code block: not prose, but comments in it may state facts ("# cost of a miss: $500"). */
export interface CodeBlockModel {
  value: string;
  lang: string | null;
  range: Range;
  section: SectionNode;
}

export interface HtmlSnippet {
  value: string;
  range: Range;
  startOffset: number;
  inline: boolean;
}

export interface FrontMatter {
  raw: string;
  data: Record<string, unknown> | null;
  error: string | null;
  /** Where the YAML error is, as a document range (null without an error or a position). */
  errorRange: Range | null;
  range: Range;
}

export interface DocumentModel {
  text: string;
  lines: LineIndex;
  root: Root;
  frontMatter: FrontMatter | null;
  headings: HeadingInfo[];
  sectionRoot: SectionNode;
  /** Every section with a heading, in document order. */
  sections: SectionNode[];
  blocks: TextBlock[];
  tables: TableModel[];
  listItems: ListItemModel[];
  html: HtmlSnippet[];
  codeBlocks: CodeBlockModel[];
  /** Lower-cased labels of link reference definitions, so "[label]" text is not taken for a placeholder. */
  definitionLabels: Set<string>;
  /**
   * The active profile's section specs by id, set by the linter before rules run, so a custom
   * profile's aliases reach every rule that looks a section up (not only required-section).
   */
  activeSections?: ReadonlyMap<string, SectionSpec>;
}

export function nodeRange(node: Nodes, lines: LineIndex): Range {
  const p = node.position;
  if (!p) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (p.start.offset !== undefined && p.end.offset !== undefined) return lines.rangeOf(p.start.offset, p.end.offset);
  return { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } };
}

function startOffsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOffsetOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/**
 * What one top-level node contributed to a model, kept (with a parse session) so that the next model of
 * the same document reuses it when the node is reused, that is when its section's text did not change:
 * moved in place to where the node is now, and attached to the section it is in now. Everything in it
 * that holds a document position is listed here to be moved: a new position field in the model's pieces
 * must be moved in `movePieces` too (the incremental test compares whole models with cold ones).
 */
interface NodePieces {
  /** The node's start line and offset when the pieces were last placed. */
  line: number;
  offset: number;
  heading: HeadingInfo | null;
  blocks: TextBlock[];
  tables: TableModel[];
  listItems: ListItemModel[];
  html: HtmlSnippet[];
  codeBlocks: CodeBlockModel[];
  labels: string[];
  /** Every distinct start or end point of a range in the pieces. */
  points: Position[];
}

const piecesOf = new WeakMap<RootContent, NodePieces>();

function movePieces(pieces: NodePieces, lineDelta: number, offsetDelta: number): void {
  if (lineDelta !== 0) {
    for (const point of pieces.points) point.line += lineDelta;
    if (pieces.heading) pieces.heading.line += lineDelta;
  }
  if (offsetDelta !== 0) {
    for (const block of pieces.blocks) {
      block.startOffset += offsetDelta;
      block.endOffset += offsetDelta;
      for (const run of block.runs) {
        run.start += offsetDelta;
        run.end += offsetDelta;
        const offsets = run.offsets;
        if (offsets) for (let i = 0; i < offsets.length; i++) offsets[i]! += offsetDelta;
      }
    }
    for (const item of pieces.listItems) {
      item.startOffset += offsetDelta;
      item.endOffset += offsetDelta;
    }
    for (const snippet of pieces.html) snippet.startOffset += offsetDelta;
  }
  pieces.line += lineDelta;
  pieces.offset += offsetDelta;
}

interface Mark {
  blocks: number;
  tables: number;
  listItems: number;
  html: number;
  codeBlocks: number;
  labels: number;
}

class ModelBuilder {
  readonly lines: LineIndex;
  readonly blocks: TextBlock[] = [];
  readonly tables: TableModel[] = [];
  readonly listItems: ListItemModel[] = [];
  readonly html: HtmlSnippet[] = [];
  readonly codeBlocks: CodeBlockModel[] = [];
  readonly definitionLabels = new Set<string>();
  readonly headings: HeadingInfo[] = [];
  readonly sections: SectionNode[] = [];
  /** Link definition labels in the order they were met (the set loses the order and repeats). */
  private readonly labels: string[] = [];

  /** `reuse`: the root comes from a parse session, whose unchanged nodes carry their pieces over. */
  constructor(readonly text: string, readonly root: Root, private readonly reuse = false) {
    this.lines = new LineIndex(text);
  }

  private mark(): Mark {
    return {
      blocks: this.blocks.length, tables: this.tables.length, listItems: this.listItems.length,
      html: this.html.length, codeBlocks: this.codeBlocks.length, labels: this.labels.length,
    };
  }

  /** Keeps what `node` added since `mark`, for the next model of the document. */
  private record(node: RootContent, mark: Mark, heading: HeadingInfo | null): void {
    const pieces: NodePieces = {
      line: node.position!.start.line,
      offset: node.position!.start.offset!,
      heading,
      blocks: this.blocks.slice(mark.blocks),
      tables: this.tables.slice(mark.tables),
      listItems: this.listItems.slice(mark.listItems),
      html: this.html.slice(mark.html),
      codeBlocks: this.codeBlocks.slice(mark.codeBlocks),
      labels: this.labels.slice(mark.labels),
      points: [],
    };
    const points = new Set<Position>();
    const add = (range: Range) => {
      points.add(range.start);
      points.add(range.end);
    };
    if (heading) add(heading.range);
    for (const block of pieces.blocks) add(block.range);
    for (const table of pieces.tables) {
      add(table.range);
      for (const row of [{ range: table.range, cells: table.header }, ...table.rows]) {
        add(row.range);
        for (const cell of row.cells) add(cell.range);
      }
    }
    for (const item of pieces.listItems) add(item.range);
    for (const snippet of pieces.html) add(snippet.range);
    for (const code of pieces.codeBlocks) add(code.range);
    pieces.points = [...points];
    piecesOf.set(node, pieces);
  }

  /** The pieces `node` left in the previous model, moved to where it is now; undefined when it is new. */
  private kept(node: RootContent): NodePieces | undefined {
    if (!this.reuse || !node.position) return undefined;
    const pieces = piecesOf.get(node);
    if (!pieces) return undefined;
    movePieces(pieces, node.position.start.line - pieces.line, node.position.start.offset! - pieces.offset);
    return pieces;
  }

  /** Adds kept pieces to this model, in the section they are in now. */
  private adopt(pieces: NodePieces, section: SectionNode): void {
    for (const block of pieces.blocks) {
      block.section = section;
      this.blocks.push(block);
    }
    for (const table of pieces.tables) {
      table.section = section;
      this.tables.push(table);
    }
    for (const item of pieces.listItems) {
      item.section = section;
      this.listItems.push(item);
    }
    for (const snippet of pieces.html) this.html.push(snippet);
    for (const code of pieces.codeBlocks) {
      code.section = section;
      this.codeBlocks.push(code);
    }
    for (const label of pieces.labels) {
      this.labels.push(label);
      this.definitionLabels.add(label);
    }
  }

  /** A top-level block: its kept pieces, or visited and (with a session) kept for the next model. */
  private visitTopLevel(node: RootContent, section: SectionNode): void {
    // HTML blocks make nodes of their own (lists and tables in HTML) that the session does not move.
    const kept = node.type === 'html' ? undefined : this.kept(node);
    if (kept) {
      this.adopt(kept, section);
      return;
    }
    const mark = this.mark();
    this.visitBlock(node, section, false, null);
    if (this.reuse && node.type !== 'html' && node.position) this.record(node, mark, null);
  }

  /** Off while visiting the lists and tables of an HTML block. */
  private findLiteralLinks = true;

  build(): DocumentModel {
    const sectionRoot: SectionNode = {
      heading: null, level: 0, parent: null, children: [], ownContent: [], startOffset: 0, endOffset: this.text.length,
    };
    let frontMatter: FrontMatter | null = null;
    const h1Count = this.root.children.filter((n) => n.type === 'heading' && n.depth === 1).length;
    let current = sectionRoot;

    for (const node of this.root.children) {
      if (node.type === 'yaml' && frontMatter === null && startOffsetOf(node) === 0) {
        frontMatter = this.readFrontMatter(node);
        continue;
      }
      if (node.type === 'heading') {
        const isTitle = this.headings.length === 0 && node.depth === 1 && h1Count === 1;
        const kept = this.kept(node);
        const mark = this.mark();
        const info = kept?.heading ?? this.headingInfo(node, isTitle);
        info.isTitle = isTitle;
        this.headings.push(info);
        // Close sections at the same or a deeper level, then open this one under the nearest higher one.
        while (current.level >= node.depth && current.parent) {
          current.endOffset = startOffsetOf(node);
          current = current.parent;
        }
        const section: SectionNode = {
          heading: info, level: node.depth, parent: current, children: [], ownContent: [],
          startOffset: startOffsetOf(node), endOffset: this.text.length,
        };
        current.children.push(section);
        this.sections.push(section);
        current = section;
        if (kept) {
          this.adopt(kept, current);
        } else {
          this.addInlineBlock('heading', node, current, false, null);
          if (this.reuse && node.position) this.record(node, mark, info);
        }
        continue;
      }
      // Content belongs to the innermost open section.
      current.ownContent.push(node);
      this.visitTopLevel(node, current);
    }
    return {
      text: this.text,
      lines: this.lines,
      root: this.root,
      frontMatter,
      headings: this.headings,
      sectionRoot,
      sections: this.sections,
      blocks: this.blocks,
      tables: this.tables,
      listItems: this.listItems,
      html: this.html,
      codeBlocks: this.codeBlocks,
      definitionLabels: this.definitionLabels,
    };
  }

  private readFrontMatter(node: Yaml): FrontMatter {
    let data: Record<string, unknown> | null = null;
    let error: string | null = null;
    let errorAt: number | null = null;
    // The YAML text starts after the opening fence and its line break.
    const start = startOffsetOf(node);
    const valueStart = start + (/^[^\r\n]*(\r\n|\r|\n)?/.exec(this.text.slice(start, start + 8))?.[0].length ?? 0);
    try {
      const yaml = parseDocument(node.value, { logLevel: 'silent', prettyErrors: false });
      if (yaml.errors.length > 0) {
        errorAt = yaml.errors[0]!.pos[0];
        throw yaml.errors[0];
      }
      // Alias limits: a "billion laughs" front matter is an error, not a hang.
      const parsed: unknown = yaml.toJS({ maxAliasCount: 100 });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
      else if (parsed !== null && parsed !== undefined) error = 'front matter is not a mapping of keys to values';
    } catch (e) {
      error = (e as Error).message.split('\n')[0] ?? 'invalid YAML';
    }
    const errorRange = errorAt === null ? null : this.lines.rangeOf(valueStart + errorAt, Math.min(valueStart + errorAt + 1, endOffsetOf(node)));
    return { raw: node.value, data, error, errorRange, range: nodeRange(node, this.lines) };
  }

  private headingInfo(node: Heading, isTitle: boolean): HeadingInfo {
    const { text } = this.collectRuns(node.children);
    const range = nodeRange(node, this.lines);
    const hasLink = node.children.some((child) => child.type === 'link' || child.type === 'linkReference'
      || (child.type === 'text' && literalLinks(child.value, this.text.charCodeAt(startOffsetOf(child) - 1)).length > 0));
    return { node, text, normalised: normaliseHeading(text), level: node.depth, line: range.start.line, range, isTitle, hasLink };
  }

  private visitBlock(node: RootContent, section: SectionNode, inBlockquote: boolean, listItem: ListItemModel | null): void {
    switch (node.type) {
      case 'paragraph':
        this.addInlineBlock('paragraph', node, section, inBlockquote, listItem);
        return;
      case 'heading':
        // A heading nested in a list or quote is prose, not a section.
        this.addInlineBlock('heading', node, section, inBlockquote, listItem);
        return;
      case 'blockquote':
        for (const child of node.children) this.visitBlock(child, section, true, listItem);
        return;
      case 'list':
        this.visitList(node, section, inBlockquote);
        return;
      case 'table':
        this.visitTable(node, section, inBlockquote);
        return;
      case 'html':
        this.addHtml(node, false);
        // HTML lists and tables are lists and tables: their items and cells are prose like Markdown's
        // (a bare URL in them is text, as HTML has no autolinks).
        this.findLiteralLinks = false;
        try {
          for (const structure of htmlStructure(node, this.text, this.lines)) this.visitBlock(structure, section, inBlockquote, listItem);
        } finally {
          this.findLiteralLinks = true;
        }
        return;
      case 'definition':
        this.labels.push(node.identifier.toLowerCase());
        this.definitionLabels.add(node.identifier.toLowerCase());
        return;
      case 'footnoteDefinition':
        for (const child of node.children) this.visitBlock(child, section, inBlockquote, listItem);
        return;
      case 'code':
        this.codeBlocks.push({ value: node.value, lang: node.lang ?? null, range: nodeRange(node, this.lines), section });
        return;
      default:
        return; // code, math, thematic breaks and the like hold no prose
    }
  }

  private visitList(list: List, section: SectionNode, inBlockquote: boolean): void {
    const siblings: ListItemModel[] = [];
    for (const item of list.children) {
      const model: ListItemModel = {
        node: item, text: '', range: nodeRange(item, this.lines), section, checked: item.checked ?? null, siblings,
        hasNestedList: item.children.some((child) => child.type === 'list'),
        startOffset: startOffsetOf(item), endOffset: endOffsetOf(item),
      };
      siblings.push(model);
      this.listItems.push(model);
      const texts: string[] = [];
      for (const child of item.children) {
        const before = this.blocks.length;
        this.visitBlock(child, section, inBlockquote, child.type === 'list' ? null : model);
        if (child.type !== 'list') {
          for (const block of this.blocks.slice(before)) if (block.listItem === model) texts.push(block.text);
        }
      }
      model.text = texts.join('\n');
    }
  }

  private visitTable(table: Table, section: SectionNode, inBlockquote: boolean): void {
    const rows: TableRowModel[] = table.children.map((row) => ({
      range: nodeRange(row, this.lines),
      cells: row.children.map((cell: TableCell) => {
        const block = this.addInlineBlock('tableCell', cell, section, inBlockquote, null);
        return { text: block.text.trim(), range: nodeRange(cell, this.lines), block };
      }),
    }));
    const [header, ...body] = rows;
    const model: TableModel = { node: table, header: header?.cells ?? [], rows: body, section, range: nodeRange(table, this.lines) };
    const caption = this.captionBefore(startOffsetOf(table));
    if (caption) model.caption = caption;
    this.tables.push(model);
  }

  /** The line right above `offset` (blank lines skipped) when it is a short label of six words or fewer. */
  private captionBefore(offset: number): string | undefined {
    const before = this.text.slice(Math.max(0, offset - 300), offset).split(/\r\n|\r|\n/).map((line) => line.trim());
    let line = before.pop();
    while (line === '' && before.length > 0) line = before.pop();
    if (!line || /^(#|\||>|```|~~~|<)/.test(line)) return undefined;
    const label = line.replace(/^(?:[-*+]|\d+[.)])\s+/, '').replace(/[*_`]/g, '').trim();
    return label && label.split(/\s+/).length <= 6 && !label.endsWith('?') ? label : undefined;
  }

  private addHtml(node: Html, inline: boolean): void {
    this.html.push({ value: node.value, range: nodeRange(node, this.lines), startOffset: startOffsetOf(node), inline });
  }

  private addInlineBlock(kind: BlockKind, node: Nodes & { children: Nodes[] }, section: SectionNode,
    inBlockquote: boolean, listItem: ListItemModel | null): TextBlock {
    const { text, runs, runStarts } = this.collectRuns(node.children);
    const startOffset = startOffsetOf(node);
    const endOffset = endOffsetOf(node);
    const block: TextBlock = {
      kind, node, text, runs, runStarts, section, inBlockquote, listItem, startOffset, endOffset, range: nodeRange(node, this.lines),
    };
    this.blocks.push(block);
    return block;
  }

  /** Flattens inline content into text runs that remember their source offsets. */
  private collectRuns(children: Nodes[]): { text: string; runs: TextRun[]; runStarts: number[] } {
    const runs: TextRun[] = [];
    const runStarts: number[] = [];
    let text = '';
    const push = (value: string, node: Nodes, inLink: boolean, isCode: boolean, start = startOffsetOf(node), end = endOffsetOf(node)) => {
      runStarts.push(text.length);
      const run: TextRun = { value, start, end, inLink, isCode };
      const offsets = alignRun(this.text, run.start, run.end, value);
      if (offsets) run.offsets = offsets;
      // A soft line break inside a paragraph reads as a space (same length, so indexes still map).
      // (\r\n becomes two spaces, a lone \r one.)
      if (!isCode && value !== '\n') run.value = value.replace(/[\r\n]/g, ' ');
      runs.push(run);
      text += run.value;
    };
    const walk = (nodes: Nodes[], inLink: boolean) => {
      for (const node of nodes) {
        switch (node.type) {
          case 'text': {
            const links = inLink || !this.findLiteralLinks ? [] : literalLinks(node.value, this.text.charCodeAt(startOffsetOf(node) - 1));
            if (links.length === 0) {
              push(node.value, node, inLink, false);
              break;
            }
            // A bare URL is a link run of its own, between the text runs around it.
            const start = startOffsetOf(node);
            const offsets = alignRun(this.text, start, endOffsetOf(node), node.value);
            const at = (index: number) => (offsets ? offsets[index]! : start + index);
            let from = 0;
            const piece = (to: number, link: boolean) => {
              if (to > from) push(node.value.slice(from, to), node, link, false, at(from), at(to));
              from = to;
            };
            for (const [linkStart, linkEnd] of links) {
              piece(linkStart, false);
              piece(linkEnd, true);
            }
            piece(node.value.length, false);
            break;
          }
          case 'inlineCode':
            push(node.value, node, inLink, true);
            break;
          case 'break':
            push('\n', node, inLink, false);
            break;
          case 'html':
            this.addHtml(node, true);
            break;
          case 'link':
          case 'linkReference':
            walk(node.children, true);
            break;
          case 'emphasis':
          case 'strong':
          case 'delete':
            walk(node.children, inLink);
            break;
          default:
            break; // images, footnote references, inline math: no prose
        }
      }
    };
    walk(children, false);
    // Copies of exactly their length: arrays grown by push keep room for 16 or more (a 100,000-line doc
    // has some 50,000 blocks, most of one or two runs).
    return { text, runs: runs.slice(), runStarts: runStarts.slice() };
  }
}

/**
 * Maps each character of a run's value to its source offset when the two differ, by finding the
 * characters in order (an escaped "\\_" is found at its "_", a code span's text after its backticks).
 */
function alignRun(source: string, start: number, end: number, value: string): number[] | undefined {
  if (end - start === value.length && source.startsWith(value, start)) return undefined;
  const offsets: number[] = [];
  let cursor = start;
  for (const char of value) {
    const found = source.indexOf(char, cursor);
    const at = found === -1 || found >= end ? Math.min(cursor, end) : found;
    for (let i = 0; i < char.length; i++) offsets.push(at + i); // surrogate pairs take two slots
    if (found !== -1 && found < end) cursor = found + char.length;
  }
  offsets.push(Math.min(cursor, end));
  return offsets.slice(); // of exactly its length (see collectRuns)
}

/** A block's text with inline code blanked out (same length, so indexes still map to the source). */
export function blockProse(block: TextBlock): string {
  if (!block.runs.some((run) => run.isCode)) return block.text;
  return block.runs.map((run) => (run.isCode ? ' '.repeat(run.value.length) : run.value)).join('');
}

/** Maps an index in a block's joined text back to a document offset. */
export function blockOffsetAt(block: TextBlock, index: number): number {
  let low = 0;
  let high = block.runStarts.length - 1;
  if (high < 0) return startOffsetOf(block.node);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (block.runStarts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  const run = block.runs[low]!;
  const within = index - block.runStarts[low]!;
  if (run.offsets) return run.offsets[Math.min(within, run.offsets.length - 1)]!;
  return Math.min(run.start + within, run.end);
}

/** The model of a text; with a session (one per open document), only sections that changed are re-parsed. */
export function buildDocumentModel(text: string, session?: ParseSession): DocumentModel {
  return new ModelBuilder(text, parseMarkdown(text, session), session !== undefined).build();
}

/** The heading-less sections walk: every section at any depth under `section`, itself first. */
export function* sectionAndDescendants(section: SectionNode): Generator<SectionNode> {
  yield section;
  for (const child of section.children) yield* sectionAndDescendants(child);
}
