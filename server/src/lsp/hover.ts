// Hover on a section heading: what the profile expects there, and where in the section something fails,
// as links to those lines. Not the findings' messages: VS Code shows them in the diagnostic hover already
// (and findings on the heading line itself are in that same hover).
import type { Hover } from 'vscode-languageserver/node';
import { headingMatchesSection } from '../engine/model/headings.js';
import { capitalise } from '../engine/text.js';
import { BUILT_IN_PROFILES, own, type Diagnostic, type DocumentModel, type LintResult, type Profile } from '../engine/index.js';

export function headingHover(uri: string, model: DocumentModel, result: LintResult, profiles: Record<string, Profile>, line: number): Hover | null {
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
  const below = inside.filter((d) => d.range.start.line !== heading.line);
  if (inside.length === 0) parts.push('No mldoc findings in this section.');
  else if (below.length > 0) {
    // file: links with a #L<line>,<column> fragment move the cursor there (other schemes get the plain line).
    const link = (d: Diagnostic) => (uri.startsWith('file:')
      ? `[line ${d.range.start.line}](${uri}#L${d.range.start.line},${d.range.start.column})`
      : `line ${d.range.start.line}`);
    parts.push(`Findings in this section: ${below.map((d) => `${link(d)} \`${d.ruleId}\``).join(' · ')}`);
  }
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n') },
    range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: model.lines.lineText(line).length } },
  };
}
