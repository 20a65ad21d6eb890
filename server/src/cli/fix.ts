// --fix and --fix-dry-run: the fixes the editor's "fix all" applies, run to a fixed point so a
// second run changes nothing, checked to delete no text (only numbers may be replaced: the weights
// objective-weights rescales), and written atomically (a temp file beside the target, then rename).
import fs from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyFixes, LineIndex, selectFixes, type Fix, type LintResult } from '../engine/index.js';

/** Passes of lint → fix before giving up (one is almost always enough; a fix may enable another). */
const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Fixes refused because they would have deleted text. */
  refused: number;
  /** False when fixes still changed the text after MAX_PASSES (then the text is the last pass's). */
  settled: boolean;
}

const NUMBER = /\d+(?:[.,]\d+)?/g;

/** A fix may insert anywhere; it may replace text only when nothing but numbers changes. */
export function deletesNoText(text: string, lines: LineIndex, fix: Fix): boolean {
  const start = lines.offsetAt(fix.range.start);
  const end = lines.offsetAt(fix.range.end);
  if (start === end) return true;
  return text.slice(start, end).replace(NUMBER, '#') === fix.text.replace(NUMBER, '#');
}

/** Applies fixes until linting the result offers none. `lintText` lints a version of the text. */
export function fixToFixedPoint(original: string, lintText: (text: string) => LintResult): FixOutcome {
  let text = original;
  let applied = 0;
  let refused = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const lines = new LineIndex(text);
    const offered = selectFixes(lintText(text).diagnostics);
    const safe = offered.filter((fix) => deletesNoText(text, lines, fix));
    refused += offered.length - safe.length;
    if (safe.length === 0) return { text, applied, refused, settled: true };
    const next = applyFixes(text, safe);
    if (next === text) return { text, applied, refused, settled: true };
    applied += safe.length;
    text = next;
  }
  return { text, applied, refused, settled: false };
}

/** A unified diff of one file's fix, with paths as shown to the user. */
export function fixDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, undefined, undefined, { context: 3 })
    .replace(/^=+\n/, '');
}

/**
 * Replaces a file's content atomically: the new text goes to a temp file in the same folder (same
 * file system), keeps the file's mode, is flushed, then renamed over the target. A symlink is
 * followed, so the link stays a link. On failure the temp file is removed and the original is intact.
 */
export function writeFileAtomic(file: string, text: string): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.mldoc-lint-${process.pid}-${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', mode & 0o7777);
    try {
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
