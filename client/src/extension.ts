// The VS Code extension: starts the bundled mldoc language server for Markdown files. Kept thin:
// everything that lints lives in the server and the engine; settings flow through
// workspace/configuration (declared in package.json, typed in server/src/shared/settings.ts).
import * as path from 'node:path';
import { commands, EventEmitter, window, workspace, type Event, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type DocumentStatus } from '../../server/src/shared/commands.js';
import { registerCommands } from './commands.js';
import { ReportView } from './report-view.js';
import { DesignDocStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

function createClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }],
    // Config files changing re-lints open docs (the server reloads them lazily).
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{.mldoc.json,.mldoc.yaml,.mldoc.yml,package.json}') },
    // In an untrusted workspace the server uses built-in rules and settings only, no config files.
    initializationOptions: { trusted: workspace.isTrusted },
    outputChannel: output,
  };
  return new LanguageClient('mldoc', 'mldoc', serverOptions, clientOptions);
}

/** What the extension exposes to its tests (and to other extensions). */
export interface MldocApi {
  statusBarText(): string;
  /** The report view (its doc, and the data it shows), for tests. */
  report: ReportView;
  /** Fires after each lint the server reports (mldoc/status). */
  onDidLint: Event<DocumentStatus>;
}

export async function activate(context: ExtensionContext): Promise<MldocApi> {
  const output = window.createOutputChannel('mldoc', { log: true });
  context.subscriptions.push(output);
  const report = new ReportView(context, () => client);
  const statusBar = new DesignDocStatusBar(context, () => (report.active ? report.docUri?.toString() : undefined));
  const linted = new EventEmitter<DocumentStatus>();
  context.subscriptions.push(report, linted, report.onDidChange(() => statusBar.refresh()));
  const start = async () => {
    client = createClient(context, output);
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
    workspace.onDidGrantWorkspaceTrust(restart),
  );
  await start();
  return { statusBarText: () => statusBar.text, report, onDidLint: linted.event };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
