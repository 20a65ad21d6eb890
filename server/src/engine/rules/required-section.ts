// required-section: every section the profile requires is present, under any of its names.
import type { DocumentModel } from '../model/document.js';
import { documentAnchor } from '../model/content.js';
import { findSection, isPresent, matchProfile, type SectionMatch } from '../model/sections.js';
import { claimsOf, type Statement } from '../model/statements.js';
import { headingMatchesSection, paragraphLabelMatches } from '../model/headings.js';
import { sectionAndDescendants, type SectionNode } from '../model/document.js';
import { SECTIONS } from '../profiles.js';
import { DOC_KINDS } from '../model/kind.js';
import { cuePattern, hasCue } from '../vocab/cues.js';
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
  // A blog post or case study tells how a system was built after the fact: it is not held to a design doc's
  // sections. (A software RFC or README named on the command line is: its fixes may make it a design doc.)
  scope: { languages: SECTION_WORDS.languages, kinds: DOC_KINDS.filter((kind) => kind !== 'blog-post') },
  declines: [
    'the doc itself leaves a section to another document or effort, in its non-goals or out-of-scope list or in so many words ("the migration is a separate effort with its own ADR"): that section is not reported',
  ],
  check({ doc, profile, report }) {
    const matches = matchProfile(doc, profile);
    let deferrals: Statement[] | null = null;
    // The title names the doc; without one, the first line after any front matter (never the "---").
    const where = { range: documentAnchor(doc) };
    matches.forEach((match, index) => {
      if (isPresent(match)) return;
      if (cuePattern(`${match.spec.id}-topic`)) {
        deferrals ??= deferringStatements(doc);
        if (deferrals.some((statement) => hasCue(`${match.spec.id}-topic`, statement.text))) return;
      }
      report({
        ...where,
        message: `Missing required section: ${match.spec.title}. Add ${indefiniteArticle(match.spec.title)} "${capitalise(match.spec.title)}" section; profile "${profile.name}" requires it.`,
        fix: insertSectionFix(doc, matches, index),
      });
    });
  },
};

/**
 * The doc's own statements that leave something to another document or effort: every item of a
 * non-goals or out-of-scope section (a bare "Scope" section also says what is in), a "Non-goals: …"
 * paragraph, and any statement that says so in words ("… will be documented in its own ADR").
 */
function deferringStatements(doc: DocumentModel): Statement[] {
  // (Statements, sections and their headings are the document model's facts, computed once per lint.)
  const outOfScope = findSection(doc, SECTIONS.outOfScope);
  const within = new Set<SectionNode>();
  for (const section of outOfScope.sections) {
    // A bare "Scope" says what is in as well; "Goals and non-goals" holds the goals too.
    const heading = section.heading?.normalised ?? '';
    if (heading === 'scope' || headingMatchesSection(heading, SECTIONS.problemStatement)) continue;
    for (const s of sectionAndDescendants(section)) within.add(s);
  }
  return claimsOf(doc).filter((statement) => within.has(statement.block.section)
    || paragraphLabelMatches(statement.text, SECTIONS.outOfScope, false)
    || hasCue('deferred-elsewhere', statement.text));
}

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
  const level = sectionLevel(matches);
  const skeleton = sectionSkeleton(spec, level);
  const title = `Insert the "${spec.title}" section`;
  for (const later of matches.slice(missingIndex + 1)) {
    let section = later.sections[0];
    // Before a deeper heading the new section would take it and the rest of its parent section from
    // the parent (left empty): go before the enclosing section at the new section's level.
    while (section && section.level > level && section.parent?.heading && !section.parent.heading.isTitle) section = section.parent;
    const heading = section?.heading;
    if (heading) {
      const at = { line: heading.line, column: 1 };
      return { range: { start: at, end: at }, text: `${skeleton}\n`, title };
    }
  }
  return insertBlock(doc, null, skeleton, title);
}
