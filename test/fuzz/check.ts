// The properties every document must keep, whatever it holds: used by the fuzzing suite and the
// property tests. Lint never throws and reports no internal error; every position is inside the
// text; lint time stays within a bound of the bare parse; fixes lose no line; fix-all settles in one
// invocation and is idempotent (fix-all twice = fix-all once).
import { performance } from 'node:perf_hooks';
import { applyFixes, clearParseCache, fixAll, FIX_ALL_MAX_PASSES, lint, LineIndex, type Diagnostic, type Fix, type LintOptions, type Range } from '../../server/src/engine/index.js';
import { parseMarkdown } from '../../server/src/engine/parse.js';

export { applyFixes } from '../../server/src/engine/index.js';

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
  /** Fix-all took more than one pass (the first pass's insertions revealed more to fix; one fix-all still did it all). */
  multiPass: boolean;
}

/** Runs every property on one document; returns what failed (empty when all hold). */
export function checkDocument(text: string, options: LintOptions = { force: true }, budget = { factor: 10, slackMs: 2000 }): CheckOutcome {
  const failures: string[] = [];
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
    return { failures: [`lint threw: ${(error as Error).stack ?? error}`], lintMs: performance.now() - started, parseMs, multiPass: false };
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
  // Fix-all: its edits against the original give its text, lose no line, it settles, and a second
  // fix-all changes nothing.
  let multiPass = false;
  try {
    const findingsOf = (t: string) => lint(t, options).diagnostics;
    const once = fixAll(text, findingsOf, { findings: diagnostics });
    multiPass = once.passes > 2;
    if (once.fixes.length > 0) {
      if (applyFixes(text, once.fixes) !== once.text) failures.push('fix-all: its edits of the original text do not give the fixed text');
      const lost = lostLine(text, once.fixes, once.text);
      if (lost !== null) failures.push(`fix-all lost a line: ${JSON.stringify(lost.slice(0, 80))}`);
    }
    if (!once.settled) failures.push(`fix-all does not settle: fixes still change the text after ${FIX_ALL_MAX_PASSES} passes`);
    else if (fixAll(once.text, findingsOf).text !== once.text) failures.push('fix-all is not idempotent: a second fix-all changes the text');
  } catch (error) {
    failures.push(`fix-all threw: ${(error as Error).message}`);
  }
  return { failures, lintMs, parseMs, multiPass };
}
