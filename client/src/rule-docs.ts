// A rule's documentation is the page shipped inside the extension (docs/rules/<id>.md), shown rendered in
// the Markdown preview: from "Show documentation for …" (the server's mldoc.showDocumentation command),
// from the report, and from the rule-id link in the Problems panel and the hover (whose target is that
// bundled file: VS Code opens it as text, and it is swapped at once for its preview).
import { commands, TabInputText, Uri, window, type ExtensionContext } from 'vscode';

const RULE_ID = /^[a-z0-9-]+$/;

export function ruleDocsUri(context: ExtensionContext, ruleId: string): Uri | undefined {
  return RULE_ID.test(ruleId) ? Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`) : undefined;
}

/** Whether a URI is one of the bundled rule pages. */
function isRulePage(context: ExtensionContext, uri: Uri): boolean {
  const base = Uri.joinPath(context.extensionUri, 'docs', 'rules').toString();
  return uri.toString().startsWith(`${base}/`) && uri.path.endsWith('.md');
}

export async function openRuleDocs(context: ExtensionContext, ruleIdOrUrl: string): Promise<void> {
  const uri = RULE_ID.test(ruleIdOrUrl) ? ruleDocsUri(context, ruleIdOrUrl) : Uri.parse(ruleIdOrUrl);
  if (!uri) return;
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    // A docs base URL the user configured: the browser shows it.
    await commands.executeCommand('vscode.open', uri);
    return;
  }
  await commands.executeCommand('markdown.showPreview', uri);
}

/** Replaces a bundled rule page opened as text (a click on a diagnostic's rule link) by its preview. */
export function previewRulePagesOpenedAsText(context: ExtensionContext): void {
  context.subscriptions.push(window.onDidChangeActiveTextEditor(async (editor) => {
    if (!editor || !isRulePage(context, editor.document.uri)) return;
    const uri = editor.document.uri;
    await commands.executeCommand('markdown.showPreview', uri);
    const tabs = window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof TabInputText && t.input.uri.toString() === uri.toString());
    await window.tabGroups.close(tabs);
  }));
}
