// The language server for VS Code on the web (vscode.dev, github.dev): runs in a web worker, with the
// pure engine only (no Node APIs: no config files, no workspace walk). Lints open Markdown docs with the
// built-in rules and the editor settings: diagnostics (pulled, or pushed after the debounce / on save),
// the same quick fixes, hover, section completion, report and status as the desktop server.
import {
  BrowserMessageReader, BrowserMessageWriter, createConnection, DocumentDiagnosticReportKind, TextDocuments,
  TextDocumentSyncKind, type ClientCapabilities, type InitializeResult, type WorkspaceEdit,
} from 'vscode-languageserver/browser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BUILT_IN_PROFILES, lintPrepared, prepareDocument, type LintConfig, type LintOptions } from '../engine/index.js';
import { isIgnored } from '../shared/ignore.js';
import { normaliseSettings, DEFAULT_SETTINGS, type MldocSettings } from '../shared/settings.js';
import { REPORT_DATA_REQUEST, REPORT_REQUEST, SERVER_COMMANDS, STATUS_NOTIFICATION, type DocumentStatus } from '../shared/commands.js';
import { FIX_ALL_KIND, SHOW_DOCS_COMMAND } from './code-actions.js';
import { sectionCompletions } from './completion.js';
import { toLspDiagnostic } from './convert.js';
import { answerCodeActions, clientResolvesEdits, resolveCodeAction, runFixAllCommand, type EditHost, type VersionedLint } from './edit-actions.js';
import { headingHover } from './hover.js';
import { OpenDocumentModels } from './open-documents.js';
import { buildReport, buildReportData, countFindings } from './report.js';

// The worker's global scope (this project type-checks against Node's lib, not the WebWorker one).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const documents = new TextDocuments(TextDocument);
let capabilities: ClientCapabilities = {};
let folderUris: string[] = [];
/** Where the rule pages are: the extension's docs/rules/ (initializationOptions.docsBaseUrl). */
let docsBaseUrl: string | undefined;
const settingsCache = new Map<string, Promise<MldocSettings>>();
const latest = new Map<string, VersionedLint>();
const openModels = new OpenDocumentModels();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const FILL_IN_RULES = new Set(['required-section', 'empty-section', 'placeholder-text']);
const supportsPull = () => Boolean(capabilities.textDocument?.diagnostic);

function settingsFor(uri: string): Promise<MldocSettings> {
  if (!capabilities.workspace?.configuration) return Promise.resolve(DEFAULT_SETTINGS);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'mldoc' }).then(normaliseSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, settings);
  }
  return settings;
}

/** Lint options from the editor settings (no config files on the web). */
function lintOptions(settings: MldocSettings): LintOptions {
  const config: LintConfig = { rules: settings.rules, ...(settings.profile ? { profile: settings.profile } : {}) };
  return { config, force: settings.designDocs === 'all', ...(docsBaseUrl ? { docsBaseUrl } : {}) };
}

async function lintNow(uri: string): Promise<VersionedLint | undefined> {
  const document = documents.get(uri);
  if (!document) return undefined;
  const cached = latest.get(uri);
  if (cached && cached.version === document.version) return cached;
  const settings = await settingsFor(uri);
  if (!settings.enable || isIgnored(uri, folderUris, settings.ignore)) {
    latest.delete(uri);
    return undefined;
  }
  const options = lintOptions(settings);
  // The open document's parse session: typing re-parses only the sections typed in, as on the desktop.
  const lint = Object.assign(openModels.lint(uri, document.getText(), options, { ...BUILT_IN_PROFILES }), { version: document.version });
  const result = lint.result;
  latest.set(uri, lint);
  const status: DocumentStatus = {
    uri, version: document.version, isDesignDoc: result.isDesignDoc || settings.designDocs === 'all', profile: result.profile,
    ...countFindings(result), toFill: result.diagnostics.filter((d) => d.severity === 'info' && FILL_IN_RULES.has(d.ruleId)).length,
  };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
  return lint;
}

const diagnosticsOf = (uri: string, lint: VersionedLint | undefined) => (lint?.result.diagnostics ?? []).map((d) => toLspDiagnostic(uri, d));

async function publish(uri: string): Promise<void> {
  const lint = await lintNow(uri);
  void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(uri, lint) });
}

async function schedule(document: TextDocument, reason: 'open' | 'change' | 'save' | 'settings'): Promise<void> {
  if (supportsPull()) {
    if (reason === 'settings') connection.languages.diagnostics.refresh();
    return;
  }
  const settings = await settingsFor(document.uri);
  if (reason === 'change' && settings.run === 'onSave') return;
  clearTimeout(timers.get(document.uri));
  timers.set(document.uri, setTimeout(() => void publish(document.uri), reason === 'change' ? settings.debounceMs : 0));
}

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  folderUris = (params.workspaceFolders ?? []).map((f) => f.uri);
  docsBaseUrl = (params.initializationOptions as { docsBaseUrl?: string } | undefined)?.docsBaseUrl;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: true },
      executeCommandProvider: { commands: [SHOW_DOCS_COMMAND, SERVER_COMMANDS.insertMissingSections, SERVER_COMMANDS.fixAll] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['#', ' '] },
      ...(supportsPull() ? { diagnosticProvider: { identifier: 'mldoc', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'mldoc-lint-server (web)' },
  };
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  latest.clear();
  for (const document of documents.all()) void schedule(document, 'settings');
});

connection.languages.diagnostics.on(async ({ textDocument }) => ({
  kind: DocumentDiagnosticReportKind.Full,
  items: diagnosticsOf(textDocument.uri, await lintNow(textDocument.uri)),
}));

/** The code actions and fix-all commands of the Node server (edit-actions.ts): current text, versioned edits. */
const editHost: EditHost = {
  currentLint: lintNow,
  findingsOf: async (uri) => {
    const options = lintOptions(await settingsFor(uri));
    return (text) => lintPrepared(prepareDocument(text, options), options).diagnostics;
  },
  versionedEdits: () => Boolean(capabilities.workspace?.workspaceEdit?.documentChanges),
  resolvesEdits: () => clientResolvesEdits(capabilities),
};

connection.onCodeAction((params) => answerCodeActions(editHost, params));
connection.onCodeActionResolve((action) => resolveCodeAction(editHost, action));

const applyEdit = async (label: string, edit: WorkspaceEdit) => (await connection.workspace.applyEdit({ label, edit })).applied;

connection.onExecuteCommand(async ({ command, arguments: args }) => {
  const uri = typeof args?.[0] === 'string' ? args[0] : undefined;
  if (!uri) return undefined;
  if (command === SHOW_DOCS_COMMAND) await connection.window.showDocument({ uri, external: true }).catch(() => undefined);
  if (command === SERVER_COMMANDS.fixAll) return runFixAllCommand(editHost, applyEdit, uri, 'all');
  if (command === SERVER_COMMANDS.insertMissingSections) return runFixAllCommand(editHost, applyEdit, uri, 'missing-sections');
  return undefined;
});

connection.onHover(async ({ textDocument, position }) => {
  const lint = await lintNow(textDocument.uri);
  return lint ? headingHover(textDocument.uri, lint.model, lint.result, lint.profiles, position.line + 1) : null;
});

connection.onCompletion(async ({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  const lint = await lintNow(textDocument.uri);
  if (!document || !lint || !lint.result.isDesignDoc) return null;
  const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  return sectionCompletions(lint.model, lint.profiles[lint.result.profile]!, lineText, position);
});

connection.onRequest(REPORT_REQUEST, async ({ uri }: { uri: string }) => {
  const lint = await lintNow(uri);
  return lint ? buildReport(uri, lint.model, lint.result, lint.profiles[lint.result.profile]!) : null;
});
connection.onRequest(REPORT_DATA_REQUEST, async ({ uri }: { uri: string }) => {
  const lint = await lintNow(uri);
  return lint ? buildReportData(uri, lint.model, lint.result, lint.profiles[lint.result.profile]!) : null;
});

documents.onDidOpen(({ document }) => void schedule(document, 'open'));
documents.onDidChangeContent(({ document }) => void schedule(document, 'change'));
documents.onDidSave(({ document }) => void schedule(document, 'save'));
documents.onDidClose(({ document }) => {
  clearTimeout(timers.get(document.uri));
  latest.delete(document.uri);
  openModels.close(document.uri); // its parse session's trees go with it
  settingsCache.delete(document.uri);
  if (!supportsPull()) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
