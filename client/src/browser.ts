// The VS Code extension on the web (vscode.dev, github.dev): the same extension (client/src/activate.ts)
// with the language server in a web worker (dist/web/server.js, server/src/lsp/web-main.ts), which lints
// with the pure engine, the built-in rules and the settings.
import { Uri, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, type MldocApi } from './activate.js';

// The worker constructor of the web extension host (this project type-checks against Node's lib).
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: ExtensionContext): Promise<MldocApi> {
  return activateWith(context, {
    // Any scheme a web workspace uses (vscode-vfs on github.dev, file for local folders), and new docs.
    documentSelector: [{ language: 'markdown' }],
  }, (_, options) => {
    const worker = new Worker(Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
    const docsBaseUrl = `${Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true)}/`;
    return new LanguageClient('mldoc', 'mldoc', { ...options, initializationOptions: { ...(options.initializationOptions as object), docsBaseUrl } }, worker);
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
