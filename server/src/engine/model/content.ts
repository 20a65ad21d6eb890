// Facts about what a section holds and where a document-level finding belongs, read from the mdast once
// here so that rules never walk the tree themselves.
import type { RootContent } from 'mdast';
import type { Range } from '../types.js';
import type { DocumentModel, ListItemModel, SectionNode, TextBlock } from './document.js';

/** Whether a top-level node is something a reader would call content (a comment or a rule is not). */
function isContent(node: RootContent): boolean {
  if (node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'yaml') return false;
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  return true;
}

const contentCache = new WeakMap<SectionNode, boolean>();

/** The section, or one of its sub-sections, holds content. */
export function sectionHasContent(section: SectionNode): boolean {
  let known = contentCache.get(section);
  if (known === undefined) {
    known = section.ownContent.some(isContent) || section.children.some(sectionHasContent);
    contentCache.set(section, known);
  }
  return known;
}

/**
 * The headings that open the document before any content: the first heading when nothing precedes it,
 * and a deeper heading straight under it (a title and its subtitle), in that order.
 */
export function openingHeadings(doc: DocumentModel): SectionNode[] {
  const [first, second] = doc.sections;
  const children = doc.root.children;
  const firstContent = children.find((node) => node.type !== 'yaml' && isContent(node));
  if (!first || firstContent !== first.heading!.node) return [];
  const next = children[children.indexOf(first.heading!.node) + 1];
  return second && next === second.heading!.node && second.level > first.level ? [first, second] : [first];
}

/** Where a finding about the whole document goes: its title, else the first line after the front matter. */
export function documentAnchor(doc: DocumentModel): Range {
  const title = doc.headings.find((h) => h.isTitle);
  if (title) return title.range;
  const line = doc.frontMatter ? Math.min(doc.frontMatter.range.end.line + 1, doc.lines.lineCount) : 1;
  return { start: { line, column: 1 }, end: { line, column: 2 } };
}

/** A code block, list or table follows the block in its own section ("If it fails:" and then the steps). */
export function structuredContentAfter(block: TextBlock): boolean {
  return block.section.ownContent.some((node) => (node.type === 'code' || node.type === 'list' || node.type === 'table')
    && (node.position?.start.offset ?? -1) > block.endOffset);
}

/** The item's source text, nested items included (a target may sit one level down). */
export function listItemSource(doc: DocumentModel, item: ListItemModel): string {
  return doc.text.slice(item.startOffset, item.endOffset);
}

const rowTexts = new WeakMap<DocumentModel, Map<TextBlock, string>>();

/**
 * The whole row a table cell stands in, as "cell | cell | …" (undefined for any other block): a claim
 * in a table ("Recall | ≥ 0.9", "Scoring | 80 ms") spans its row. Built once per model.
 */
export function tableRowText(doc: DocumentModel, block: TextBlock): string | undefined {
  let rows = rowTexts.get(doc);
  if (!rows) {
    rows = new Map();
    for (const table of doc.tables) {
      for (const row of [{ cells: table.header }, ...table.rows]) {
        const text = row.cells.map((cell) => cell.text).join(' | ');
        for (const cell of row.cells) rows.set(cell.block, text);
      }
    }
    rowTexts.set(doc, rows);
  }
  return rows.get(block);
}

/** The paragraph (outside lists) that ends within `gap` lines above `line` in `section`: a list's or table's introduction. */
export function introductionAbove(doc: DocumentModel, section: SectionNode, line: number, gap = 2): TextBlock | undefined {
  return doc.blocks.find((b) => b.section === section && !b.listItem && b.kind === 'paragraph'
    && b.range.end.line < line && b.range.end.line >= line - gap);
}

const parentItems = new WeakMap<DocumentModel, Map<ListItemModel, ListItemModel | null>>();

/**
 * The list item an item is nested in ("- Requirements:" above "  - Real-time scoring"), or null for a
 * top-level item: in an outline, the parent labels what its sub-items are. Built once per model.
 */
export function parentListItem(doc: DocumentModel, item: ListItemModel): ListItemModel | null {
  let parents = parentItems.get(doc);
  if (!parents) {
    parents = new Map();
    const open: ListItemModel[] = [];
    for (const current of doc.listItems) {
      while (open.length > 0 && open[open.length - 1]!.endOffset <= current.startOffset) open.pop();
      parents.set(current, open[open.length - 1] ?? null);
      open.push(current);
    }
    parentItems.set(doc, parents);
  }
  return parents.get(item) ?? null;
}

/** Whether a list item is a step of a numbered list ("1. …", "2) …"). */
export function isNumberedItem(doc: DocumentModel, item: ListItemModel): boolean {
  return /^\s*\d{1,3}[.)]\s/.test(doc.text.slice(item.startOffset, item.startOffset + 8));
}
