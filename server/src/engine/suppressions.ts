// Inline suppression comments:
//   <!-- mldoc-disable rule-a rule-b -->   from here on (no ids: every rule)
//   <!-- mldoc-enable rule-a -->           from here on again
//   <!-- mldoc-disable-next-line rule-a --> the line after the comment
//   <!-- mldoc-disable-file rule-a -->      the whole file
// Any of them may end with a reason after " -- ": <!-- mldoc-disable-next-line rule-a -- measured in prod -->
import type { HtmlSnippet } from './model/document.js';

const DIRECTIVE = /<!--\s*mldoc-(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->/g;
const ALL = '*';

interface Toggle {
  line: number;
  rules: string[];
  enable: boolean;
}

export interface SuppressionDirective {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  rules: string[];
  line: number;
  /** Why, when the comment gives a reason after " -- ". */
  reason?: string;
}

export function parseDirectives(html: HtmlSnippet[]): SuppressionDirective[] {
  const directives: SuppressionDirective[] = [];
  for (const snippet of html) {
    for (const match of snippet.value.matchAll(DIRECTIVE)) {
      const before = snippet.value.slice(0, match.index);
      const line = snippet.range.start.line + (before.match(/\n/g)?.length ?? 0);
      const [ids = '', ...why] = match[2]!.split(/(?:^|\s)--(?:\s|$)/);
      const rules = ids.split(/[\s,]+/).filter((id) => id.length > 0);
      const reason = why.join(' -- ').trim();
      directives.push({ kind: match[1] as SuppressionDirective['kind'], rules: rules.length ? rules : [ALL], line, ...(reason ? { reason } : {}) });
    }
  }
  return directives;
}

export class Suppressions {
  private readonly fileWide = new Set<string>();
  private readonly nextLine = new Map<number, Set<string>>();
  private readonly toggles: Toggle[] = [];

  constructor(readonly directives: SuppressionDirective[]) {
    for (const d of directives) {
      if (d.kind === 'disable-file') d.rules.forEach((r) => this.fileWide.add(r));
      else if (d.kind === 'disable-next-line') {
        const set = this.nextLine.get(d.line + 1) ?? new Set<string>();
        d.rules.forEach((r) => set.add(r));
        this.nextLine.set(d.line + 1, set);
      } else this.toggles.push({ line: d.line, rules: d.rules, enable: d.kind === 'enable' });
    }
    this.toggles.sort((a, b) => a.line - b.line);
  }

  isSuppressed(ruleId: string, line: number): boolean {
    if (this.fileWide.has(ALL) || this.fileWide.has(ruleId)) return true;
    const next = this.nextLine.get(line);
    if (next && (next.has(ALL) || next.has(ruleId))) return true;
    let allDisabled = false;
    let disabled: boolean | null = null; // this rule's own state, when a directive named it
    for (const toggle of this.toggles) {
      if (toggle.line > line) break;
      if (toggle.rules.includes(ALL)) {
        allDisabled = !toggle.enable;
        disabled = null; // a blanket directive resets per-rule states
      } else if (toggle.rules.includes(ruleId)) {
        disabled = !toggle.enable;
      }
    }
    return disabled ?? allDisabled;
  }
}
