// What every output format receives: one entry per file looked at, in the JSON contract's shape.
import type { Severity } from '../../engine/index.js';

export interface JsonFix {
  range: { line: number; column: number; endLine: number; endColumn: number };
  text: string;
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
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  version: string;
}

export type Formatter = (reports: FileReport[], context: FormatContext) => string;
