// Markdown text -> mdast, parsed in top-level chunks.
//
// The micromark-based parser is the dominant cost of a lint and grows worse than linearly on long
// documents. We split the text at column-0 ATX headings that sit outside fences, HTML comments and
// raw HTML blocks (such a heading always starts a top-level block, so the split does not change the
// tree), parse each chunk on its own, and cache chunk trees by their text. Retyping inside one
// section then re-parses only that section.
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { detached } from './memo.js';
import { countLines, lineBreakEnds } from './text.js';

export interface Chunk {
  text: string;
  startOffset: number;
  startLine: number; // 1-based
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
const ATX_HEADING_AT_COLUMN_0 = /^#{1,6}(?:[ \t]|$)/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
// Any other HTML block (<div>, <details>, a tag alone on a line) runs to the next blank line, and a
// heading inside it is HTML, not a heading: no split there. (Not splitting is always safe.)
const HTML_BLOCK_OPEN = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;

/**
 * Whether the line at `offset` surely starts none of what splitIntoChunks looks for: its first character
 * after spaces and tabs is none of ` ~ < # and is not other white space (which the patterns' \s admits).
 */
function opensNothing(text: string, offset: number): boolean {
  let i = offset;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const code = text.charCodeAt(i);
  // ` ~ < # end of text, line breaks
  if (code === 96 || code === 126 || code === 60 || code === 35 || Number.isNaN(code) || code === 10 || code === 13) return false;
  // Below 128 only these are white space to \s; above, check.
  return code < 128 ? code !== 11 && code !== 12 : !/\s/.test(text[i]!);
}

/** Splits a document into chunks that each start at a top-level heading (the first may not). */
export function splitIntoChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkStartLine = 1;
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let rawHtmlTag: string | null = null;
  let inHtmlBlock = false;
  let inFrontMatter = /^\uFEFF?---(\r\n|\r|\n)/.test(text);

  // Lines end at \r\n, \n or a lone \r, as the parser counts them.
  const nextLineStart = lineBreakEnds(text);
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    let next = nextLineStart();
    if (next === -1) next = text.length;
    // Most lines are prose: a line that can open or close nothing (no fence, HTML or heading mark first)
    // changes nothing here, unless a block it may be inside is open.
    if (!inFrontMatter && !fence && !inComment && !rawHtmlTag && !inHtmlBlock && opensNothing(text, offset)) {
      offset = next;
      line++;
      continue;
    }
    // The line without its line break (\n, \r\n or \r).
    let end = next;
    if (text.charCodeAt(end - 1) === 10) end--;
    if (end > offset && text.charCodeAt(end - 1) === 13) end--;
    const lineText = text.slice(offset, end);

    if (inFrontMatter) {
      if (line > 1 && (lineText === '---' || lineText === '...')) inFrontMatter = false;
    } else if (fence) {
      const close = lineText.match(/^\s*(`{3,}|~{3,})\s*$/);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
    } else if (inComment) {
      if (lineText.includes('-->')) inComment = false;
    } else if (rawHtmlTag) {
      if (lineText.toLowerCase().includes(`</${rawHtmlTag}`)) rawHtmlTag = null;
    } else if (inHtmlBlock && lineText.trim() !== '') {
      // still inside the HTML block
    } else {
      inHtmlBlock = false;
      const open = lineText.match(FENCE_OPEN);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else if (/^ {0,3}<!--/.test(lineText)) {
        inComment = !lineText.slice(lineText.indexOf('<!--') + 4).includes('-->');
      } else if (RAW_HTML_OPEN.test(lineText)) {
        const tag = lineText.match(RAW_HTML_OPEN)![1]!.toLowerCase();
        if (!lineText.toLowerCase().includes(`</${tag}`)) rawHtmlTag = tag;
      } else if (HTML_BLOCK_OPEN.test(lineText)) {
        inHtmlBlock = true;
      } else if (ATX_HEADING_AT_COLUMN_0.test(lineText) && offset > chunkStart) {
        chunks.push({ text: text.slice(chunkStart, offset), startOffset: chunkStart, startLine: chunkStartLine });
        chunkStart = offset;
        chunkStartLine = line;
      }
    }
    offset = next;
    line++;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ text: text.slice(chunkStart), startOffset: chunkStart, startLine: chunkStartLine });
  }
  return chunks;
}

// GFM without its autolink literals: looking for a bare URL or e-mail address at every word was about
// a third of the parse. The model finds them in the text it reads (literal-links.ts).
const micromarkExtensions = [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter(['yaml', 'toml'])];
const mdastExtensions = [
  gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(),
  frontmatterFromMarkdown(['yaml', 'toml']),
];

/**
 * A chunk's top-level nodes, placed by `lineDelta` and `offsetDelta` where the chunk is in its document,
 * each node's children in an array of exactly their number (see `shiftInPlace`).
 */
function parseChunk(text: string, lineDelta: number, offsetDelta: number): RootContent[] {
  const nodes = fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions }).children;
  shiftInPlace(nodes, lineDelta, offsetDelta, true);
  return nodes;
}

/** What a chunk tree is estimated to occupy: its text plus about 12 bytes of nodes per character. */
function estimatedBytes(text: string): number {
  return text.length * 14 + 200;
}

/** A chunk's tree in the cache, with the line and offset its positions were moved by. */
interface CachedTree {
  nodes: RootContent[];
  bytes: number;
  lineDelta: number;
  offsetDelta: number;
}

/**
 * A least-recently-used cache of chunk trees keyed by chunk text, bounded by an estimate of the bytes
 * the trees occupy (not by their number). Trees in it are never mutated: a lint that finds the chunk
 * where it was parsed gets the cached nodes themselves, one that finds it elsewhere gets a moved copy.
 * It serves one-off lints (closed files, the API, `check --fix`; a plain `check` suspends it, see
 * suspendParseCache); open documents keep their own trees in a ParseSession.
 */
class ChunkCache {
  private readonly entries = new Map<string, CachedTree>();
  private bytes = 0;
  constructor(public budget: number) {}

  peek(text: string): CachedTree | undefined {
    return this.entries.get(text);
  }

  /**
   * The chunk's top-level nodes, placed by `lineDelta` and `offsetDelta`: read them, never change them.
   * `keep`: a newly parsed tree may go into the cache.
   */
  get(text: string, lineDelta: number, offsetDelta: number, keep = true): RootContent[] {
    const hit = this.entries.get(text);
    if (hit) {
      this.entries.delete(text);
      this.entries.set(text, hit);
      if (hit.lineDelta === lineDelta && hit.offsetDelta === offsetDelta) return hit.nodes;
      return hit.nodes.map((node) => relocate(node, lineDelta - hit.lineDelta, offsetDelta - hit.offsetDelta));
    }
    const bytes = estimatedBytes(text);
    const kept = keep && bytes <= this.budget;
    // A kept tree is parsed from a copy of its chunk: its strings are slices of what they are parsed from,
    // and must not hold a whole document's text alive in the cache. One that is not kept lives as long as
    // the model built from it, which holds the document's text anyway: a copy would only double it.
    const source = kept ? detached(text) : text;
    // A new tree is moved in place (no copy) and cached where it is.
    const nodes = parseChunk(source, lineDelta, offsetDelta);
    if (!kept) return nodes;
    this.entries.set(source, { nodes, bytes, lineDelta, offsetDelta });
    this.bytes += bytes;
    this.evict();
    return nodes;
  }

  /** Drops the least recently used trees until the estimate is within the budget. */
  private evict(): void {
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** Estimated bytes held. */
  get size(): number {
    return this.bytes;
  }

  resize(budget: number): void {
    this.budget = budget;
    this.evict();
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/** The shared cache's default budget: 16 MB of trees, a few whole corpora's worth of distinct sections. */
export const DEFAULT_PARSE_CACHE_BYTES = 16 * 1024 * 1024;
const sharedCache = new ChunkCache(DEFAULT_PARSE_CACHE_BYTES);

/**
 * Sets the shared cache's budget in (estimated) bytes, dropping the least recently used trees beyond it.
 * Returns the budget it had, for a caller that sets it for a while.
 */
export function setParseCacheBudget(bytes: number): number {
  const previous = sharedCache.budget;
  sharedCache.resize(bytes);
  return previous;
}

let suspensions = 0;
let budgetBeforeSuspension = DEFAULT_PARSE_CACHE_BYTES;

/**
 * Keeps no chunk trees in the shared cache until the returned release is called: for a run that reads each
 * text once (`check`), where a kept tree would never be found again. Runs may overlap: the budget comes
 * back when the last of them releases (a budget set meanwhile is overridden then).
 */
export function suspendParseCache(): () => void {
  if (suspensions++ === 0) budgetBeforeSuspension = setParseCacheBudget(0);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--suspensions === 0) setParseCacheBudget(budgetBeforeSuspension);
  };
}

/** Drops cached chunk trees (tests and benchmarks use it to measure cold parses). */
export function clearParseCache(): void {
  sharedCache.clear();
}

/** Estimated bytes held by the shared cache of chunk trees (tests check its bound). */
export function parseCacheBytes(): number {
  return sharedCache.size;
}

/** Deep-copies a chunk's node, moving its positions to where the chunk sits in the document. */
function relocate<T extends object>(node: T, lineDelta: number, offsetDelta: number): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' && value) {
      const p = value as { start: PointLike; end: PointLike };
      copy.position = { start: movePoint(p.start, lineDelta, offsetDelta), end: movePoint(p.end, lineDelta, offsetDelta) };
    } else if (key === 'children' && Array.isArray(value)) {
      copy.children = value.map((child: object) => relocate(child, lineDelta, offsetDelta));
    } else {
      copy[key] = value;
    }
  }
  return copy as T;
}

interface PointLike {
  line: number;
  column: number;
  offset?: number;
}

function movePoint(point: PointLike, lineDelta: number, offsetDelta: number): PointLike {
  return { line: point.line + lineDelta, column: point.column, offset: (point.offset ?? 0) + offsetDelta };
}

/**
 * Moves the positions of nodes owned by one session, in place: no copy, no garbage. (The parser gives
 * every node its own position and point objects, so no point is moved twice.)
 *
 * `trim`, for a tree just parsed: also gives each node's children an array of exactly their number, in
 * the same walk. The tree builder grows children arrays by push, which leaves room for 16 or more; most
 * nodes have one to three children, and the trees of open documents are kept (~10 MB on a 100,000-line doc).
 */
function shiftInPlace(nodes: readonly RootContent[], lineDelta: number, offsetDelta: number, trim = false): void {
  const moves = lineDelta !== 0 || offsetDelta !== 0;
  if (!moves && !trim) return;
  const stack: object[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as { position?: { start: PointLike; end: PointLike }; children?: object[] };
    const position = node.position;
    if (moves && position) {
      position.start.line += lineDelta;
      position.start.offset = (position.start.offset ?? 0) + offsetDelta;
      position.end.line += lineDelta;
      position.end.offset = (position.end.offset ?? 0) + offsetDelta;
    }
    const children = node.children;
    if (!children) continue;
    if (trim) node.children = children.slice();
    for (let i = 0; i < children.length; i++) stack.push(children[i]!);
  }
}

/** Line and offset a chunk's own positions are moved by to sit where the chunk is in the document. */
function placement(chunk: Chunk): { lineDelta: number; offsetDelta: number } {
  // The parser drops a leading byte-order mark and counts offsets without it: add it back.
  const bom = chunk.startOffset === 0 && chunk.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { lineDelta: chunk.startLine - 1, offsetDelta: chunk.startOffset + bom };
}

function documentRoot(text: string, children: RootContent[]): Root {
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: countLines(text), column: 1, offset: text.length },
    },
  };
}

/**
 * Parses a whole document into one mdast tree with document-absolute positions. Without a session its
 * nodes may be the shared cache's own: read them, never change them.
 */
export function parseMarkdown(text: string, session?: ParseSession): Root {
  if (session) return session.parse(text);
  // A document whose trees would not all fit only flushes the cache: read in order, each of its chunks is
  // evicted before the next lint of it comes back round, so none is ever found (an LRU's sequential scan).
  // Its chunks are looked up, not kept (a 100,000-line doc: ~15 MB less at its peak).
  const keep = estimatedBytes(text) <= sharedCache.budget;
  const children: RootContent[] = [];
  for (const chunk of splitIntoChunks(text)) {
    const { lineDelta, offsetDelta } = placement(chunk);
    for (const node of sharedCache.get(chunk.text, lineDelta, offsetDelta, keep)) children.push(node);
  }
  return documentRoot(text, children);
}

interface PlacedChunk {
  nodes: RootContent[];
  lineDelta: number;
  offsetDelta: number;
  bytes: number;
}

/**
 * The parse of one document as it is edited (an open document in the language server). It owns the
 * trees of the document's current chunks, at their current positions: a chunk whose text did not
 * change keeps its tree, moved in place when text before it grew or shrank; only new chunk texts are
 * parsed. It keeps nothing but the current version's trees, which that version's model uses anyway,
 * so an open document never misses, whatever its number of sections.
 *
 * A tree returned by parse() is valid until the next parse() of the same session, which may move its
 * nodes: keep one session per document, and read a model before re-parsing its document.
 */
export class ParseSession {
  private placed = new Map<string, PlacedChunk[]>();
  private bytes = 0;
  /** Chunks parsed (not reused) by the last parse(), for tests and benchmarks. */
  parsedChunks = 0;

  parse(text: string): Root {
    const previous = this.placed;
    // Until this parse completes, nothing is reusable: a throw half-way leaves no moved tree behind.
    this.placed = new Map();
    this.bytes = 0;
    const next = new Map<string, PlacedChunk[]>();
    const children: RootContent[] = [];
    let bytes = 0;
    let parsed = 0;
    for (const chunk of splitIntoChunks(text)) {
      const { lineDelta, offsetDelta } = placement(chunk);
      let placed = previous.get(chunk.text)?.pop();
      if (placed) {
        shiftInPlace(placed.nodes, lineDelta - placed.lineDelta, offsetDelta - placed.offsetDelta);
        placed.lineDelta = lineDelta;
        placed.offsetDelta = offsetDelta;
      } else {
        parsed++;
        const key = detached(chunk.text);
        // A tree a one-off lint cached is copied (that one is shared); a new parse is this session's own.
        const cached = sharedCache.peek(key);
        const nodes = cached
          ? cached.nodes.map((node) => relocate(node, lineDelta - cached.lineDelta, offsetDelta - cached.offsetDelta))
          : parseChunk(key, lineDelta, offsetDelta);
        placed = { nodes, lineDelta, offsetDelta, bytes: estimatedBytes(key) };
      }
      const same = next.get(chunk.text);
      if (same) same.push(placed);
      else next.set(chunk.text, [placed]);
      bytes += placed.bytes;
      for (const node of placed.nodes) children.push(node);
    }
    this.placed = next;
    this.bytes = bytes;
    this.parsedChunks = parsed;
    return documentRoot(text, children);
  }

  /** Estimated bytes of the trees this session holds. */
  get size(): number {
    return this.bytes;
  }

  /** Lets go of every tree (the document was closed). */
  dispose(): void {
    this.placed = new Map();
    this.bytes = 0;
  }
}
