// The design-doc report: for the document's profile, what each section is expected to hold, whether
// the doc has it, and which checks fail there, with links to each finding. Markdown, so any editor can
// show it (VS Code renders it in the Markdown preview).
import { findSection } from '../engine/model/sections.js';
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

/** One finding in the report: 1-based line and column, as the document shows them. */
export interface ReportFinding {
  line: number;
  column: number;
  severity: Diagnostic['severity'];
  ruleId: string;
  message: string;
  docsUrl: string;
}

export interface ReportSection {
  title: string;
  /** What the profile expects the section to hold. */
  expected: string;
  /** Where the doc has it (1-based line and heading text), or null when missing. */
  at: { line: number; heading: string } | null;
  findings: ReportFinding[];
}

/** The report as data, for views that render it themselves (the VS Code extension's webview). */
export interface ReportData {
  uri: string;
  title: string;
  profile: { name: string; description: string };
  counts: ReportCounts;
  /** Why the doc is not detected as a design doc, or null when it is. */
  notDetected: string | null;
  sections: ReportSection[];
  /** Findings outside every profile section. */
  wholeDocument: ReportFinding[];
  /** The document's language and kind, and the rules that did not judge it, with why. */
  language: string;
  kind: string;
  skipped: Array<{ ruleId: string; reason: string }>;
}

const toFinding = (d: Diagnostic): ReportFinding => ({
  line: d.range.start.line, column: d.range.start.column, severity: d.severity, ruleId: d.ruleId, message: d.message, docsUrl: d.docsUrl,
});

export function buildReportData(uri: string, model: DocumentModel, result: LintResult, profile: Profile): ReportData {
  const shown = new Set<Diagnostic>();
  const sections: ReportSection[] = profile.sections.map((spec) => {
    // The same section every rule finds for the spec (through the active profile's words).
    const section = findSection(model, spec).sections[0];
    if (!section) return { title: spec.title, expected: spec.prompt ?? '', at: null, findings: [] };
    const endLine = model.lines.positionAt(section.endOffset).line;
    const inside = result.diagnostics.filter((d) => d.range.start.line >= section.heading!.line && d.range.start.line <= endLine && !shown.has(d));
    inside.forEach((d) => shown.add(d));
    return { title: spec.title, expected: spec.prompt ?? '', at: { line: section.heading!.line, heading: section.heading!.text.trim() }, findings: inside.map(toFinding) };
  });
  return {
    uri,
    title: model.headings.find((h) => h.isTitle)?.text ?? uri.split('/').pop() ?? uri,
    profile: { name: profile.name, description: profile.description },
    counts: countFindings(result),
    notDetected: result.isDesignDoc ? null : result.detectionReason,
    sections,
    wholeDocument: result.diagnostics.filter((d) => !shown.has(d)).map(toFinding),
    language: result.language,
    kind: result.kind,
    skipped: result.skipped,
  };
}

function findingLine(uri: string, d: ReportFinding): string {
  return `- ${ICON[d.severity]} [line ${d.line}](${uri}#L${d.line}) \`${d.ruleId}\`: ${d.message} ([docs](${d.docsUrl}))`;
}

/** The report as Markdown, for any editor (mldoc/report). */
export function buildReport(uri: string, model: DocumentModel, result: LintResult, profile: Profile): string {
  const data = buildReportData(uri, model, result, profile);
  const { counts } = data;
  const lines: string[] = [
    `# mldoc report: ${data.title}`,
    '',
    `Profile **${data.profile.name}** (${data.profile.description}) · ${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} info`,
    data.notDetected === null ? '' : `\n_Not detected as a design doc (${data.notDetected}); shown as if it were._\n`,
    '| Section | In the doc | Expected there |',
    '|---|---|---|',
  ];
  const perSection: string[] = [];
  for (const section of data.sections) {
    const where = section.at ? `line ${section.at.line}: "${section.at.heading}"` : '**missing**';
    lines.push(`| ${section.title} | ${where} | ${section.expected} |`);
    if (!section.at) continue;
    perSection.push(`## ${section.title}`, '', ...(section.findings.length ? section.findings.map((d) => findingLine(uri, d)) : ['- ✅ no findings']), '');
  }
  lines.push('', ...perSection);
  if (data.wholeDocument.length) lines.push('## Whole document', '', ...data.wholeDocument.map((d) => findingLine(uri, d)), '');
  if (data.skipped.length) {
    lines.push('## Not judged', '', `The doc reads as ${data.kind} in ${data.language}. These rules did not judge it:`, '',
      ...data.skipped.map((s) => `- \`${s.ruleId}\`: ${s.reason}`), '');
  }
  return lines.join('\n');
}
