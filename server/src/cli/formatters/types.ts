// What every output format receives: one entry per file looked at, in the JSON contract's shape.
import type { Severity } from '../../engine/index.js';
import type { LintProblem } from '../../node/lint-files.js';

export interface JsonFix {
  range: { line: number; column: number; endLine: number; endColumn: number };
  text: string;
}

export interface JsonRelated {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface JsonMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl: string;
  fix?: JsonFix;
  /** Other places the finding is about (the budget rows that add up, the weights). */
  related?: JsonRelated[];
}

export interface FileReport {
  filePath: string;
  isDesignDoc: boolean;
  /** Whether the rules ran on it (a detected design doc, or a file named on the command line). */
  linted: boolean;
  profile: string;
  /** The document's language ("en", "ru", "unknown") and kind ("design-doc", "template"…). */
  language: string;
  kind: string;
  messages: JsonMessage[];
  /** Rules that are on but declined to judge this file, with the reason. */
  skipped: Array<{ ruleId: string; reason: string }>;
  /** Where the file is (for stdin: the --stdin-filename or <cwd>/<stdin>); not printed by --format json. */
  absolutePath?: string;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  version: string;
  /** Repository root that SARIF URIs and GitHub annotation paths are relative to. */
  root: string;
  /** Base URL of the rule docs when configured (SARIF helpUri); otherwise the docs text is carried. */
  docsBaseUrl?: string;
  /** Config and I/O problems (they make the run unsuccessful). */
  problems: LintProblem[];
  /** A finding's fingerprint: rule + what it is about, stable when lines move. */
  fingerprint: (message: JsonMessage) => string;
  env: NodeJS.ProcessEnv;
  /** Findings left out because the baseline records them. */
  baselined: number;
}

export type Formatter = (reports: FileReport[], context: FormatContext) => string;
