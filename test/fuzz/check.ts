// The properties every document must keep, whatever it holds: used by the fuzzing suite and the
// property tests. Lint never throws and reports no internal error; every position is inside the
// text; lint time stays within a bound of the bare parse; fixes lose no line; fix-all settles (a
// second run may fix what the first run's insertions revealed; by the fourth nothing changes).
import { performance } from 'node:perf_hooks';
import { clearParseCache, lint, LineIndex, planFixAll, type Diagnostic, type Fix, type LintOptions, type Range } from '../../server/src/engine/index.js';
import { parseMarkdown } from '../../server/src/engine/parse.js';

/** Applies non-overlapping fixes given in document order (as planFixAll returns them). */
export function applyFixes(text: string, fixes: Fix[]): string {
  const lines = new LineIndex(text);
  let out = '';
  let cursor = 0;
  for (const fix of fixes) {
    const start = lines.offsetAt(fix.range.start);
    out += text.slice(cursor, start) + fix.text;
    cursor = Math.max(start, lines.offsetAt(fix.range.end));
  }
  return out + text.slice(cursor);
}

function isSubsequence(small: string, big: string): boolean {
  let at = 0;
  for (let i = 0; i < big.length && at < small.length; i++) if (big[i] === small[at]) at++;
  return at === small.length;
}

/**
 * Lines of `before` that no replacement touched are all in `after`, in order, each as a line that
 * holds its characters in order (an insertion may add to a line, never take from it). Null when
 * they are, else the first line lost.
 */
export function lostLine(before: string, fixes: Fix[], after: string): string | null {
  const split = (text: string) => text.split(/\r\n|\r|\n/);
  const replaced = new Set<number>();
  for (const fix of fixes) {
    const { start, end } = fix.range;
    if (start.line === end.line && start.column === end.column) continue;
    for (let line = start.line; line <= end.line; line++) replaced.add(line);
  }
  const got = split(after);
  let at = 0;
  const lines = split(before);
  for (let i = 0; i < lines.length; i++) {
    if (replaced.has(i + 1) || lines[i] === '') continue;
    let found = at;
    while (found < got.length && !isSubsequence(lines[i]!, got[found]!)) found++;
    if (found === got.length) return lines[i]!;
    at = found + 1;
  }
  return null;
}

function rangeInside(range: Range, lines: LineIndex): boolean {
  const ok = (p: { line: number; column: number }) => Number.isInteger(p.line) && Number.isInteger(p.column)
    && p.line >= 1 && p.line <= lines.lineCount && p.column >= 1 && p.column <= lines.lineText(p.line).length + 1;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.column <= range.end.column);
  return ok(range.start) && ok(range.end) && ordered;
}

export interface CheckOutcome {
  failures: string[];
  lintMs: number;
  parseMs: number;
  /** A second fix-all run changed the text (findings the first run's insertions revealed). */
  notIdempotent: boolean;
}

const fixAllOf = (diagnostics: Diagnostic[]) => planFixAll(diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));

/** Runs every property on one document; returns what failed (empty when all hold). */
export function checkDocument(text: string, options: LintOptions = { force: true }, budget = { factor: 10, slackMs: 2000 }): CheckOutcome {
  const failures: string[] = [];
  const stats = { notIdempotent: false };
  clearParseCache();
  let started = performance.now();
  try {
    parseMarkdown(text);
  } catch {
    // the engine reports it as a finding; the time is what matters here
  }
  const parseMs = performance.now() - started;
  clearParseCache();
  started = performance.now();
  let diagnostics: Diagnostic[];
  try {
    diagnostics = lint(text, options).diagnostics;
  } catch (error) {
    return { failures: [`lint threw: ${(error as Error).stack ?? error}`], lintMs: performance.now() - started, parseMs, notIdempotent: false };
  }
  const lintMs = performance.now() - started;
  if (lintMs > budget.slackMs + budget.factor * parseMs) failures.push(`slow: lint took ${lintMs.toFixed(0)} ms, parse ${parseMs.toFixed(0)} ms`);
  for (const d of diagnostics) if (d.ruleId === 'internal-error' || /^Internal error/.test(d.message)) failures.push(`internal error: ${d.message}`);
  const lines = new LineIndex(text);
  for (const d of diagnostics) {
    if (!rangeInside(d.range, lines)) failures.push(`${d.ruleId}: range outside the text ${JSON.stringify(d.range)}`);
    if (d.fix && !rangeInside(d.fix.range, lines)) failures.push(`${d.ruleId}: fix range outside the text ${JSON.stringify(d.fix.range)}`);
    for (const r of d.related ?? []) if (!rangeInside(r.range, lines)) failures.push(`${d.ruleId}: related range outside the text`);
  }
  // Each fix alone, then all of them together: no line lost.
  for (const d of diagnostics) {
    if (!d.fix) continue;
    const lost = lostLine(text, [d.fix], applyFixes(text, [d.fix]));
    if (lost !== null) failures.push(`${d.ruleId} fix lost a line: ${JSON.stringify(lost.slice(0, 80))}`);
  }
  const plan = fixAllOf(diagnostics);
  if (plan.length > 0) {
    const once = applyFixes(text, plan);
    const lost = lostLine(text, plan, once);
    if (lost !== null) failures.push(`fix-all lost a line: ${JSON.stringify(lost.slice(0, 80))}`);
    try {
      const again = fixAllOf(lint(once, options).diagnostics);
      const twice = applyFixes(once, again);
      if (twice !== once) {
        stats.notIdempotent = true;
        // A second run may fix what the first run's insertions revealed (a section now matched),
        // but repeated runs settle: a doc must not grow on every save.
        let current = twice;
        let settled = false;
        for (let run = 3; run <= 4 && !settled; run++) {
          const next = applyFixes(current, fixAllOf(lint(current, options).diagnostics));
          settled = next === current;
          current = next;
        }
        if (!settled) failures.push('fix-all does not settle: the fourth run still changes the text');
      }
    } catch (error) {
      failures.push(`lint of the fixed text threw: ${(error as Error).message}`);
    }
  }
  return { failures, lintMs, parseMs, notIdempotent: stats.notIdempotent };
}
