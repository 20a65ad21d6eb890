// Hover on a section heading: what the profile expects there, and the checks failing in it.
import type { Hover } from 'vscode-languageserver/node';
import { headingMatchesSection } from '../engine/model/headings.js';
import { capitalise } from '../engine/text.js';
import { BUILT_IN_PROFILES, own, type Diagnostic, type DocumentModel, type LintResult, type Profile } from '../engine/index.js';

export function headingHover(model: DocumentModel, result: LintResult, profiles: Record<string, Profile>, line: number): Hover | null {
  const section = model.sections.find((s) => s.heading!.line === line);
  if (!section) return null;
  const heading = section.heading!;
  const profile = own(profiles, result.profile) ?? BUILT_IN_PROFILES.full!;
  const spec = heading.isTitle ? undefined : profile.sections.find((s) => headingMatchesSection(heading.normalised, s));
  const endLine = model.lines.positionAt(section.endOffset).line;
  const inside = result.diagnostics.filter((d: Diagnostic) => d.range.start.line >= heading.line && d.range.start.line <= endLine);
  const parts: string[] = [];
  if (spec) parts.push(`**${capitalise(spec.title)}** (profile \`${profile.name}\`): ${spec.prompt ?? ''}`);
  else if (heading.isTitle) parts.push(`**Document title** · profile \`${profile.name}\`: ${profile.sections.map((s) => s.title).join(', ')}`);
  else parts.push(`Not a section of profile \`${profile.name}\`.`);
  if (inside.length === 0) parts.push('No mldoc findings in this section.');
  else parts.push(`Failing here:\n\n${inside.map((d) => `- line ${d.range.start.line}: \`${d.ruleId}\` ${d.message}`).join('\n')}`);
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n') },
    range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: model.lines.lineText(line).length } },
  };
}
