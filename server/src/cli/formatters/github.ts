// --format github: GitHub Actions workflow commands, which annotate the pull request diff.
import path from 'node:path';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (reports, { cwd }) => {
  const lines: string[] = [];
  for (const report of reports) {
    const file = report.filePath === '<stdin>' ? report.filePath : path.relative(cwd, report.filePath).split(path.sep).join('/');
    for (const m of report.messages) {
      const props = `file=${escapeProperty(file)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(`mldoc-lint ${m.ruleId}`)}`;
      lines.push(`::${LEVEL[m.severity]} ${props}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
