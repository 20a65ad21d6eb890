// --baseline FILE and --update-baseline: adopting the linter on a repository with existing findings.
// The file lists, per document (path relative to the baseline file), each finding's rule and
// fingerprint; findings found there are not failures. Lines may move; a changed finding is new.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './fix.js';

export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  /** For people reading the file; not used for matching. */
  message: string;
}

export interface BaselineFile {
  version: 1;
  tool: 'mldoc-lint';
  files: Record<string, BaselineEntry[]>;
}

export class BaselineError extends Error {}

function key(baselineFile: string, documentPath: string): string {
  return path.relative(path.dirname(path.resolve(baselineFile)), documentPath).split(path.sep).join('/');
}

export function readBaseline(file: string): BaselineFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new BaselineError(`${file}: cannot read baseline (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); create it with --update-baseline`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const files = (data as BaselineFile | null)?.files;
  const valid = (data as BaselineFile | null)?.version === 1 && files && typeof files === 'object'
    && Object.values(files).every((entries) => Array.isArray(entries)
      && entries.every((e) => typeof e?.ruleId === 'string' && typeof e?.fingerprint === 'string'));
  if (!valid) throw new BaselineError(`${file}: not an mldoc-lint baseline (expected {"version": 1, "files": {path: [{ruleId, fingerprint}]}})`);
  return data as BaselineFile;
}

export interface BaselineDocument {
  absolutePath: string;
  findings: Array<{ ruleId: string; fingerprint: string; message: string }>;
}

export function writeBaseline(file: string, documents: BaselineDocument[]): number {
  const files: Record<string, BaselineEntry[]> = {};
  let count = 0;
  for (const doc of [...documents].sort((a, b) => a.absolutePath.localeCompare(b.absolutePath))) {
    if (doc.findings.length === 0) continue;
    files[key(file, doc.absolutePath)] = doc.findings.map(({ ruleId, fingerprint, message }) => ({ ruleId, fingerprint, message }));
    count += doc.findings.length;
  }
  const content: BaselineFile = { version: 1, tool: 'mldoc-lint', files };
  const text = JSON.stringify(content, null, 2) + '\n';
  if (fs.existsSync(file)) writeFileAtomic(file, text);
  else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return count;
}

/** Which findings of a document the baseline already records (each entry matches at most one finding). */
export function inBaseline(baseline: BaselineFile, baselineFile: string, documentPath: string,
  findings: Array<{ ruleId: string; fingerprint: string }>): boolean[] {
  const entries = baseline.files[key(baselineFile, documentPath)] ?? [];
  const available = new Map<string, number>();
  for (const e of entries) available.set(`${e.ruleId} ${e.fingerprint}`, (available.get(`${e.ruleId} ${e.fingerprint}`) ?? 0) + 1);
  return findings.map((f) => {
    const k = `${f.ruleId} ${f.fingerprint}`;
    const left = available.get(k) ?? 0;
    if (left === 0) return false;
    available.set(k, left - 1);
    return true;
  });
}
