// metric-task-mismatch: a ranking task judged only by classification metrics (accuracy, log loss),
// or a classification task judged only by ranking metrics (NDCG, MRR, recall@k).
import { blockOffsetAt, blockProse, type DocumentModel } from '../model/document.js';
import { detectFraming, FRAMING_THRESHOLD, METRIC_CUES, type TaskFraming } from '../model/framing.js';
import { findSection } from '../model/sections.js';
import { SECTIONS } from '../profiles.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';

interface MetricHit {
  framing: TaskFraming;
  name: string;
  offsets: [number, number];
  inMetricsSection: boolean;
}

const ADVICE: Record<'ranking' | 'classification', string> = {
  ranking: 'add a ranking metric with a target, such as NDCG@k, MRR or recall@k',
  classification: 'add a classification metric with a target, such as precision, recall, F1 or ROC AUC',
};

/** Every metric named in prose, tables and lists, tagged with the framing it belongs to. */
function metricsNamed(doc: DocumentModel): MetricHit[] {
  const metricSections = new Set(findSection(doc, SECTIONS.successMetrics).sections);
  const inMetrics = (section: DocumentModel['sections'][number]) => {
    for (let s: typeof section | null = section; s; s = s.parent) if (metricSections.has(s)) return true;
    return false;
  };
  const hits: MetricHit[] = [];
  for (const block of doc.blocks) {
    const text = blockProse(block);
    const claimed: Array<[number, number]> = [];
    for (const cue of METRIC_CUES) {
      for (const m of text.matchAll(cue.pattern)) {
        const end = m.index + m[0].length;
        if (claimed.some(([a, b]) => m.index < b && end > a)) continue;
        claimed.push([m.index, end]);
        hits.push({
          framing: cue.framing, name: m[0],
          offsets: [blockOffsetAt(block, m.index), blockOffsetAt(block, end)],
          inMetricsSection: inMetrics(block.section),
        });
      }
    }
  }
  return hits.sort((a, b) => a.offsets[0] - b.offsets[0]);
}

/** The task framing from task wording alone (not from metrics, which are what is being judged). */
function taskFramedAs(doc: DocumentModel): 'ranking' | 'classification' | null {
  const { taskScores, declared } = detectFraming(doc);
  // The doc declares what its problem is ("Category: ranking problem, solved as pointwise classification"): the
  // task is that, whatever classifiers or rankers solve it.
  if (declared.size === 1 && (declared.has('ranking') || declared.has('classification'))) return [...declared][0] as 'ranking' | 'classification';
  const { ranking, classification } = taskScores;
  const top = Math.max(...Object.values(taskScores));
  // Clearly one and not the other: a ranker that also filters spam is still mostly a ranker, and a
  // forecaster that ranks stores by error is no ranker at all.
  if (ranking === top && ranking >= FRAMING_THRESHOLD && ranking >= 2 * classification) return 'ranking';
  if (classification === top && classification >= FRAMING_THRESHOLD && classification >= 2 * ranking) return 'classification';
  return null;
}

function distinctNames(hits: MetricHit[]): string {
  return [...new Set(hits.map((h) => h.name))].slice(0, 4).join(', ');
}

export const metricTaskMismatch: RuleDefinition = {
  id: 'metric-task-mismatch',
  description: 'Metrics fit the task: a ranking task is not judged only by accuracy or log loss, nor a classifier only by NDCG.',
  defaultSeverity: 'warning',
  tags: ['judgement'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  declines: [
    'the doc does not frame its task clearly as ranking or as classification',
  ],
  check({ doc, report, skip }) {
    const task = taskFramedAs(doc);
    if (!task) return skip('the doc does not frame its task clearly as ranking or as classification');
    const other = task === 'ranking' ? 'classification' : 'ranking';
    const metrics = metricsNamed(doc);
    if (metrics.some((m) => m.framing === task)) return;
    const wrong = metrics.filter((m) => m.framing === other);
    if (wrong.length === 0) return;
    const where = wrong.find((m) => m.inMetricsSection) ?? wrong[0]!;
    const evidence = detectFraming(doc).evidence.filter((e) => e.source === 'task' && e.framing === task)
      .sort((a, b) => b.weight - a.weight)[0];
    const because = evidence ? ` ("${evidence.reason}")` : '';
    const message = `The task is framed as ${task}${because} but is evaluated only with ${other} metrics (${distinctNames(wrong)}): ${ADVICE[task]}.`;
    const related = evidence?.offsets
      ? [{ range: doc.lines.rangeOf(...evidence.offsets), message: `The task is framed as ${task} here.` }]
      : undefined;
    report(related ? { offsets: where.offsets, message, related } : { offsets: where.offsets, message });
  },
};
