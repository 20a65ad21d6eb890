// What the extension does, the same on the desktop (Node: client/src/extension.ts, server over IPC) and
// on the web (vscode.dev, github.dev: client/src/browser.ts, server in a web worker). Everything that
// lints lives in the server and the engine; this wires commands, the status bar, the report and docs.
import { commands, ConfigurationTarget, EventEmitter, Selection, Uri, window, workspace, type Event, type ExtensionContext, type LogOutputChannel } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { STATUS_NOTIFICATION, type DocumentStatus } from '../../server/src/shared/commands.js';
import { registerCommands } from './commands.js';
import { ReportView } from './report-view.js';
import { openRuleDocs, previewRulePagesOpenedAsText } from './rule-docs.js';
import { DesignDocStatusBar } from './status-bar.js';

/** The server's command behind "Show documentation for <rule>" (server/src/lsp/code-actions.ts). */
const SHOW_DOCS_COMMAND = 'mldoc.showDocumentation';

export type ClientFactory = (context: ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

/** What the extension exposes to its tests (and to other extensions). */
export interface MldocApi {
  statusBarText(): string;
  /** The report view (its doc, and the data it shows), for tests. */
  report: ReportView;
  /** Fires after each lint the server reports (mldoc/status). */
  onDidLint: Event<DocumentStatus>;
}

let client: BaseLanguageClient | undefined;

function clientOptions(context: ExtensionContext, output: LogOutputChannel, base: LanguageClientOptions): LanguageClientOptions {
  return {
    ...base,
    // In an untrusted workspace the server uses built-in rules and settings only, no config files.
    initializationOptions: { trusted: workspace.isTrusted },
    outputChannel: output,
    middleware: {
      // "Show documentation": the page shipped with the extension, rendered, rather than a browser tab.
      executeCommand: async (command, args, next) => {
        if (command === SHOW_DOCS_COMMAND && typeof args[0] === 'string') return openRuleDocs(context, args[0]);
        return next(command, args);
      },
    },
  };
}

export async function activateWith(context: ExtensionContext, base: LanguageClientOptions, create: ClientFactory): Promise<MldocApi> {
  const output = window.createOutputChannel('mldoc', { log: true });
  context.subscriptions.push(output);
  const report = new ReportView(context, () => client);
  const statusBar = new DesignDocStatusBar(context, () => (report.active ? report.docUri?.toString() : undefined));
  const linted = new EventEmitter<DocumentStatus>();
  context.subscriptions.push(report, linted, report.onDidChange(() => statusBar.refresh()));
  previewRulePagesOpenedAsText(context);
  const start = async () => {
    client = await create(context, clientOptions(context, output, base));
    client.onNotification(STATUS_NOTIFICATION, (status: DocumentStatus) => {
      statusBar.update(status);
      report.docChanged(status.uri);
      linted.fire(status);
    });
    await client.start();
  };
  const restart = async () => {
    await client?.stop();
    await start();
  };
  registerCommands(context, () => client, report);
  context.subscriptions.push(
    commands.registerCommand('mldoc.restartServer', restart),
    commands.registerCommand('mldoc.showOutput', () => output.show(true)),
    commands.registerCommand('mldoc.toggleLinting', async () => {
      // Flips mldoc.enable where it is set (the workspace, or the user settings without a folder).
      const config = workspace.getConfiguration('mldoc');
      const enabled = config.get<boolean>('enable', true);
      const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
      await config.update('enable', !enabled, target);
      void window.setStatusBarMessage(`mldoc: linting ${enabled ? 'off' : 'on'}`, 3000);
      return !enabled;
    }),
    // After "Disable … giving a reason": the reason to type is selected (server/src/lsp/section-actions.ts).
    commands.registerCommand('mldoc.selectRange', async (uri: string, line: number, start: number, end: number) => {
      const editor = window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? await window.showTextDocument(Uri.parse(uri));
      editor.selection = new Selection(line, start, line, end);
      editor.revealRange(editor.selection);
    }),
    workspace.onDidGrantWorkspaceTrust(restart),
  );
  await start();
  return { statusBarText: () => statusBar.text, report, onDidLint: linted.event };
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
}
