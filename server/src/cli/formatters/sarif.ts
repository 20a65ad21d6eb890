// --format sarif: SARIF 2.1.0 for GitHub code scanning and other dashboards. Every rule carries its
// description and help (the docs page shipped in the package), helpUri only with a docs base URL;
// results carry partial fingerprints and related locations; URIs are relative to the repository
// root; a config or I/O problem makes the invocation unsuccessful, with notifications saying why.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl } from '../../engine/index.js';
import { readRuleDoc } from '../../node/rule-docs.js';
import { relativeToRoot } from '../root.js';
import type { FileReport, Formatter, JsonMessage } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** "latency-budget-sum" → "LatencyBudgetSum": SARIF wants a readable name besides the id. */
function ruleName(id: string): string {
  return id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/** A relative path as a URI reference: each segment percent-encoded. */
function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(file: string | undefined, root: string): Record<string, string> {
  if (!file) return { uri: 'stdin' };
  const relative = relativeToRoot(root, file);
  return relative === null ? { uri: pathToFileURL(file).href } : { uri: encodePath(relative), uriBaseId: '%SRCROOT%' };
}

function region(m: { line: number; column: number; endLine: number; endColumn: number }) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

function reportFile(report: FileReport): string | undefined {
  return report.filePath === '<stdin>' ? undefined : report.absolutePath ?? report.filePath;
}

export const formatSarif: Formatter = (reports, { version, root, docsBaseUrl, problems, fingerprint }) => {
  const rules = RULES.map((rule) => {
    const doc = readRuleDoc(rule.id);
    return {
      id: rule.id,
      name: ruleName(rule.id),
      shortDescription: { text: rule.description },
      fullDescription: { text: doc?.summary || rule.description },
      help: doc ? { text: doc.text, markdown: doc.markdown } : { text: rule.description },
      ...(docsBaseUrl ? { helpUri: ruleDocsUrl(rule.id, docsBaseUrl) } : {}),
      defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
      properties: { tags: ['design-doc', ...rule.tags], fixable: rule.fixable },
    };
  });
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const result = (report: FileReport, m: JsonMessage) => {
    const location = artifactLocation(reportFile(report), root);
    return {
      ruleId: m.ruleId,
      ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
      level: LEVEL[m.severity],
      message: { text: m.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
      partialFingerprints: { 'mldocLintFinding/v1': fingerprint(m) },
      ...(m.related?.length ? {
        relatedLocations: m.related.map((r, id) => ({
          id, message: { text: r.message }, physicalLocation: { artifactLocation: location, region: region(r) },
        })),
      } : {}),
    };
  };
  const notification = (p: (typeof problems)[number]) => ({
    level: 'error',
    message: { text: p.message },
    descriptor: { id: p.kind === 'config' ? 'config-error' : 'io-error' },
    ...(p.file ? {
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(p.file, root), ...(p.line ? { region: { startLine: p.line, startColumn: p.column ?? 1 } } : {}) } }],
    } : {}),
  });
  const configProblems = problems.filter((p) => p.kind === 'config');
  const ioProblems = problems.filter((p) => p.kind !== 'config');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'mldoc-lint', version, semanticVersion: version, rules } },
      invocations: [{
        executionSuccessful: problems.length === 0,
        ...(configProblems.length ? { toolConfigurationNotifications: configProblems.map(notification) } : {}),
        ...(ioProblems.length ? { toolExecutionNotifications: ioProblems.map(notification) } : {}),
      }],
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((report) => report.messages.map((m) => result(report, m))),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
