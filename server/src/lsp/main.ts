// The mldoc language server: lints Markdown documents as they are edited and pushes diagnostics,
// with the engine's fixes as quick fixes. Works over stdio (`mldoc-language-server --stdio`) or
// Node IPC (the VS Code client). Config files are found per document like the CLI does.
import { fileURLToPath } from 'node:url';
import lsp from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic as LspDiagnostic, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, lint, type Diagnostic, type Range } from '../engine/index.js';
import { ConfigResolver, lintConfigFor } from '../node/config-loader.js';

// vscode-languageserver is CommonJS: take its exports from the default import.
const { CodeActionKind, createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind } = lsp;

const DEBOUNCE_MS = 150;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let resolver = new ConfigResolver();
const timers = new Map<string, NodeJS.Timeout>();
/** The engine's findings per document, kept to answer code actions. */
const findings = new Map<string, Diagnostic[]>();

function toLspRange(range: Range) {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

function toLspDiagnostic(uri: string, d: Diagnostic): LspDiagnostic {
  const diagnostic: LspDiagnostic = {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    source: 'mldoc',
    code: d.ruleId,
    codeDescription: { href: d.docsUrl },
    message: d.message,
  };
  if (d.related) {
    diagnostic.relatedInformation = d.related.map((r) => ({ location: { uri, range: toLspRange(r.range) }, message: r.message }));
  }
  return diagnostic;
}

function lintDocument(document: TextDocument): void {
  const uri = document.uri;
  const version = document.version;
  let diagnostics: Diagnostic[] = [];
  try {
    if (uri.startsWith('file:')) {
      const file = fileURLToPath(uri);
      const loaded = resolver.forDocument(file);
      diagnostics = lint(document.getText(), { config: lintConfigFor(loaded, file), force: true }).diagnostics;
    } else {
      diagnostics = lint(document.getText(), { force: true }).diagnostics;
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    connection.console.error(error.message);
    diagnostics = lint(document.getText(), { force: true }).diagnostics; // keep linting with defaults
  }
  // Drop results for a version the editor has already moved past.
  if (documents.get(uri)?.version !== version) return;
  findings.set(uri, diagnostics);
  void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map((d) => toLspDiagnostic(uri, d)) });
}

function schedule(document: TextDocument): void {
  clearTimeout(timers.get(document.uri));
  timers.set(document.uri, setTimeout(() => {
    timers.delete(document.uri);
    try {
      lintDocument(document);
    } catch (error) {
      connection.console.error(`mldoc: linting ${document.uri} failed: ${(error as Error).stack ?? error}`);
    }
  }, DEBOUNCE_MS));
}

connection.onInitialize((): InitializeResult => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  },
  serverInfo: { name: 'mldoc-language-server' },
}));

connection.onCodeAction(({ textDocument, range }) => {
  const actions: CodeAction[] = [];
  for (const finding of findings.get(textDocument.uri) ?? []) {
    if (!finding.fix) continue;
    const at = toLspRange(finding.range);
    if (at.end.line < range.start.line || at.start.line > range.end.line) continue;
    actions.push({
      title: finding.fix.title ?? `Fix ${finding.ruleId}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toLspDiagnostic(textDocument.uri, finding)],
      isPreferred: true,
      edit: { changes: { [textDocument.uri]: [{ range: toLspRange(finding.fix.range), newText: finding.fix.text }] } },
    });
  }
  return actions;
});

connection.onDidChangeWatchedFiles(() => {
  resolver = new ConfigResolver(); // a config file changed: reload lazily and re-lint what is open
  documents.all().forEach(schedule);
});

documents.onDidOpen(({ document }) => schedule(document));
documents.onDidChangeContent(({ document }) => schedule(document));
documents.onDidClose(({ document }) => {
  clearTimeout(timers.get(document.uri));
  findings.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
