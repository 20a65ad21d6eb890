// --format github: GitHub Actions workflow commands, which annotate the pull request diff, with
// paths relative to the repository root (GITHUB_WORKSPACE in Actions). GitHub shows at most 10
// annotations of each level per step; the output says how many it will not show, and the step
// summary (GITHUB_STEP_SUMMARY) gets a table of every file.
import fs from 'node:fs';
import type { LintProblem } from '../../node/lint-files.js';
import { relativeToRoot } from '../root.js';
import type { FileReport, Formatter, JsonMessage } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;
/** Annotations GitHub displays per step and level. */
export const GITHUB_ANNOTATION_LIMIT = 10;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function displayPath(report: FileReport, root: string): string {
  if (report.filePath === '<stdin>' || !report.absolutePath) return report.filePath;
  return relativeToRoot(root, report.absolutePath) ?? report.absolutePath;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const formatGithub: Formatter = (reports, { root }) => {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  // Errors first: when GitHub drops annotations over its limit, the ones it shows matter most.
  const all: Array<{ file: string; m: JsonMessage }> = reports.flatMap((r) => r.messages.map((m) => ({ file: displayPath(r, root), m })));
  const rank = { error: 0, warning: 1, info: 2 };
  all.sort((a, b) => rank[a.m.severity] - rank[b.m.severity]);
  for (const { file, m } of all) {
    counts[m.severity]++;
    const props = `file=${escapeProperty(file)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(`mldoc-lint ${m.ruleId}`)}`;
    lines.push(`::${LEVEL[m.severity]} ${props}::${escapeData(m.message)}`);
  }
  const hidden = (['error', 'warning', 'info'] as const)
    .map((level) => ({ level, over: Math.max(0, counts[level] - GITHUB_ANNOTATION_LIMIT) }))
    .filter((h) => h.over > 0);
  if (hidden.length > 0) {
    const words = { error: 'error', warning: 'warning', info: 'notice' };
    const list = hidden.map((h) => plural(h.over, words[h.level])).join(', ');
    lines.push(`mldoc-lint: GitHub shows at most ${GITHUB_ANNOTATION_LIMIT} annotations of each level per step; ${list} above will not be shown on the pull request (all are listed in this log).`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Appends a Markdown table of findings per file to the step summary file. */
export function writeGithubSummary(file: string, reports: FileReport[], problems: LintProblem[], root: string): void {
  const rows: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    const c = { error: 0, warning: 0, info: 0 };
    for (const m of report.messages) c[m.severity]++;
    totals.error += c.error;
    totals.warning += c.warning;
    totals.info += c.info;
    const rules = [...new Set(report.messages.map((m) => m.ruleId))].map((id) => `\`${id}\``).join(', ');
    rows.push(`| ${cell(displayPath(report, root))} | ${c.error} | ${c.warning} | ${c.info} | ${cell(rules)} |`);
  }
  const designDocs = reports.filter((r) => r.isDesignDoc).length;
  const out = ['## mldoc-lint', ''];
  if (rows.length === 0) out.push(`No problems in ${plural(designDocs, 'design doc')}.`);
  else {
    out.push(`${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info in ${plural(designDocs, 'design doc')}.`, '');
    out.push('| file | errors | warnings | info | rules |', '|---|---:|---:|---:|---|', ...rows);
  }
  if (problems.length > 0) {
    out.push('', `**${plural(problems.length, 'problem')} stopped the check:**`, '', ...problems.map((p) => `- ${cell(p.message)}`));
  }
  fs.appendFileSync(file, out.join('\n') + '\n\n');
}
