// empty-section: a heading with nothing under it before the next heading of the same or higher level.
import type { RootContent } from 'mdast';
import type { SectionNode } from '../model/document.js';
import { headingMatchesSection } from '../model/headings.js';
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

export const emptySection: RuleDefinition = {
  id: 'empty-section',
  description: 'A heading has content before the next heading of the same or higher level.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: false,
  check({ doc, profile, report }) {
    for (const section of doc.sections) {
      if (hasContent(section)) continue;
      const heading = section.heading!;
      const spec = heading.isTitle ? undefined : profile.sections.find((s) => headingMatchesSection(heading.normalised, s));
      const expected = spec?.prompt ? ` Expected here: ${spec.prompt}` : '';
      report({
        node: heading.node,
        message: `Section "${heading.text.trim()}" is empty: write its content or remove the heading.${expected}`,
      });
    }
  },
};
