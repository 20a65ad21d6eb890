// One status bar item, on the left, while a design doc is active: "mldoc: 2 errors, 5 warnings" or
// "mldoc: complete". Its tooltip names the profile; clicking opens the design-doc report.
import { StatusBarAlignment, window, type ExtensionContext, type StatusBarItem } from 'vscode';
import type { DocumentStatus } from '../../server/src/shared/commands.js';

export function statusText(status: DocumentStatus): string {
  const parts: string[] = [];
  if (status.errors) parts.push(`${status.errors} error${status.errors === 1 ? '' : 's'}`);
  if (status.warnings) parts.push(`${status.warnings} warning${status.warnings === 1 ? '' : 's'}`);
  return `mldoc: ${parts.length ? parts.join(', ') : 'complete'}`;
}

export class DesignDocStatusBar {
  private readonly item: StatusBarItem;
  private readonly byUri = new Map<string, DocumentStatus>();

  constructor(context: ExtensionContext) {
    this.item = window.createStatusBarItem('mldoc.status', StatusBarAlignment.Left, 10);
    this.item.name = 'mldoc';
    this.item.command = 'mldoc.showReport';
    context.subscriptions.push(this.item, window.onDidChangeActiveTextEditor(() => this.refresh()));
  }

  update(status: DocumentStatus): void {
    this.byUri.set(status.uri, status);
    this.refresh();
  }

  /** The text shown now ("" when hidden), for tests. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  private refresh(): void {
    const uri = window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status?.isDesignDoc) {
      this.item.hide();
      this.visible = false;
      return;
    }
    this.item.text = statusText(status);
    const infos = status.infos ? `, ${status.infos} info` : '';
    this.item.tooltip = `mldoc · profile "${status.profile}" · ${status.errors} errors, ${status.warnings} warnings${infos}. Click for the design-doc report.`;
    this.item.show();
    this.visible = true;
  }
}
