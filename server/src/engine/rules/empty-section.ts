// empty-section: a heading with nothing under it before the next heading of the same or higher level.
import { openingHeadings, sectionHasContent } from '../model/content.js';
import type { DocumentModel, SectionNode } from '../model/document.js';
import { insertAfterLine } from '../fixes.js';
import { hasTemplate, templateText } from '../templates.js';
import type { Fix, Profile, SectionSpec } from '../types.js';
import { headingMatchesSection, isNumberedHeading, NUMBERED_STEP } from '../model/headings.js';
import type { RuleDefinition } from './rule.js';

/**
 * Headings that open the document before any content: a title ("## Failure Monitoring System"
 * straight above "## I. Problem definition") and a subtitle right under it name the doc, they
 * are not sections waiting for content.
 */
function titleHeadings(doc: DocumentModel, profile: Profile): Set<SectionNode> {
  const [first, second] = openingHeadings(doc);
  const titles = new Set<SectionNode>(first ? [first] : []);
  // The subtitle, unless it names a section of the profile.
  if (second && !profile.sections.some((spec) => headingMatchesSection(second.heading!.normalised, spec))) titles.add(second);
  return titles;
}

/** Inserts the section's prompt, to be filled in, on the line after the heading. */
function promptFix(doc: DocumentModel, headingLine: number, spec: SectionSpec): Fix {
  const text = hasTemplate(spec.id) ? templateText(spec.id).replace(/^#+ .*\n\n/, '') : `[${spec.prompt}]`;
  return insertAfterLine(doc, headingLine, text, 'Insert the section\'s prompt to fill in');
}

/**
 * "### iii. Releases" with nothing under it, then "### Model updates" and "### Platform updates" at its own
 * level, then "### iv. Operations": the numbering says the unnumbered headings belong to the numbered one
 * (an export flattened their levels), so it is not empty. The doc must number that level: the next
 * heading at it is unnumbered, and a later one before the level closes carries a number again.
 */
function introducesFlattened(sections: readonly SectionNode[], index: number): boolean {
  const section = sections[index]!;
  const next = sections[index + 1];
  if (!next || next.level !== section.level || !isNumberedHeading(section.heading!.text) || isNumberedHeading(next.heading!.text)) return false;
  for (const later of sections.slice(index + 2)) {
    if (later.level < section.level) return false;
    if (later.level === section.level && isNumberedHeading(later.heading!.text)) return true;
  }
  return false;
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
      if (sectionHasContent(section) || titles.has(section)) return;
      const heading = section.heading!;
      // A heading that carries its content (a reference entry with its link) is not waiting for any.
      if (/https?:\/\/|\]\(/.test(heading.text) || heading.hasLink) return;
      // "Stages of the solution" followed at its own level by "Stage 1 …", "Stage 2 …": it introduces them.
      const next = doc.sections[index + 1];
      if (next?.level === section.level && NUMBERED_STEP.test(next.heading!.text.trim()) && !NUMBERED_STEP.test(heading.text.trim())) return;
      if (introducesFlattened(doc.sections, index)) return;
      const spec = heading.isTitle ? undefined : profile.sections.find((s) => headingMatchesSection(heading.normalised, s));
      const expected = spec?.prompt ? ` Expected here: ${spec.prompt}` : '';
      const name = heading.text.trim() ? `Section "${heading.text.trim()}"` : 'A heading with no text';
      report({
        range: heading.range,
        message: `${name} is empty: write its content or remove the heading.${expected}`,
        ...(spec?.prompt ? { fix: promptFix(doc, heading.range.end.line, spec) } : {}),
      });
    });
  },
};
