// The corpus evaluation: mldoc's findings on the real documents in ../shared/corpus (folder mode, as
// a user running `mldoc check docs/` sees them) against the findings a person reviewed by reading
// (test/corpus-review.tsv) and the reviewed detection verdicts (test/corpus-detection.tsv).
// Shared by `npm run eval` (scripts/eval.mjs) and test/corpus.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../server/src/engine/index.js';
import { ROOT } from './helpers.js';

export const REVIEW_FILE = path.join(ROOT, 'test', 'corpus-review.tsv');
export const DETECTION_FILE = path.join(ROOT, 'test', 'corpus-detection.tsv');

export type Verdict = 'true' | 'false' | 'debatable' | 'missed';
const VERDICTS = new Set<Verdict>(['true', 'false', 'debatable', 'missed']);

export interface ReviewedFinding {
  file: string;
  rule: string;
  line: number;
  column: number;
  /** What the finding is about when one place can hold several (the missing section). */
  subject: string;
  verdict: Verdict;
  reason: string;
}

export interface Finding {
  file: string;
  rule: string;
  line: number;
  column: number;
  subject: string;
  message: string;
}

export interface DetectionVerdict {
  file: string;
  linted: boolean;
  shouldLint: 'yes' | 'no' | 'debatable';
  reason: string;
}

export function findingKey(f: { file: string; rule: string; line: number; column: number; subject: string }): string {
  return `${f.file}|${f.rule}|${f.line}|${f.column}|${f.subject}`;
}

/** The section a required-section finding names; empty for other rules. */
export function subjectOf(rule: string, message: string): string {
  if (rule === 'required-section') return /^Missing required section: ([^.]+)\./.exec(message)?.[1] ?? '';
  return '';
}

function readTsv(file: string): string[][] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').slice(1).filter((row) => row.trim() && !row.startsWith('#')).map((row) => row.split('\t'));
}

export function loadReview(file = REVIEW_FILE): ReviewedFinding[] {
  return readTsv(file).map(([f, rule, line, column, subject, verdict, reason], index) => {
    if (!VERDICTS.has(verdict as Verdict)) throw new Error(`${path.basename(file)} row ${index + 2}: verdict "${verdict}" is none of ${[...VERDICTS].join(', ')}`);
    return { file: f!, rule: rule!, line: Number(line), column: Number(column), subject: subject ?? '', verdict: verdict as Verdict, reason: reason ?? '' };
  });
}

export function loadDetection(file = DETECTION_FILE): DetectionVerdict[] {
  return readTsv(file).map(([f, linted, should, reason]) => ({ file: f!, linted: linted === 'yes', shouldLint: should as DetectionVerdict['shouldLint'], reason: reason ?? '' }));
}

export interface CorpusRun {
  findings: Finding[];
  linted: Map<string, boolean>;
  lines: number;
  internalErrors: string[];
}

export function lintCorpus(docsDir: string): CorpusRun {
  const run: CorpusRun = { findings: [], linted: new Map(), lines: 0, internalErrors: [] };
  for (const file of fs.readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort()) {
    const text = fs.readFileSync(path.join(docsDir, file), 'utf8');
    run.lines += text.split(/\r\n|\r|\n/).length;
    const result = lint(text);
    run.linted.set(file, result.linted);
    for (const d of result.diagnostics) {
      if (d.message.startsWith('Internal error')) run.internalErrors.push(`${file}: ${d.message}`);
      run.findings.push({ file, rule: d.ruleId, line: d.range.start.line, column: d.range.start.column, subject: subjectOf(d.ruleId, d.message), message: d.message });
    }
  }
  return run;
}

export interface RuleScore {
  rule: string;
  findings: number;
  true: number;
  false: number;
  debatable: number;
  /** Reviewed true findings mldoc does not report. */
  missed: number;
  unreviewed: number;
}

export interface Evaluation {
  scores: RuleScore[];
  total: RuleScore;
  lines: number;
  /** Findings no row of the review file judges. */
  unreviewed: Finding[];
  /** Reviewed findings (true, false or debatable) mldoc no longer reports. */
  vanished: ReviewedFinding[];
  /** Reviewed misses mldoc now reports. */
  nowFound: ReviewedFinding[];
  /** Documents whose detection differs from the reviewed file's record of it. */
  detectionMoved: string[];
  detection: { right: number; wrong: number; debatable: number; unreviewed: number; wrongFiles: string[] };
}

export function evaluate(run: CorpusRun, review: ReviewedFinding[], detection: DetectionVerdict[]): Evaluation {
  const reviewed = new Map(review.map((r) => [findingKey(r), r]));
  const produced = new Set(run.findings.map(findingKey));
  const scores = new Map<string, RuleScore>();
  const score = (rule: string) => {
    if (!scores.has(rule)) scores.set(rule, { rule, findings: 0, true: 0, false: 0, debatable: 0, missed: 0, unreviewed: 0 });
    return scores.get(rule)!;
  };
  const evaluation: Evaluation = {
    scores: [], total: { rule: 'all', findings: 0, true: 0, false: 0, debatable: 0, missed: 0, unreviewed: 0 }, lines: run.lines,
    unreviewed: [], vanished: [], nowFound: [], detectionMoved: [],
    detection: { right: 0, wrong: 0, debatable: 0, unreviewed: 0, wrongFiles: [] },
  };
  for (const finding of run.findings) {
    const s = score(finding.rule);
    s.findings++;
    const verdict = reviewed.get(findingKey(finding));
    if (!verdict || verdict.verdict === 'missed') {
      s.unreviewed++;
      evaluation.unreviewed.push(finding);
    } else s[verdict.verdict]++;
  }
  // A miss is recorded by line only (the column of a finding never made is unknown).
  // A finding that already has its own verdict is not the miss recorded on the same line.
  const producedLines = new Set(run.findings.filter((f) => reviewed.get(findingKey(f))?.verdict !== 'true'
    && reviewed.get(findingKey(f))?.verdict !== 'false' && reviewed.get(findingKey(f))?.verdict !== 'debatable')
    .map((f) => `${f.file}|${f.rule}|${f.line}`));
  for (const r of review) {
    if (r.verdict === 'missed' ? producedLines.has(`${r.file}|${r.rule}|${r.line}`) : produced.has(findingKey(r))) {
      if (r.verdict === 'missed') evaluation.nowFound.push(r);
      continue;
    }
    if (r.verdict === 'missed') score(r.rule).missed++;
    else evaluation.vanished.push(r);
  }
  evaluation.scores = [...scores.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  for (const s of evaluation.scores) for (const k of ['findings', 'true', 'false', 'debatable', 'missed', 'unreviewed'] as const) evaluation.total[k] += s[k];

  const detectionByFile = new Map(detection.map((d) => [d.file, d]));
  for (const [file, linted] of run.linted) {
    const d = detectionByFile.get(file);
    if (!d) { evaluation.detection.unreviewed++; evaluation.detectionMoved.push(`${file}: not in the detection review`); continue; }
    if (d.linted !== linted) evaluation.detectionMoved.push(`${file}: linted ${linted ? 'yes' : 'no'}, the review recorded ${d.linted ? 'yes' : 'no'}`);
    if (d.shouldLint === 'debatable') evaluation.detection.debatable++;
    else if ((d.shouldLint === 'yes') === linted) evaluation.detection.right++;
    else { evaluation.detection.wrong++; evaluation.detection.wrongFiles.push(file); }
  }
  return evaluation;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');

/** The per-rule table `npm run eval` prints (Markdown, for the closing note). */
export function formatEvaluation(e: Evaluation): string {
  const rows = [...e.scores, e.total].map((s) => {
    const precision = pct(s.true, s.true + s.false);
    const recall = pct(s.true, s.true + s.missed);
    const perK = ((1000 * s.false) / e.lines).toFixed(2);
    return `| ${s.rule} | ${s.findings} | ${s.true} | ${s.false} | ${s.debatable} | ${s.missed} | ${s.unreviewed} | ${precision} | ${recall} | ${perK} |`;
  });
  return [
    `Corpus: ${e.lines} lines. Folder mode (what \`mldoc check <folder>\` reports).`,
    '',
    '| rule | findings | true | false | debatable | missed | unreviewed | precision | recall | false / 1,000 lines |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Detection: ${e.detection.right} right, ${e.detection.wrong} wrong${e.detection.wrongFiles.length ? ` (${e.detection.wrongFiles.join(', ')})` : ''}, ${e.detection.debatable} debatable, ${e.detection.unreviewed} unreviewed.`,
  ].join('\n');
}
