// Shared test helpers: paths, fixture loading and applying fixes to text.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineIndex, lint, type Fix } from '../server/src/engine/index.js';

/** The repository root (tests run from out/test/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

/** Applies one fix to a text, as an editor would. */
export function applyFix(text: string, fix: Fix): string {
  const lines = new LineIndex(text);
  return text.slice(0, lines.offsetAt(fix.range.start)) + fix.text + text.slice(lines.offsetAt(fix.range.end));
}

/** The smallest doc with every section of the `full` profile, each with one line of content. */
export function minimalFullDoc(title: string, metric: string): string {
  const sections: Array<[string, string]> = [
    ['Problem statement', 'Rank items.'], ['Success metrics', metric], ['Data requirements', 'Logs.'],
    ['Model architecture', 'Trees.'], ['Serving', 'API.'], ['Trade-offs', 'Some.'], ['Risks', 'Some.'],
    ['Rollout plan', 'Phases.'],
  ];
  return `# ${title}\n\n${sections.map(([heading, body]) => `## ${heading}\n${body}\n`).join('\n')}`;
}

/**
 * A real-editor suite that cannot run here: skipped locally (saying why), but a failure when `CI` is set,
 * so that CI can never pass without having driven the editors.
 */
export function cannotRun(t: { skip(message?: string): void }, reason: string): void {
  if (process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0') {
    throw new Error(`CI is set, so a real-editor suite must run, but it cannot: ${reason}`);
  }
  t.skip(reason);
}

/** Runs the built mldoc-lint CLI as CI would (no colour; extra environment on top of this one's). */
export function runMldocLint(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', GITHUB_WORKSPACE: undefined, GITHUB_STEP_SUMMARY: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mldoc-lint.js'), ...args], {
    cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8', env: env as NodeJS.ProcessEnv,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with these files (paths relative to it). */
export function tempWorkspace(files: Record<string, string>, prefix = 'mldoc-lint-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/**
 * A small design doc around `body`: a title, and a problem statement of one sentence; `body` starts at
 * line 7. The rule's findings as [line, message].
 */
export function findingsAround(ruleId: string, body: string, title: string, problem: string): Array<[number, string]> {
  const text = `# ${title}\n\n## Problem statement\n\n${problem}\n\n${body}\n`;
  return lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === ruleId).map((d) => [d.range.start.line, d.message]);
}

/** The line, in a doc built by findingsAround, of the first line of `body` that holds `needle`. */
export const lineInBody = (body: string, needle: string): number => 7 + body.split('\n').findIndex((line) => line.includes(needle));
