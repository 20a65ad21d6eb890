// The VS Code extension on the desktop: starts the bundled mldoc language server (dist/server.cjs) over
// Node IPC for Markdown files. The rest is shared with the web build (client/src/activate.ts).
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient, type MldocApi } from './activate.js';
import { SERVER_NODE_FLAGS } from '../../server/src/shared/server-flags.js';

export type { MldocApi } from './activate.js';

export function activate(context: ExtensionContext): Promise<MldocApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    // The V8 options that keep the server's heap near its live data (server/src/shared/server-flags.ts).
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6010'] } },
  };
  return activateWith(context, {
    documentSelector: [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }],
    // Config files changing re-lints open docs (the server reloads them lazily).
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{.mldoc.json,.mldoc.yaml,.mldoc.yml,package.json}') },
  }, (_, options) => new LanguageClient('mldoc', 'mldoc', serverOptions, options));
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
