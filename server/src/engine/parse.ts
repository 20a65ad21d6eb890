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
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

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
  const lineEnding = /\r\n|\r|\n/g;
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    lineEnding.lastIndex = offset;
    const found = lineEnding.exec(text);
    const end = found ? found.index : text.length;
    const next = found ? end + found[0].length : text.length;
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

const micromarkExtensions = [gfm(), frontmatter(['yaml', 'toml'])];
const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])];

function parseChunk(text: string): Root {
  return fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions });
}

/** A small LRU cache of chunk trees keyed by chunk text. Trees in it are never mutated. */
class ChunkCache {
  private readonly entries = new Map<string, Root>();
  constructor(private readonly capacity: number) {}

  get(text: string): Root {
    const hit = this.entries.get(text);
    if (hit) {
      this.entries.delete(text);
      this.entries.set(text, hit);
      return hit;
    }
    const tree = parseChunk(text);
    this.entries.set(text, tree);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return tree;
  }

  clear(): void {
    this.entries.clear();
  }
}

const sharedCache = new ChunkCache(4000);

/** Drops cached chunk trees (tests and benchmarks use it to measure cold parses). */
export function clearParseCache(): void {
  sharedCache.clear();
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

/** Parses a whole document into one mdast tree with document-absolute positions. */
export function parseMarkdown(text: string): Root {
  const children: RootContent[] = [];
  for (const chunk of splitIntoChunks(text)) {
    const tree = sharedCache.get(chunk.text);
    // The parser drops a leading byte-order mark and counts offsets without it: add it back.
    const bom = chunk.startOffset === 0 && chunk.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (const child of tree.children) {
      children.push(relocate(child, chunk.startLine - 1, chunk.startOffset + bom));
    }
  }
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: text.split(/\r\n|\r|\n/).length, column: 1, offset: text.length },
    },
  };
}
