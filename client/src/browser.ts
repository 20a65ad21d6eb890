// The VS Code extension on the web (vscode.dev, github.dev): the same extension (client/src/activate.ts)
// with the language server in a web worker (dist/web/server.js, server/src/lsp/web-main.ts), which lints
// with the pure engine, the built-in rules and the settings.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, type MldocApi } from './activate.js';

// The worker constructor of the web extension host (this project type-checks against Node's lib).
type ServerWorker = Exclude<ServerOptions, () => unknown>;
declare const Worker: new (url: string) => ServerWorker;

/**
 * The server's worker. On vscode.dev the extension is served over https and the worker loads from there.
 * Installed on a remote (code-server, a remote window), the extension's files have vscode-remote:
 * addresses, from which the web extension host starts no worker: it gets the script's text instead.
 */
async function serverWorker(context: ExtensionContext): Promise<ServerWorker> {
  const main = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (main.scheme === 'http' || main.scheme === 'https') return new Worker(main.toString(true));
  const code = await workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
}

export function activate(context: ExtensionContext): Promise<MldocApi> {
  return activateWith(context, {
    // Any scheme a web workspace uses (vscode-vfs on github.dev, file for local folders), and new docs.
    documentSelector: [{ language: 'markdown' }],
  }, async (_, options) => {
    const docsBaseUrl = `${Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true)}/`;
    return new LanguageClient('mldoc', 'mldoc', await serverWorker(context), { ...options, initializationOptions: { ...(options.initializationOptions as object), docsBaseUrl } });
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
