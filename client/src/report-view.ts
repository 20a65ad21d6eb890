// The design-doc report as a view, not a document: a webview panel beside the doc, never linted and
// never asking to be saved. Sections of the profile, what each should hold, where the doc has it, and
// each finding as a link that reveals its line in the doc. Refreshed when the doc is linted again.
import {
  Range, Selection, Uri, ViewColumn, window, workspace, TextEditorRevealType,
  type Disposable, type ExtensionContext, type WebviewPanel,
} from 'vscode';
import { REPORT_DATA_REQUEST } from '../../server/src/shared/commands.js';
import type { ReportData, ReportFinding } from '../../server/src/lsp/report.js';
import { openRuleDocs } from './rule-docs.js';

export interface ReportClient {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const SEVERITY = { error: 'error', warning: 'warning', info: 'to fill in / note' } as const;

function findingHtml(f: ReportFinding): string {
  return `<li class="finding ${f.severity}"><a href="#" data-line="${f.line}" data-column="${f.column}" title="Go to line ${f.line}">line ${f.line}</a>`
    + ` <span class="sev">${SEVERITY[f.severity]}</span> <code>${escape(f.ruleId)}</code> ${escape(f.message)}`
    + ` <a href="#" class="docs" data-rule="${escape(f.ruleId)}" title="What ${escape(f.ruleId)} checks and how to fix it">docs</a></li>`;
}

export function reportHtml(data: ReportData, nonce: string, cspSource: string): string {
  const { counts } = data;
  const rows = data.sections.map((s) => `<tr class="${s.at ? 'present' : 'missing'}"><td>${escape(capitalise(s.title))}</td><td>${
    s.at ? `<a href="#" data-line="${s.at.line}" data-column="1">line ${s.at.line}: “${escape(s.at.heading)}”</a>` : '<strong>missing</strong>'
  }</td><td>${escape(s.expected)}</td></tr>`).join('\n');
  const perSection = data.sections.filter((s) => s.at).map((s) => `<h2>${escape(capitalise(s.title))}</h2>\n<ul>${
    s.findings.length ? s.findings.map(findingHtml).join('\n') : '<li class="ok">no findings</li>'
  }</ul>`).join('\n');
  const whole = data.wholeDocument.length ? `<h2>Whole document</h2>\n<ul>${data.wholeDocument.map(findingHtml).join('\n')}</ul>` : '';
  // Rules that declined are shown, never hidden: the reader knows what was not checked and why.
  const notJudged = data.skipped.length ? `<h2>Not judged</h2>\n<p>The doc reads as ${escape(data.kind)} in ${escape(data.language)}. These rules did not judge it:</p>\n<ul>${
    data.skipped.map((s) => `<li><a href="#" data-rule="${escape(s.ruleId)}"><code>${escape(s.ruleId)}</code></a>: ${escape(s.reason)}</li>`).join('\n')}</ul>` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<title>mldoc report</title>
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid var(--vscode-panel-border); padding: 4px 8px; text-align: left; vertical-align: top; }
tr.missing td:first-child { color: var(--vscode-errorForeground); }
a { color: var(--vscode-textLink-foreground); text-decoration: none; } a:hover { text-decoration: underline; }
ul { padding-left: 1.2em; } li { margin: 3px 0; } .sev { opacity: .75; font-size: 90%; }
li.error .sev { color: var(--vscode-errorForeground); } li.warning .sev { color: var(--vscode-editorWarning-foreground); }
.ok { list-style: none; opacity: .75; }
</style></head><body>
<h1>${escape(data.title)}</h1>
<p>Profile <strong>${escape(data.profile.name)}</strong> (${escape(data.profile.description)}) · ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} to fill in or notes. Click a line to go there.</p>
${data.notDetected === null ? '' : `<p><em>Not detected as a design doc (${escape(data.notDetected)}); shown as if it were.</em></p>`}
<table><thead><tr><th>Section</th><th>In the doc</th><th>Expected there</th></tr></thead><tbody>
${rows}
</tbody></table>
${perSection}
${whole}
${notJudged}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a');
  if (!link) return;
  event.preventDefault();
  if (link.dataset.rule) vscode.postMessage({ type: 'docs', rule: link.dataset.rule });
  else if (link.dataset.line) vscode.postMessage({ type: 'reveal', line: Number(link.dataset.line), column: Number(link.dataset.column) });
});
</script>
</body></html>`;
}

function nonce(): string {
  let text = '';
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 32; i++) text += chars.charAt(Math.floor(Math.random() * chars.length));
  return text;
}

export class ReportView implements Disposable {
  private panel: WebviewPanel | undefined;
  /** The design doc the report is about. */
  docUri: Uri | undefined;
  private data: ReportData | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new Set<() => void>();

  constructor(private readonly context: ExtensionContext, private readonly client: () => ReportClient | undefined) {}

  /** Whether the report has focus (the status bar keeps showing its doc meanwhile). */
  get active(): boolean {
    return this.panel?.active ?? false;
  }

  /** The report last rendered, for tests. */
  get current(): ReportData | undefined {
    return this.data;
  }

  /** Gives the report focus (as a click on its tab does). */
  async focus(): Promise<void> {
    if (!this.panel) return;
    const focused = new Promise<void>((resolve) => {
      const sub = this.panel!.onDidChangeViewState(() => {
        if (!this.panel?.active) return;
        sub.dispose();
        resolve();
      });
    });
    this.panel.reveal(this.panel.viewColumn, false);
    if (!this.panel.active) await focused;
  }

  onDidChange(listener: () => void): Disposable {
    this.changed.add(listener);
    return { dispose: () => this.changed.delete(listener) };
  }

  async show(docUri: Uri): Promise<ReportData | undefined> {
    this.docUri = docUri;
    if (!this.panel) {
      this.panel = window.createWebviewPanel('mldoc.report', 'mldoc report', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false,
      });
      this.panel.iconPath = Uri.joinPath(this.context.extensionUri, 'images', 'icon.png');
      this.panel.webview.onDidReceiveMessage((message: { type: string; line?: number; column?: number; rule?: string }) => {
        if (message.type === 'reveal' && message.line) void this.reveal(message.line, message.column ?? 1);
        if (message.type === 'docs' && message.rule) void openRuleDocs(this.context, message.rule);
      });
      this.panel.onDidChangeViewState(() => this.changed.forEach((l) => l()));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.docUri = undefined;
        this.data = undefined;
        this.changed.forEach((l) => l());
      });
    } else {
      this.panel.reveal(ViewColumn.Beside, true);
    }
    return this.refresh();
  }

  /** The doc was linted again: re-render shortly (coalescing bursts of edits). */
  docChanged(uri: string): void {
    if (!this.panel || uri !== this.docUri?.toString()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 200);
  }

  private async refresh(): Promise<ReportData | undefined> {
    const client = this.client();
    if (!this.panel || !this.docUri || !client) return undefined;
    const data = await client.sendRequest<ReportData | null>(REPORT_DATA_REQUEST, { uri: this.docUri.toString() });
    if (!data || !this.panel) return undefined;
    this.data = data;
    this.panel.title = `mldoc report: ${data.title}`;
    this.panel.webview.html = reportHtml(data, nonce(), this.panel.webview.cspSource);
    this.changed.forEach((l) => l());
    return data;
  }

  /** Moves the cursor in the doc to a finding (1-based line and column) and shows it. */
  async reveal(line: number, column: number): Promise<void> {
    if (!this.docUri) return;
    const document = await workspace.openTextDocument(this.docUri);
    const visible = window.visibleTextEditors.find((e) => e.document.uri.toString() === this.docUri!.toString());
    const at = document.validatePosition(new Range(line - 1, column - 1, line - 1, column - 1).start);
    const editor = await window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? ViewColumn.One, preserveFocus: false });
    editor.selection = new Selection(at, at);
    editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
  }
}
