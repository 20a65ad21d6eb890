// The design-doc report: for the document's profile, what each section is expected to hold, whether
// the doc has it, and which checks fail there, with links to each finding. Markdown, so any editor can
// show it (VS Code renders it in the Markdown preview).
import { headingMatchesSection } from '../engine/model/headings.js';
import type { Diagnostic, DocumentModel, LintResult, Profile } from '../engine/index.js';

export interface ReportCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(result: LintResult): ReportCounts {
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

const ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️' } as const;

function findingLine(uri: string, d: Diagnostic): string {
  return `- ${ICON[d.severity]} [line ${d.range.start.line}](${uri}#L${d.range.start.line}) \`${d.ruleId}\`: ${d.message} ([docs](${d.docsUrl}))`;
}

export function buildReport(uri: string, model: DocumentModel, result: LintResult, profile: Profile): string {
  const title = model.headings.find((h) => h.isTitle)?.text ?? uri.split('/').pop() ?? uri;
  const counts = countFindings(result);
  const lines: string[] = [
    `# mldoc report: ${title}`,
    '',
    `Profile **${profile.name}** (${profile.description}) · ${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} info`,
    result.isDesignDoc ? '' : `\n_Not detected as a design doc (${result.detectionReason}); shown as if it were._\n`,
    '| Section | In the doc | Expected there |',
    '|---|---|---|',
  ];
  const shown = new Set<Diagnostic>();
  const perSection: string[] = [];
  for (const spec of profile.sections) {
    const section = model.sections.find((s) => s.heading && !s.heading.isTitle && headingMatchesSection(s.heading.normalised, spec));
    const where = section ? `line ${section.heading!.line}: "${section.heading!.text.trim()}"` : '**missing**';
    lines.push(`| ${spec.title} | ${where} | ${spec.prompt ?? ''} |`);
    if (!section) continue;
    const endLine = model.lines.positionAt(section.endOffset).line;
    const inside = result.diagnostics.filter((d) => d.range.start.line >= section.heading!.line && d.range.start.line <= endLine && !shown.has(d));
    inside.forEach((d) => shown.add(d));
    perSection.push(`## ${spec.title}`, '', ...(inside.length ? inside.map((d) => findingLine(uri, d)) : ['- ✅ no findings']), '');
  }
  const rest = result.diagnostics.filter((d) => !shown.has(d));
  lines.push('', ...perSection);
  if (rest.length) lines.push('## Whole document', '', ...rest.map((d) => findingLine(uri, d)), '');
  return lines.join('\n');
}
