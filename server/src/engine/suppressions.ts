// Inline suppression comments:
//   <!-- mldoc-disable rule-a rule-b -->   from here on (no ids: every rule)
//   <!-- mldoc-enable rule-a -->           from here on again
//   <!-- mldoc-disable-next-line rule-a --> the line after the comment
//   <!-- mldoc-disable-file rule-a -->      the whole file
// Each may give a reason after " -- " and an expiry "until YYYY-MM-DD", in either order:
//   <!-- mldoc-disable-next-line latency-unquantified until 2027-03-31 -- waiting on the load test -->
// An expired directive suppresses nothing (and is reported). The engine records which directives
// suppressed something, so unused ones can be reported too.
import type { HtmlSnippet } from './model/document.js';
import type { Position, Range } from './types.js';

const DIRECTIVE = /<!--\s*mldoc-(disable-next-line|disable-file|disable|enable)(?=[\s-]|$)([\s\S]*?)-->/g;
const UNTIL = /(?:^|\s)until\s+(\S+)/;
export const ALL_RULES = '*';

export interface SuppressionDirective {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  /** Rule ids named, or [ALL_RULES]. */
  rules: string[];
  /** Line of the comment (where it starts). */
  line: number;
  /** The whole comment. */
  range: Range;
  /** The text after " -- ", if any. */
  reason?: string;
  /** The expiry date as written (YYYY-MM-DD when valid). */
  until?: string;
  /** Whether `until` is a real YYYY-MM-DD date. */
  untilValid: boolean;
}

function positionIn(snippet: HtmlSnippet, index: number): Position {
  const before = snippet.value.slice(0, index);
  const newlines = before.match(/\n/g)?.length ?? 0;
  if (newlines === 0) return { line: snippet.range.start.line, column: snippet.range.start.column + index };
  return { line: snippet.range.start.line + newlines, column: index - before.lastIndexOf('\n') };
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

export function parseDirectives(html: HtmlSnippet[]): SuppressionDirective[] {
  const directives: SuppressionDirective[] = [];
  for (const snippet of html) {
    for (const match of snippet.value.matchAll(DIRECTIVE)) {
      let body = match[2]!;
      let reason: string | undefined;
      const separator = /(?:^|\s)--(?:\s|$)/.exec(body);
      if (separator) {
        reason = body.slice(separator.index + separator[0].length).trim();
        body = body.slice(0, separator.index);
      }
      let until: string | undefined;
      const expiry = UNTIL.exec(body) ?? (reason !== undefined ? UNTIL.exec(reason) : null);
      if (expiry) {
        until = expiry[1]!;
        if (UNTIL.exec(body)) body = body.replace(UNTIL, ' ');
        else reason = reason!.replace(UNTIL, ' ').trim();
      }
      const rules = body.split(/[\s,]+/).filter((id) => id.length > 0);
      const start = positionIn(snippet, match.index);
      const end = positionIn(snippet, match.index + match[0].length);
      directives.push({
        kind: match[1] as SuppressionDirective['kind'],
        rules: rules.length ? rules : [ALL_RULES],
        line: start.line,
        range: { start, end },
        ...(reason ? { reason } : {}),
        ...(until !== undefined ? { until } : {}),
        untilValid: until === undefined || isRealDate(until),
      });
    }
  }
  return directives;
}

/** Whether a directive's expiry date is before `today` (YYYY-MM-DD). Invalid dates never expire. */
export function isExpired(directive: SuppressionDirective, today: string): boolean {
  return directive.until !== undefined && directive.untilValid && directive.until < today;
}

interface Toggle {
  line: number;
  directive: SuppressionDirective;
  enable: boolean;
}

export class Suppressions {
  private readonly fileWide: SuppressionDirective[] = [];
  private readonly nextLine = new Map<number, SuppressionDirective[]>();
  private readonly toggles: Toggle[] = [];
  /** Directive → rule ids (or ALL_RULES) it suppressed a finding of. */
  readonly used = new Map<SuppressionDirective, Set<string>>();

  /** `today` (YYYY-MM-DD): directives that expired before it are ignored. */
  constructor(readonly directives: SuppressionDirective[], today: string) {
    for (const d of directives) {
      if (isExpired(d, today)) continue;
      if (d.kind === 'disable-file') this.fileWide.push(d);
      else if (d.kind === 'disable-next-line') this.nextLine.set(d.line + 1, [...(this.nextLine.get(d.line + 1) ?? []), d]);
      else this.toggles.push({ line: d.line, directive: d, enable: d.kind === 'enable' });
    }
    this.toggles.sort((a, b) => a.line - b.line);
  }

  private use(directive: SuppressionDirective, ruleId: string): true {
    const key = directive.rules.includes(ruleId) ? ruleId : ALL_RULES;
    if (!this.used.has(directive)) this.used.set(directive, new Set());
    this.used.get(directive)!.add(key);
    return true;
  }

  private static names(d: SuppressionDirective, ruleId: string): boolean {
    return d.rules.includes(ALL_RULES) || d.rules.includes(ruleId);
  }

  /** Whether a finding of `ruleId` on `line` is suppressed; records the directive that did it. */
  isSuppressed(ruleId: string, line: number): boolean {
    const file = this.fileWide.find((d) => Suppressions.names(d, ruleId));
    if (file) return this.use(file, ruleId);
    const next = this.nextLine.get(line)?.find((d) => Suppressions.names(d, ruleId));
    if (next) return this.use(next, ruleId);
    let blanket: Toggle | null = null; // the last directive for every rule
    let own: Toggle | null = null; // this rule's own last directive, when one named it
    for (const toggle of this.toggles) {
      if (toggle.line > line) break;
      if (toggle.directive.rules.includes(ALL_RULES)) {
        blanket = toggle;
        own = null; // a blanket directive resets per-rule states
      } else if (toggle.directive.rules.includes(ruleId)) {
        own = toggle;
      }
    }
    const deciding = own ?? blanket;
    if (deciding && !deciding.enable) return this.use(deciding.directive, ruleId);
    return false;
  }
}

export interface DirectiveProblem {
  range: Range;
  message: string;
}

function kindWord(d: SuppressionDirective): string {
  return `mldoc-${d.kind}`;
}

/**
 * What is wrong with the directives of a document, beyond what the text alone shows: expired ones,
 * and ones that suppressed nothing. `ran`: ids of the rules that ran on the document (a directive
 * for a rule that is off or did not apply is not called unused).
 */
export function directiveUsageProblems(suppressions: Suppressions, today: string, ran: ReadonlySet<string>): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  for (const d of suppressions.directives) {
    if (d.kind === 'enable') continue;
    if (isExpired(d, today)) {
      problems.push({ range: d.range, message: `This ${kindWord(d)} expired on ${d.until}: the findings it suppressed are reported again. Fix them, or renew the date with a reason.` });
      continue;
    }
    const used = suppressions.used.get(d) ?? new Set<string>();
    if (d.rules.includes(ALL_RULES)) {
      if (used.size === 0) problems.push({ range: d.range, message: `Unused ${kindWord(d)}: it suppresses no finding; remove it.` });
      continue;
    }
    const unused = d.rules.filter((id) => ran.has(id) && !used.has(id));
    if (unused.length > 0) {
      problems.push({ range: d.range, message: `Unused ${kindWord(d)} for ${unused.map((id) => `"${id}"`).join(', ')}: no such finding is suppressed here; remove ${unused.length === 1 ? 'it' : 'them'}.` });
    }
  }
  return problems;
}

/** Problems the directive text shows by itself: rule ids that do not exist, expiry dates that are not dates. */
export function directiveTextProblems(directives: SuppressionDirective[], knownRules: ReadonlySet<string>): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  for (const d of directives) {
    const unknown = d.rules.filter((id) => id !== ALL_RULES && !knownRules.has(id));
    for (const id of unknown) {
      const near = [...knownRules].find((known) => known.startsWith(id.slice(0, 4)) || id.startsWith(known.slice(0, 4)));
      problems.push({ range: d.range, message: `Unknown rule "${id}" in ${kindWord(d)}: it disables nothing.${near ? ` Did you mean "${near}"?` : ''}` });
    }
    if (!d.untilValid) {
      problems.push({ range: d.range, message: `"until ${d.until}" in ${kindWord(d)} is not a date: write it as YYYY-MM-DD (e.g. until 2027-03-31).` });
    }
  }
  return problems;
}
