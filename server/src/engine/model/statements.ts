// Statements: the units a reader takes in one go. A list item's own text, a table cell, a heading,
// or one sentence of a paragraph. Rules that ask "does this claim carry a number?" read these.
import { VOCABULARY_DATA } from '../vocab/data.generated.js';
import { blockOffsetAt, blockProse, type DocumentModel, type ListItemModel, type SectionNode, type TextBlock } from './document.js';
import { normaliseHeading } from './headings.js';
import { isPrompt } from './kind.js';
import { escapeRegExp } from '../text.js';
import { perPiece } from '../memo.js';

/**
 * What a statement does. Only a `claim` is the doc's own word about its system; rules that judge the
 * system read claims (`claimsOf`). An example, a question, a writer's prompt or a citation of other
 * work is not evidence of what this system does or lacks.
 */
export type StatementRole = 'claim' | 'example' | 'question' | 'prompt' | 'citation';

export interface Statement {
  text: string;
  block: TextBlock;
  start: number; // indices in block.text
  end: number;
  listItem?: ListItemModel;
  role: StatementRole;
}

// Abbreviations whose full stop does not end a sentence (vocab/<language>/structure.yaml).
const ABBREVIATIONS = new Set(Object.values(VOCABULARY_DATA).flatMap((data) => data.structure?.abbreviations?.words ?? []));

// A sentence ends at . ! ? (with closing quotes or brackets) followed by space and a non-lowercase start.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+[^\sa-z])/g;

/** Splits a paragraph's text into sentences: [start, end) index pairs, trimmed. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, m.index - 8), m.index))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue; // e.g., J. Smith
    }
    pushTrimmed(text, from, m.index + m[0].length, spans);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Array<[number, number]>): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push([start, end]);
}

const roleWords = (kind: 'example-openers' | 'hypothetical' | 'citation-sections') =>
  Object.values(VOCABULARY_DATA).flatMap((data) => data.roles?.[kind]?.words ?? []);
const phrasePattern = (words: string[]) => words.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
/** "For example, …", "Imagine …": the statement opens with an example marker (after a list label or bold). */
const EXAMPLE_OPENER = new RegExp(`^[\\s*_"“(]*(?:${phrasePattern(roleWords('example-openers'))})(?![\\p{L}])`, 'iu');
const HYPOTHETICAL = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(roleWords('hypothetical'))})(?![\\p{L}])`, 'iu');
const CITATION_SECTIONS = new Set(roleWords('citation-sections').map(normaliseHeading));

/** Whether a section (or one it sits in) cites other work: References, Further reading, Related work. */
function inCitationSection(section: SectionNode): boolean {
  for (let s: SectionNode | null = section; s; s = s.parent) {
    if (s.heading && CITATION_SECTIONS.has(s.heading.normalised)) return true;
  }
  return false;
}

/** The role of a statement's text in its section. */
export function statementRole(text: string, section: SectionNode | null): StatementRole {
  if (section && inCitationSection(section)) return 'citation';
  return roleOfText(text);
}

/** The role a statement's text gives it wherever it stands (a citation section makes any statement a citation). */
function roleOfText(text: string): StatementRole {
  const trimmed = text.trim();
  if (/\?["'”’)\]]*$/.test(trimmed)) return 'question';
  if (EXAMPLE_OPENER.test(trimmed) || HYPOTHETICAL.test(trimmed)) return 'example';
  if (isPrompt(trimmed)) return 'prompt';
  return 'claim';
}

/** A statement of a block before it is placed: where it is in the block's text, and the role its text gives it. */
interface BlockStatement {
  text: string;
  start: number;
  end: number;
  role: StatementRole;
}

/** Adds the statement at [start, end) of the block's text, trimmed of white space (none when blank). */
function pushTrimmedStatement(text: string, start: number, end: number, into: BlockStatement[]): void {
  const spans: Array<[number, number]> = [];
  pushTrimmed(text, start, end, spans);
  for (const [from, to] of spans) {
    const own = text.slice(from, to);
    into.push({ text: own, start: from, end: to, role: roleOfText(own) });
  }
}

/**
 * A block's statements: a paragraph's sentences, or the whole text of a list item, heading, table cell.
 * They depend on the block's text alone, so a block carried over from the previous model of the document
 * (its section's text did not change) keeps them: an edit splits and judges only the sentences it touched.
 */
const statementsOfBlock = perPiece((block: TextBlock): BlockStatement[] => {
  const found: BlockStatement[] = [];
  if (block.kind === 'paragraph' && !block.listItem) {
    for (const [start, end] of splitSentences(block.text)) pushTrimmedStatement(block.text, start, end, found);
  } else {
    pushTrimmedStatement(block.text, 0, block.text.length, found);
  }
  return found;
});

/**
 * A block's statements as placed: in a citation section or not. Kept with the block, so a model reuses
 * the statement objects of every block an edit did not touch (never mutate one).
 */
const placedStatements = perPiece((_block: TextBlock): { own?: Statement[]; cited?: Statement[] } => ({}));

function statementsOfPlaced(block: TextBlock, citation: boolean): Statement[] {
  const placed = placedStatements(block);
  const kept = citation ? placed.cited : placed.own;
  if (kept) return kept;
  const statements = statementsOfBlock(block).map(({ text, start, end, role }) => {
    const statement: Statement = { text, block, start, end, role: citation ? 'citation' : role };
    if (block.listItem && block.kind === 'paragraph') statement.listItem = block.listItem;
    return statement;
  });
  if (citation) placed.cited = statements;
  else placed.own = statements;
  return statements;
}

const cache = new WeakMap<DocumentModel, Statement[]>();

/** Every statement of the document, in document order, with its role. Memoised per document. */
export function statementsOf(doc: DocumentModel): Statement[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const statements: Statement[] = [];
  for (const block of doc.blocks) {
    for (const statement of statementsOfPlaced(block, inCitationSection(block.section))) statements.push(statement);
  }
  cache.set(doc, statements);
  return statements;
}

/**
 * A block's claims, once per block, where it stands outside a citation section (in one it has none). For
 * facts summed per block over its claims: sum them over `blocksWithOwnClaims`.
 */
export const ownClaimsOf = perPiece((block: TextBlock): Statement[] => statementsOfPlaced(block, false).filter((s) => s.role === 'claim'));

const ownBlocksCache = new WeakMap<DocumentModel, TextBlock[]>();

/** The blocks that can hold the doc's own claims: all but those in a citation section. Memoised per document. */
export function blocksWithOwnClaims(doc: DocumentModel): TextBlock[] {
  let blocks = ownBlocksCache.get(doc);
  if (!blocks) ownBlocksCache.set(doc, (blocks = doc.blocks.filter((block) => !inCitationSection(block.section))));
  return blocks;
}

const claimCache = new WeakMap<DocumentModel, Statement[]>();

/** The statements that are the doc's own claims: no examples, questions, prompts or citations. */
export function claimsOf(doc: DocumentModel): Statement[] {
  let claims = claimCache.get(doc);
  if (!claims) claimCache.set(doc, (claims = statementsOf(doc).filter((s) => s.role === 'claim')));
  return claims;
}

/** A statement's text with inline code blanked out (same length, so indices still line up). */
export function proseOf(statement: Statement): string {
  if (!statement.block.runs.some((run) => run.isCode)) return statement.text;
  return blockProse(statement.block).slice(statement.start, statement.end);
}

/** The document offsets of [start, end) indices in a statement's text. */
export function statementOffsets(statement: Statement, start: number, end: number): [number, number] {
  const from = blockOffsetAt(statement.block, statement.start + start);
  const to = blockOffsetAt(statement.block, statement.start + end);
  return [from, Math.max(to, from + 1)];
}

