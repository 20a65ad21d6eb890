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
  profile: string;
  messages: JsonMessage[];
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  version: string;
}

export type Formatter = (reports: FileReport[], context: FormatContext) => string;
