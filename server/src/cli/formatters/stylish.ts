// --format stylish: grouped by file, one aligned line per finding, a coloured summary on a TTY.
import path from 'node:path';
import { styleText } from 'node:util';
import { terminalSafe } from '../terminal.js';
import type { FileReport, Formatter } from './types.js';

export { terminalSafe, terminalSafeLines } from '../terminal.js';

type Style = Parameters<typeof styleText>[0];

export const formatStylish: Formatter = (reports, { cwd, color, problems, baselined }) => {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const severityStyle: Record<string, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  const shown = reports.filter((r) => r.messages.length > 0);
  for (const report of shown) {
    lines.push(paint('underline', terminalSafe(relativePath(report, cwd))));
    const positionWidth = Math.max(...report.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of report.messages) {
      totals[m.severity]++;
      if (m.fix) fixable++;
      const position = `${m.line}:${m.column}`.padEnd(positionWidth);
      lines.push(`  ${paint('dim', position)}  ${paint(severityStyle[m.severity]!, m.severity.padEnd(7))}  ${terminalSafe(m.message)}  ${paint('dim', terminalSafe(m.ruleId))}`);
    }
    lines.push('');
  }
  const checked = reports.filter((r) => r.linted).length;
  const notDesignDocs = reports.length - checked;
  const scope = `${checked} design doc${checked === 1 ? '' : 's'} checked` + (notDesignDocs ? `, ${notDesignDocs} other Markdown file${notDesignDocs === 1 ? '' : 's'} skipped` : '');
  const found = totals.error + totals.warning + totals.info;
  if (found === 0 && problems.length > 0) {
    // The run failed (the errors are on stderr): claiming "no problems" would be a lie.
    return lines.length ? lines.join('\n') + '\n' : '';
  }
  if (found === 0) {
    lines.push(paint('green', `✔ No problems (${scope})`));
  } else {
    const parts = [`${totals.error} error${totals.error === 1 ? '' : 's'}`, `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`];
    if (totals.info) parts.push(`${totals.info} info`);
    const summary = `✖ ${found} problem${found === 1 ? '' : 's'} (${parts.join(', ')}) in ${scope}`;
    lines.push(paint(totals.error ? 'red' : 'yellow', summary));
    if (fixable) lines.push(paint('dim', `  ${fixable} of them can be fixed with --fix (or a quick fix in the editor).`));
  }
  if (baselined) lines.push(paint('dim', `  ${baselined} known finding${baselined === 1 ? '' : 's'} left out by the baseline.`));
  const declined = declinedRules(reports);
  if (declined) lines.push(paint('dim', declined));
  return lines.join('\n') + '\n';
};

/** "3 rules did not apply: fp-fn-cost-table (2 files: …), …" — a rule that declined is never silent. */
function declinedRules(reports: FileReport[]): string {
  const byRule = new Map<string, Set<string>>();
  for (const report of reports) {
    for (const { ruleId, reason } of report.skipped) {
      if (!byRule.has(ruleId)) byRule.set(ruleId, new Set());
      byRule.get(ruleId)!.add(reason);
    }
  }
  if (byRule.size === 0) return '';
  const files = (ruleId: string) => reports.filter((r) => r.skipped.some((s) => s.ruleId === ruleId)).length;
  const ids = [...byRule.keys()];
  const parts = ids.slice(0, 5).map((ruleId) => `${ruleId} (${files(ruleId)} file${files(ruleId) === 1 ? '' : 's'})`);
  if (ids.length > 5) parts.push(`${ids.length - 5} more`);
  const reasons = [...new Set([...byRule.values()].flatMap((set) => [...set]))];
  const why = reasons.length === 1 ? `: ${reasons[0]}` : ' (--format json lists why per file)';
  return `  ${byRule.size} rule${byRule.size === 1 ? '' : 's'} did not apply to some files: ${parts.join(', ')}${why}.`;
}

function relativePath(report: FileReport, cwd: string): string {
  if (report.filePath === '<stdin>') return report.filePath;
  const relative = path.relative(cwd, report.filePath);
  return relative.startsWith('..') ? report.filePath : relative;
}
