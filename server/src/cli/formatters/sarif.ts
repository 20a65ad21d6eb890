// --format sarif: SARIF 2.1.0 for code-scanning dashboards.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../engine/index.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export const formatSarif: Formatter = (reports, { cwd, version }) => {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: reports.flatMap((r) => r.messages).find((m) => m.ruleId === rule.id)?.docsUrl,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) => report.messages.map((m) => ({
    ruleId: m.ruleId,
    ruleIndex: ruleIndex.get(m.ruleId),
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [{
      physicalLocation: {
        artifactLocation: report.filePath === '<stdin>'
          ? { uri: 'stdin' }
          : { uri: path.relative(cwd, report.filePath).split(path.sep).join('/'), uriBaseId: '%SRCROOT%' },
        region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
      },
    }],
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'mldoc-lint', version, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
