// The mldoc language server: lints Markdown documents as they are edited. Push diagnostics (or pull,
// for clients that ask with textDocument/diagnostic), quick fixes, source.fixAll.mldoc, and hovers on
// section headings. Works over stdio (`mldoc-lint-server --stdio`) and Node IPC (VS Code).
import lsp from 'vscode-languageserver/node';
import type { ClientCapabilities, Diagnostic as LspDiagnostic, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normaliseSettings, DEFAULT_SETTINGS, type MldocSettings } from '../shared/settings.js';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileCollector, readMarkdownFile } from '../node/files.js';
import { BUILT_IN_PROFILES, own } from '../engine/index.js';
import { FIX_ALL_KIND, SHOW_DOCS_COMMAND } from './code-actions.js';
import { answerCodeActions, clientResolvesEdits, resolveCodeAction, runFixAllCommand, type EditHost } from './edit-actions.js';
import { buildReport, buildReportData, countFindings } from './report.js';
import { REPORT_DATA_REQUEST, REPORT_REQUEST, SERVER_COMMANDS, STATUS_NOTIFICATION, type DocumentStatus } from '../shared/commands.js';
import { toLspDiagnostic } from './convert.js';
import { DocumentLinter, type DocumentLint } from './document-linter.js';
import { headingHover } from './hover.js';
import { sectionCompletions } from './completion.js';
import { isIgnored } from '../shared/ignore.js';
import { IdleMemoryRelease, processHeap } from './idle-memory.js';

// vscode-languageserver is CommonJS: take its exports from the default import.
const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DocumentDiagnosticReportKind } = lsp;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const linter = new DocumentLinter();
// Once lints and edits stop for a moment, give the heap the lints grew back to the system (idle-memory.ts).
const heap = processHeap();
const memory = heap ? new IdleMemoryRelease(heap) : null;
if (memory) linter.afterLint = () => memory.afterWork();

let capabilities: ClientCapabilities = {};
/** Workspace folders (file paths), for "Lint all design docs in the workspace". */
let workspaceFolders: string[] = [];
/** The same folders as URIs, for the mldoc.ignore globs (relative to a folder). */
let workspaceFolderUris: string[] = [];

/** Whether mldoc lints this document with these settings: enabled, and not matched by mldoc.ignore. */
const lints = (uri: string, settings: MldocSettings) => settings.enable && !isIgnored(uri, workspaceFolderUris, settings.ignore);

const supportsConfiguration = () => Boolean(capabilities.workspace?.configuration);
const supportsPull = () => Boolean(capabilities.textDocument?.diagnostic);
const supportsVersionedEdits = () => Boolean(capabilities.workspace?.workspaceEdit?.documentChanges);

/** Settings per document URI, asked for once and kept until the settings change. */
const settingsCache = new Map<string, Promise<MldocSettings>>();
/** Settings sent with didChangeConfiguration, for clients without workspace/configuration. */
let pushedSettings: MldocSettings = DEFAULT_SETTINGS;
/** The latest lint of each open document, with the version it is for. */
const latest = new Map<string, DocumentLint & { version: number }>();
const timers = new Map<string, { cancel(): void }>();

/**
 * Runs `then` after `ms`, or, for 0, as soon as the messages already read are handled (a timer of 0 ms
 * waits at least 1 ms in Node: a keystroke's lint would start that much later for nothing).
 */
function later(ms: number, then: () => void): { cancel(): void } {
  if (ms <= 0) {
    const immediate = setImmediate(then);
    return { cancel: () => clearImmediate(immediate) };
  }
  const timer = setTimeout(then, ms);
  return { cancel: () => clearTimeout(timer) };
}
/** When each open document last changed (ms), for the debounce of pulled diagnostics. */
const lastChange = new Map<string, number>();
/**
 * With `run: onSave` and a pull client: each document's text as last opened or saved, and its lint, which
 * pulls are answered from (unsaved edits are not linted; a settings change re-lints the saved text).
 */
const saved = new Map<string, { version: number; text: string; lint?: DocumentLint & { version: number } }>();
/** Documents whose latest lint was made with settings or config files that have changed since. */
const outdated = new Set<string>();
/** Identifies each lint, so a pull whose answer did not change gets `unchanged`. */
let lintCount = 0;
const resultIds = new WeakMap<DocumentLint, string>();

function settingsFor(uri: string): Promise<MldocSettings> {
  if (!supportsConfiguration()) return Promise.resolve(pushedSettings);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'mldoc' }).then(normaliseSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, settings);
  }
  return settings;
}

function diagnosticsOf(uri: string, lint: DocumentLint | undefined): LspDiagnostic[] {
  return (lint?.result.diagnostics ?? []).map((d) => toLspDiagnostic(uri, d));
}

/** Rules whose findings are a section or prompt still to fill in. */
const FILL_IN_RULES = new Set(['required-section', 'empty-section', 'placeholder-text']);

/** Lints now; returns null when the editor has moved past this version meanwhile. */
async function lintNow(document: TextDocument): Promise<(DocumentLint & { version: number }) | null> {
  const settings = await settingsFor(document.uri);
  const current = documents.get(document.uri);
  if (!current || current.version !== document.version) return null; // stale: a newer edit will lint
  if (!lints(document.uri, settings)) {
    latest.delete(document.uri);
    linter.close(document.uri);
    return null;
  }
  // With onSave and a pull client the status bar follows the saved text's lint (pullDiagnostics), not the
  // lints of unsaved text that code actions and hovers ask for.
  const lint = lintText(document.uri, document.version, document.getText(), settings, !(supportsPull() && settings.run === 'onSave'), true);
  latest.set(document.uri, lint);
  outdated.delete(document.uri);
  return lint;
}

/**
 * Lints a text of a document, numbers the result and tells the status bar. `incremental`: the document's
 * current text, linted with its parse session (only changed sections re-parsed); the previous such lint's
 * model is then outdated (its positions may move), which is why only `latest` lints are incremental.
 */
function lintText(uri: string, version: number, text: string, settings: MldocSettings, announce = true,
  incremental = false): DocumentLint & { version: number } {
  // (Not a spread: an incremental lint's model is a getter, rebuilt on demand once memory was reclaimed.)
  const lint = Object.assign(linter.lint(uri, text, settings, incremental), { version });
  resultIds.set(lint, String(++lintCount));
  publishConfigProblems();
  // For the status bar: whether this is a design doc, its profile and what it has.
  const status: DocumentStatus = {
    uri, version, isDesignDoc: lint.result.isDesignDoc || settings.designDocs === 'all',
    profile: lint.result.profile, ...countFindings(lint.result),
    toFill: lint.result.diagnostics.filter((d) => d.severity === 'info' && FILL_IN_RULES.has(d.ruleId)).length,
  };
  if (announce) void connection.sendNotification(STATUS_NOTIFICATION, status);
  return lint;
}

async function lintAndPublish(document: TextDocument): Promise<void> {
  try {
    const lint = await lintNow(document);
    if (lint) void connection.sendDiagnostics({ uri: document.uri, version: lint.version, diagnostics: diagnosticsOf(document.uri, lint) });
    else if (!latest.has(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  } catch (error) {
    connection.console.error(`mldoc: linting ${document.uri} failed: ${(error as Error).stack ?? error}`);
  }
}

async function schedule(document: TextDocument, reason: 'open' | 'change' | 'save' | 'settings'): Promise<void> {
  // A pull client asks for diagnostics itself after opens and edits (answered by pullDiagnostics, which
  // honours run and debounceMs); tell it when anything else changed: settings, or a save under onSave.
  if (supportsPull()) {
    if (reason === 'change') lastChange.set(document.uri, Date.now());
    if (reason === 'settings') {
      // Settings or a config file changed: the lints made with the old ones are void.
      outdated.add(document.uri);
      const entry = saved.get(document.uri);
      if (entry) entry.lint = undefined;
      connection.languages.diagnostics.refresh();
    }
    if (reason === 'save') {
      saved.set(document.uri, { version: document.version, text: document.getText() });
      if ((await settingsFor(document.uri)).run === 'onSave') connection.languages.diagnostics.refresh();
    }
    return;
  }
  const settings = await settingsFor(document.uri);
  if (reason === 'change' && settings.run === 'onSave') return;
  timers.get(document.uri)?.cancel();
  const delay = reason === 'change' ? settings.debounceMs : 0;
  timers.set(document.uri, later(delay, () => {
    timers.delete(document.uri);
    void lintAndPublish(document);
  }));
}

/** The config-file problems published, by config URI, so each is sent once, not on every keystroke. */
let publishedConfigProblems = new Map<string, string>();
function publishConfigProblems(): void {
  const now = new Map([...linter.configProblems].map(([uri, error]) => [uri, error.message]));
  for (const [uri, error] of linter.configProblems) {
    if (publishedConfigProblems.get(uri) === error.message) continue;
    const at = { line: error.line - 1, character: error.column - 1 };
    void connection.sendDiagnostics({
      uri,
      diagnostics: [{ range: { start: at, end: { line: at.line, character: at.character + Math.max(1, error.key.length) } },
        severity: 1, source: 'mldoc', code: 'config', message: `Invalid mldoc config at "${error.key}": ${error.reason}. Documents keep the last valid config until this is fixed.` }],
    });
  }
  for (const uri of publishedConfigProblems.keys()) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  publishedConfigProblems = now;
}

function relintAll(): void {
  for (const document of documents.all()) void schedule(document, 'settings');
}

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  // For the real-editor tests: what a real client (VS Code) sends, kept as a fixture for protocol tests.
  const record = process.env.MLDOC_RECORD_INITIALIZE;
  if (record) fs.writeFileSync(record, `${JSON.stringify({ clientInfo: params.clientInfo, capabilities: params.capabilities }, null, 2)}\n`);
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  workspaceFolderUris = folders.map((folder) => folder.uri);
  workspaceFolders = folders.filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri));
  // Config files can point anywhere (extends); read them only when the client says the workspace is trusted.
  linter.useConfigFiles = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: true },
      executeCommandProvider: { commands: [SHOW_DOCS_COMMAND, ...Object.values(SERVER_COMMANDS)] },
      hoverProvider: true,
      // Section completion at the start of a heading line ("## ").
      completionProvider: { triggerCharacters: ['#', ' '] },
      ...(supportsPull() ? { diagnosticProvider: { identifier: 'mldoc', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'mldoc-lint-server' },
  };
});

connection.onInitialized(() => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'mldoc' });
  }
});

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  if (!supportsConfiguration()) pushedSettings = normaliseSettings((change.settings as { mldoc?: unknown } | undefined)?.mldoc);
  relintAll();
});

connection.onDidChangeWatchedFiles(() => {
  linter.reload(); // a config file changed: reload lazily, re-lint what is open
  relintAll();
});

/**
 * Answers a pull (VS Code pulls after every change by itself). `run: onSave`: the findings of the last
 * open or save, not of the unsaved text. `run: onType`: waits until the text has been still for debounceMs,
 * then lints what it is by then. An answer identical to the client's previous one is `unchanged`.
 */
async function pullDiagnostics(uri: string, previousResultId: string | undefined, token: lsp.CancellationToken): Promise<lsp.DocumentDiagnosticReport> {
  const document = documents.get(uri);
  const settings = await settingsFor(uri);
  let lint: (DocumentLint & { version: number }) | undefined;
  const entry = saved.get(uri);
  if (document && entry && lints(uri, settings) && settings.run === 'onSave') {
    entry.lint ??= lintText(uri, entry.version, entry.text, settings);
    lint = entry.lint;
  } else if (document && lints(uri, settings)) {
    for (;;) {
      const wait = (lastChange.get(uri) ?? 0) + settings.debounceMs - Date.now();
      if (wait <= 0 || token.isCancellationRequested) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    // Cancelled (VS Code pulls again on the next edit or focus change): answer at once, with the latest text.
    // An error here (ServerCancelled) would make VS Code drop the pull and show nothing until the next edit.
    lint = await currentLint(uri);
  }
  const resultId = lint ? resultIds.get(lint) : undefined;
  if (resultId && resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, ...(resultId ? { resultId } : {}), items: diagnosticsOf(uri, lint) };
}

connection.languages.diagnostics.on(({ textDocument, previousResultId }, token) => pullDiagnostics(textDocument.uri, previousResultId, token));

/** For the code actions and fix-all commands shared with the web server (edit-actions.ts). */
const editHost: EditHost = {
  currentLint: (uri) => currentLint(uri),
  findingsOf: async (uri) => {
    const settings = await settingsFor(uri);
    return (text) => linter.lint(uri, text, settings).result.diagnostics;
  },
  versionedEdits: supportsVersionedEdits,
  resolvesEdits: () => clientResolvesEdits(capabilities),
};

// Computed from the text as it is now (a save right after typing must not get fixes for the text
// before the debounce), and addressed to that version.
connection.onCodeAction((params) => answerCodeActions(editHost, params));
connection.onCodeActionResolve((action) => resolveCodeAction(editHost, action));

/**
 * The lint of an open document's current text, linting now if the latest one is behind. Undefined
 * when the document is closed, mldoc is off for it, or the text keeps moving while it is linted.
 */
async function currentLint(uri: string): Promise<(DocumentLint & { version: number }) | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const document = documents.get(uri);
    if (!document) return undefined;
    const lint = latest.get(uri);
    if (lint && lint.version === document.version && !outdated.has(uri)) return lint;
    const fresh = await lintNow(document);
    if (fresh) return fresh;
    if (documents.get(uri)?.version === document.version) return undefined; // not stale: mldoc is off here
  }
  return undefined;
}

const applyEdit = async (label: string, edit: lsp.WorkspaceEdit) => (await connection.workspace.applyEdit({ label, edit })).applied;

/** Closed documents whose findings were pushed by lintWorkspace; a pull client must not see them twice once open. */
const pushedForClosed = new Set<string>();

/** Lints every design doc under the workspace folders, open or not, and publishes the findings. */
async function lintWorkspace(): Promise<number> {
  const collector = new FileCollector();
  for (const folder of workspaceFolders) collector.collect(folder);
  let linted = 0;
  for (const file of collector.files) {
    const uri = pathToFileURL(file.path).href;
    if (documents.get(uri)) continue; // open documents are linted as they are edited
    // One unreadable or broken file costs that file only: log it and go on with the others.
    try {
      const settings = await settingsFor(uri);
      if (!lints(uri, settings)) continue;
      const { result } = linter.lint(uri, readMarkdownFile(file.path), settings);
      if (!result.isDesignDoc && settings.designDocs !== 'all' && result.diagnostics.length === 0) continue;
      linted++;
      pushedForClosed.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: result.diagnostics.map((d) => toLspDiagnostic(uri, d)) });
    } catch (error) {
      connection.console.error(`mldoc: could not lint ${file.path}: ${(error as Error).message}`);
    }
  }
  publishConfigProblems();
  return linted;
}

connection.onExecuteCommand(async ({ command, arguments: args }) => {
  const uri = typeof args?.[0] === 'string' ? args[0] : undefined;
  switch (command) {
    case SHOW_DOCS_COMMAND:
      if (uri) await connection.window.showDocument({ uri, external: true }).catch(() => undefined);
      return undefined;
    case SERVER_COMMANDS.insertMissingSections:
      return uri ? runFixAllCommand(editHost, applyEdit, uri, 'missing-sections') : 0;
    case SERVER_COMMANDS.fixAll:
      return uri ? runFixAllCommand(editHost, applyEdit, uri, 'all') : 0;
    case SERVER_COMMANDS.lintWorkspace:
      return lintWorkspace();
    default:
      return undefined;
  }
});

connection.onRequest(REPORT_REQUEST, async ({ uri }: { uri: string }) => {
  const lint = await currentLint(uri);
  if (!lint) return null;
  const profile = own(lint.profiles, lint.result.profile) ?? BUILT_IN_PROFILES.full!;
  return buildReport(uri, lint.model, lint.result, profile);
});

connection.onRequest(REPORT_DATA_REQUEST, async ({ uri }: { uri: string }) => {
  const lint = await currentLint(uri);
  if (!lint) return null;
  return buildReportData(uri, lint.model, lint.result, lint.profiles[lint.result.profile]!);
});

connection.onCompletion(async ({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  if (!document) return null;
  const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  if (!/^#{1,6}[ \t]*$/.test(lineText.slice(0, position.character))) return null;
  const lint = await currentLint(textDocument.uri);
  const settings = await settingsFor(textDocument.uri);
  if (!lint || (!lint.result.isDesignDoc && settings.designDocs !== 'all')) return null;
  return sectionCompletions(lint.model, lint.profiles[lint.result.profile]!, lineText, position);
});

connection.onHover(async ({ textDocument, position }) => {
  const lint = await currentLint(textDocument.uri);
  return lint ? headingHover(textDocument.uri, lint.model, lint.result, lint.profiles, position.line + 1) : null;
});

/** Documents just opened: their open also fires a content change, which must not debounce the first lint. */
const justOpened = new Set<string>();
documents.onDidOpen(({ document }) => {
  justOpened.add(document.uri);
  if (pushedForClosed.delete(document.uri) && supportsPull()) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  saved.set(document.uri, { version: document.version, text: document.getText() });
  void schedule(document, 'open');
});
documents.onDidChangeContent(({ document }) => {
  memory?.afterWork(); // typing, linted or not (onSave, a long debounce): no collection until it stops
  if (justOpened.delete(document.uri)) return;
  void schedule(document, 'change');
});
documents.onDidSave(({ document }) => void schedule(document, 'save'));
documents.onDidClose(({ document }) => {
  timers.get(document.uri)?.cancel();
  timers.delete(document.uri);
  latest.delete(document.uri);
  linter.close(document.uri); // its parse session's trees go with it
  lastChange.delete(document.uri);
  saved.delete(document.uri);
  outdated.delete(document.uri);
  settingsCache.delete(document.uri);
  if (!supportsPull()) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

// A bug in a handler is answered as an error by the RPC layer; anything that escapes it (a timer, a
// promise nobody awaits) is logged, and the server keeps answering.
process.on('uncaughtException', (error) => connection.console.error(`mldoc: internal error: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => connection.console.error(`mldoc: internal error: ${(error as Error)?.stack ?? error}`));

documents.listen(connection);
connection.listen();
