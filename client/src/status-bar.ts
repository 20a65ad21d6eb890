// One status bar item, on the left, while a design doc is active (and while its report has focus):
// "mldoc: 4 errors, 2 warnings, 7 to fill in", "complete" only with no finding at all. VS Code's own
// counters sum every file; this one is the design doc's, and counts what they do not: the sections
// and prompts still to fill in. Its tooltip names the profile; clicking opens the design-doc report.
import { StatusBarAlignment, window, type ExtensionContext, type StatusBarItem } from 'vscode';
import type { DocumentStatus } from '../../server/src/shared/commands.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function statusText(status: DocumentStatus): string {
  const parts: string[] = [];
  if (status.errors) parts.push(plural(status.errors, 'error'));
  if (status.warnings) parts.push(plural(status.warnings, 'warning'));
  if (status.toFill) parts.push(`${status.toFill} to fill in`);
  const notes = status.infos - status.toFill;
  if (notes > 0) parts.push(plural(notes, 'note'));
  return `mldoc: ${parts.length ? parts.join(', ') : 'complete'}`;
}

export class DesignDocStatusBar {
  private readonly item: StatusBarItem;
  private readonly byUri = new Map<string, DocumentStatus>();

  /** `pinned()`: the doc whose status stays shown while no text editor is active (its report has focus). */
  constructor(context: ExtensionContext, private readonly pinned: () => string | undefined = () => undefined) {
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

  refresh(): void {
    const uri = window.activeTextEditor?.document.uri.toString() ?? this.pinned();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status?.isDesignDoc) {
      this.item.hide();
      this.visible = false;
      return;
    }
    this.item.text = statusText(status);
    const notes = status.infos - status.toFill;
    this.item.tooltip = `mldoc · profile "${status.profile}" · ${plural(status.errors, 'error')}, ${plural(status.warnings, 'warning')}, `
      + `${status.toFill} sections or prompts to fill in${notes > 0 ? `, ${plural(notes, 'note')}` : ''}. Click for the design-doc report.`;
    this.item.show();
    this.visible = true;
  }
}
