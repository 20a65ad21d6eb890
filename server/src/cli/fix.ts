// --fix and --fix-dry-run: the editor's "fix all" (the engine's fixAll: run to a fixed point so a
// second run changes nothing, and deleting no text), written atomically (a temp file beside the
// target, then rename).
import fs from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixAll, type LintResult } from '../engine/index.js';

export { deletesNoText } from '../engine/fixes.js';

export interface FixOutcome {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Fixes refused because they would have deleted text. */
  refused: number;
  /** False when fixes still changed the text after FIX_ALL_MAX_PASSES (then the text is the last pass's). */
  settled: boolean;
}

/** Applies fixes until linting the result offers none (the engine's fixAll). `lintText` lints a version of the text. */
export function fixToFixedPoint(original: string, lintText: (text: string) => LintResult): FixOutcome {
  const { text, applied, refused, settled } = fixAll(original, (t) => lintText(t).diagnostics);
  return { text, applied, refused, settled };
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
