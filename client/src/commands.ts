// Palette commands (category "mldoc"). Linting work runs in the server (workspace/executeCommand and
// the mldoc/report request); the client only gathers input and shows results.
import {
  commands, Position, Range, Selection, SnippetString, Uri, window, workspace, WorkspaceEdit,
  type ExtensionContext, type TextEditor,
} from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { BUILT_IN_PROFILES } from '../../server/src/engine/profiles.js';
import { documentBody } from '../../server/src/engine/templates.js';
import { SERVER_COMMANDS } from '../../server/src/shared/commands.js';
import { setFrontMatterKey } from '../../server/src/shared/front-matter.js';
import type { ReportView } from './report-view.js';

export interface NewDocOptions {
  profile?: string;
  title?: string;
}

export function slugify(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_-]+/g, '-').slice(0, 60) || 'design-doc';
}

async function pickProfile(placeHolder: string): Promise<string | undefined> {
  const picked = await window.showQuickPick(
    Object.values(BUILT_IN_PROFILES).map((p) => ({ label: p.name, description: p.sections.map((s) => s.title).join(', '), detail: p.description })),
    { placeHolder, title: 'mldoc' },
  );
  return picked?.label;
}

/** Creates docs/design/<slug>.md (or an untitled doc) from the profile's template, cursor on the first stop. */
async function newDesignDoc(options: NewDocOptions = {}): Promise<Uri | undefined> {
  const profile = options.profile ?? await pickProfile('Profile of the new design doc');
  if (!profile) return undefined;
  const title = options.title ?? await window.showInputBox({ title: 'mldoc: New ML design doc', prompt: 'Title of the design doc', placeHolder: 'Checkout fraud scoring' });
  if (title === undefined) return undefined;
  // The snippet's first tab stop is the title; it starts filled with what was typed.
  const body = documentBody(profile).join('\n').replace('${1:[Title of the design doc]}', `\${1:${(title || '[Title of the design doc]').replace(/[$}\\]/g, '\\$&')}}`);
  const folder = workspace.workspaceFolders?.[0];
  let editor: TextEditor;
  if (folder) {
    const dir = Uri.joinPath(folder.uri, 'docs', 'design');
    await workspace.fs.createDirectory(dir);
    let uri = Uri.joinPath(dir, `${slugify(title)}.md`);
    for (let n = 2; await exists(uri); n++) uri = Uri.joinPath(dir, `${slugify(title)}-${n}.md`);
    await workspace.fs.writeFile(uri, new Uint8Array());
    editor = await window.showTextDocument(uri);
  } else {
    editor = await window.showTextDocument(await workspace.openTextDocument({ language: 'markdown', content: '' }));
  }
  await editor.insertSnippet(new SnippetString(body), new Position(0, 0));
  return editor.document.uri;
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function activeMarkdown(): TextEditor | undefined {
  const editor = window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void window.showInformationMessage('mldoc: open a Markdown design doc first.');
  return undefined;
}

async function selectProfile(profile?: string): Promise<void> {
  const editor = activeMarkdown();
  if (!editor) return;
  const chosen = profile ?? await pickProfile('Profile for this document (written to its front matter)');
  if (!chosen) return;
  const change = setFrontMatterKey(editor.document.getText(), 'profile', chosen);
  const edit = new WorkspaceEdit();
  edit.replace(editor.document.uri, new Range(change.startLine, 0, change.endLine, 0), change.text);
  await workspace.applyEdit(edit);
}

const CONFIG_NAMES = ['.mldoc.json', '.mldoc.yaml', '.mldoc.yml'];

/**
 * Opens the config file that applies to the active doc (the nearest .mldoc.json/.yaml/.yml up to its
 * workspace folder), or, when there is none, creates an empty .mldoc.json at the folder's root and opens it.
 */
async function openConfigFile(): Promise<Uri | undefined> {
  const active = window.activeTextEditor?.document.uri;
  const folder = (active && workspace.getWorkspaceFolder(active)) ?? workspace.workspaceFolders?.[0];
  if (!folder) {
    void window.showInformationMessage('mldoc: open a folder to keep a config file in it.');
    return undefined;
  }
  const root = folder.uri.path.replace(/\/$/, '');
  let dir = active && active.path.startsWith(`${root}/`) ? active.path.slice(0, active.path.lastIndexOf('/')) : root;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = folder.uri.with({ path: `${dir}/${name}` });
      if (await exists(candidate)) {
        await window.showTextDocument(candidate);
        return candidate;
      }
    }
    if (dir === root || !dir.startsWith(`${root}/`)) break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  const created = Uri.joinPath(folder.uri, '.mldoc.json');
  await workspace.fs.writeFile(created, new TextEncoder().encode('{\n  "rules": {}\n}\n'));
  const editor = await window.showTextDocument(created);
  editor.selection = new Selection(1, 12, 1, 12);
  return created;
}

export function registerCommands(context: ExtensionContext, getClient: () => BaseLanguageClient | undefined, report: ReportView): void {
  const runOnServer = async (command: string, uri?: string): Promise<unknown> => {
    const client = getClient();
    if (!client) return undefined;
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: uri ? [uri] : [] });
  };
  const onActive = (command: string) => async () => {
    const editor = activeMarkdown();
    return editor ? runOnServer(command, editor.document.uri.toString()) : undefined;
  };
  context.subscriptions.push(
    commands.registerCommand('mldoc.newDesignDoc', newDesignDoc),
    commands.registerCommand('mldoc.insertMissingSections', onActive(SERVER_COMMANDS.insertMissingSections)),
    commands.registerCommand('mldoc.fixAll', onActive(SERVER_COMMANDS.fixAll)),
    commands.registerCommand('mldoc.selectProfile', selectProfile),
    commands.registerCommand('mldoc.openConfig', openConfigFile),
    commands.registerCommand('mldoc.lintWorkspace', async () => {
      const count = await runOnServer(SERVER_COMMANDS.lintWorkspace);
      void window.showInformationMessage(`mldoc: linted ${count ?? 0} design docs in the workspace; see the Problems panel.`);
      return count;
    }),
    commands.registerCommand('mldoc.showReport', async () => {
      // From the status bar while the report itself has focus: stay on the report's doc.
      const uri = window.activeTextEditor?.document.languageId === 'markdown' ? window.activeTextEditor.document.uri : report.docUri ?? activeMarkdown()?.document.uri;
      return uri ? report.show(uri) : undefined;
    }),
  );
}
