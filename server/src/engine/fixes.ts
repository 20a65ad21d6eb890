// Building fixes that insert Markdown blocks, shared by the rules that offer them.
import type { DocumentModel } from './model/document.js';
import type { Fix } from './types.js';

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
