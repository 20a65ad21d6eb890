// Command and message names shared by the server and the VS Code client.

/** Commands any LSP client can run with workspace/executeCommand (first argument: the document URI). */
export const SERVER_COMMANDS = {
  insertMissingSections: 'mldoc.server.insertMissingSections',
  fixAll: 'mldoc.server.fixAll',
  lintWorkspace: 'mldoc.server.lintWorkspace',
} as const;

/** Request: { uri } -> the design-doc report as Markdown (or null for a document not open). */
export const REPORT_REQUEST = 'mldoc/report';

/** Request: { uri } -> the design-doc report as data (ReportData in lsp/report.ts), or null. */
export const REPORT_DATA_REQUEST = 'mldoc/reportData';

/** Notification after each lint, for status bars. */
export const STATUS_NOTIFICATION = 'mldoc/status';

export interface DocumentStatus {
  uri: string;
  version: number;
  isDesignDoc: boolean;
  profile: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Of the infos, the sections and prompts still to fill in (a draft's missing or empty sections). */
  toFill: number;
}
