// empty-section: a heading with nothing under it before the next heading of the same or higher level.
import type { RootContent } from 'mdast';
import type { DocumentModel, SectionNode } from '../model/document.js';
import { hasTemplate, templateText } from '../templates.js';
import type { Fix, Profile, SectionSpec } from '../types.js';
import { headingMatchesSection, NUMBERED_STEP } from '../model/headings.js';
import type { RuleDefinition } from './rule.js';

/** Whether a top-level node is something a reader would call content. */
function isContent(node: RootContent): boolean {
  if (node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'yaml') return false;
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value); // a comment is no content
  return true;
}

function hasContent(section: SectionNode): boolean {
  return section.ownContent.some(isContent) || section.children.some(hasContent);
}

/**
 * Headings that open the document before any content: a title ("## Failure Monitoring System"
 * straight above "## I. Problem definition") and a subtitle right under it name the doc, they
 * are not sections waiting for content.
 */
function titleHeadings(doc: DocumentModel, profile: Profile): Set<SectionNode> {
  const titles = new Set<SectionNode>();
  const [first, second] = doc.sections;
  const firstNode = doc.root.children.find((node) => node.type !== 'yaml' && isContent(node));
  if (!first || firstNode !== first.heading!.node) return titles;
  titles.add(first);
  const next = doc.root.children[doc.root.children.indexOf(first.heading!.node) + 1];
  if (second && next === second.heading!.node && second.level > first.level
    && !profile.sections.some((spec) => headingMatchesSection(second.heading!.normalised, spec))) {
    titles.add(second);
  }
  return titles;
}

function headingHasLink(node: { children?: Array<{ type: string }> }): boolean {
  return (node.children ?? []).some((child) => child.type === 'link' || child.type === 'linkReference');
}

/** Inserts the section's prompt, to be filled in, on the line after the heading. */
function promptFix(doc: DocumentModel, headingLine: number, spec: SectionSpec): Fix {
  const text = hasTemplate(spec.id) ? templateText(spec.id).replace(/^#+ .*\n\n/, '') : `[${spec.prompt}]`;
  if (headingLine >= doc.lines.lineCount || (headingLine === doc.lines.lineCount - 1 && doc.lines.lineText(headingLine + 1) === '')) {
    const end = doc.lines.positionAt(doc.text.length);
    return { range: { start: end, end }, text: `${/[\r\n]$/.test(doc.text) ? '' : '\n'}\n${text}\n`, title: 'Insert the section\'s prompt to fill in' };
  }
  const at = { line: headingLine + 1, column: 1 };
  return { range: { start: at, end: at }, text: `\n${text}\n`, title: 'Insert the section\'s prompt to fill in' };
}

export const emptySection: RuleDefinition = {
  id: 'empty-section',
  description: 'A heading has content before the next heading of the same or higher level.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: true,
  check({ doc, profile, report }) {
    const titles = titleHeadings(doc, profile);
    doc.sections.forEach((section, index) => {
      if (hasContent(section) || titles.has(section)) return;
      const heading = section.heading!;
      // A heading that carries its content (a reference entry with its link) is not waiting for any.
      if (/https?:\/\/|\]\(/.test(heading.text) || headingHasLink(heading.node)) return;
      // "Stages of the solution" followed at its own level by "Stage 1 …", "Stage 2 …": it introduces them.
      const next = doc.sections[index + 1];
      if (next?.level === section.level && NUMBERED_STEP.test(next.heading!.text.trim()) && !NUMBERED_STEP.test(heading.text.trim())) return;
      const spec = heading.isTitle ? undefined : profile.sections.find((s) => headingMatchesSection(heading.normalised, s));
      const expected = spec?.prompt ? ` Expected here: ${spec.prompt}` : '';
      const name = heading.text.trim() ? `Section "${heading.text.trim()}"` : 'A heading with no text';
      report({
        node: heading.node,
        message: `${name} is empty: write its content or remove the heading.${expected}`,
        ...(spec?.prompt ? { fix: promptFix(doc, heading.range.end.line, spec) } : {}),
      });
    });
  },
};
