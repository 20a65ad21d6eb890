// Section completion: at the start of a heading line ("#", "##" … and nothing else yet), the profile's
// sections the doc does not have yet, in the profile's order, each inserting its template skeleton as a
// snippet (tab stops on the prompts) at the heading level typed.
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver/node';
import { isPresent, matchProfile } from '../engine/model/sections.js';
import { hasTemplate, templateById } from '../engine/templates.js';
import { capitalise } from '../engine/text.js';
import type { DocumentModel, Profile } from '../engine/index.js';

const HEADING_START = /^(#{1,6})[ \t]*$/;

/** Snippet syntax escapes for text that is not a tab stop. */
const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&');

export function sectionCompletions(model: DocumentModel, profile: Profile, lineText: string, position: Position): CompletionList | null {
  const before = lineText.slice(0, position.character);
  const typed = HEADING_START.exec(before);
  if (!typed || lineText.slice(position.character).trim() !== '') return null;
  const level = Math.max(2, typed[1]!.length);
  const hashes = '#'.repeat(level);
  const missing = matchProfile(model, profile).filter((match) => !isPresent(match)).map((match) => match.spec);
  const items: CompletionItem[] = missing.map((spec, index) => {
    const title = capitalise(spec.title);
    const body = hasTemplate(spec.id)
      ? templateById(spec.id).body.join('\n').replace(/^##(?= )/, hashes)
      : `${hashes} ${escapeSnippet(title)}\n\n\${1:[${escapeSnippet(spec.prompt ?? `Describe the ${spec.title}.`)}]}`;
    return {
      label: title,
      kind: 15, // Snippet
      detail: `mldoc: missing section of profile "${profile.name}"`,
      documentation: { kind: 'markdown', value: `${spec.prompt ?? ''}\n\nInserts the section's skeleton; its bracketed prompts are flagged by \`placeholder-text\` until filled in.` },
      sortText: String(index).padStart(3, '0'),
      filterText: `${before}${title}`,
      insertTextFormat: 2, // Snippet
      textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: body },
    };
  });
  return { isIncomplete: false, items };
}
