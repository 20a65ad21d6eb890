// required-section: every section the profile requires is present, under any of its names.
import type { DocumentModel } from '../model/document.js';
import { documentAnchor } from '../model/content.js';
import { isPresent, matchProfile, type SectionMatch } from '../model/sections.js';
import type { Fix, SectionSpec } from '../types.js';
import { insertBlock } from '../fixes.js';
import { hasTemplate, templateText } from '../templates.js';
import { capitalise, indefiniteArticle } from '../text.js';
import { SECTION_WORDS, type RuleDefinition } from './rule.js';

export const requiredSection: RuleDefinition = {
  id: 'required-section',
  description: 'Every section the profile requires is present (matched by heading text and aliases).',
  defaultSeverity: 'error',
  tags: ['structure'],
  fixable: true,
  scope: SECTION_WORDS,
  check({ doc, profile, report }) {
    const matches = matchProfile(doc, profile);
    // The title names the doc; without one, the first line after any front matter (never the "---").
    const where = { range: documentAnchor(doc) };
    matches.forEach((match, index) => {
      if (isPresent(match)) return;
      report({
        ...where,
        message: `Missing required section: ${match.spec.title}. Add ${indefiniteArticle(match.spec.title)} "${capitalise(match.spec.title)}" section; profile "${profile.name}" requires it.`,
        fix: insertSectionFix(doc, matches, index),
      });
    });
  },
};

/** The heading level the doc uses for profile sections (the most common one), 2 by default. */
function sectionLevel(matches: SectionMatch[]): number {
  const counts = new Map<number, number>();
  for (const match of matches) {
    const level = match.sections[0]?.level;
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [level, count] of counts) if (count > bestCount) [best, bestCount] = [level, count];
  return best;
}

/** The section's template (the same one the snippets use), or a heading and prompt for a custom section. */
function sectionSkeleton(spec: SectionSpec, level: number): string {
  if (hasTemplate(spec.id)) return `${templateText(spec.id, level)}\n`;
  return `${'#'.repeat(level)} ${capitalise(spec.title)}\n\n[${spec.prompt ?? `Describe the ${spec.title}.`}]\n`;
}

/** Inserts the section before the next section the profile orders after it, or at the end. */
function insertSectionFix(doc: DocumentModel, matches: SectionMatch[], missingIndex: number): Fix {
  const spec = matches[missingIndex]!.spec;
  const skeleton = sectionSkeleton(spec, sectionLevel(matches));
  const title = `Insert the "${spec.title}" section`;
  for (const later of matches.slice(missingIndex + 1)) {
    const heading = later.sections[0]?.heading;
    if (heading) {
      const at = { line: heading.line, column: 1 };
      return { range: { start: at, end: at }, text: `${skeleton}\n`, title };
    }
  }
  return insertBlock(doc, null, skeleton, title);
}
