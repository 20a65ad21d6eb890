// Task framing: is the system a classifier, a ranker, a regressor/forecaster or a generator? Read
// from how the doc describes the task (problem statement, model, title weigh most) and from the
// metrics it names. Rules ask this before demanding a cost matrix or judging the metrics chosen.
import { SECTIONS } from '../profiles.js';
import { blockOffsetAt, blockProse, type DocumentModel, type SectionNode, type TextBlock } from './document.js';
import { findSection } from './sections.js';
import { blocksWithOwnClaims, ownClaimsOf, statementsOf } from './statements.js';
import { detached, perPiece } from '../memo.js';
import { patternMeanings, vocabPattern } from '../vocab/patterns.js';

export type TaskFraming = 'classification' | 'ranking' | 'regression' | 'generation';
export type EvidenceSource = 'task' | 'metric';

export interface FramingEvidence {
  framing: TaskFraming;
  reason: string; // the words that gave it away, as written
  offsets?: [number, number];
  source: EvidenceSource;
  /** How much this hit counts: cue strength times where it was found. */
  weight: number;
}

export interface Framing {
  /** Every framing with enough evidence (a doc can be several: retrieval then generation). */
  framings: Set<TaskFraming>;
  evidence: FramingEvidence[];
  /** The framing with the most evidence, or null when none has enough. */
  primary: TaskFraming | null;
  /** Scores from task descriptions only (metrics excluded), and from metrics only. */
  taskScores: Record<TaskFraming, number>;
  metricScores: Record<TaskFraming, number>;
  /**
   * Kinds of problem the doc's own claims declare outright ("Ad click prediction is a ranking problem",
   * "ML category: classification"): what the task is, whatever methods solve it.
   */
  declared: Set<TaskFraming>;
}

interface Cue {
  framing: TaskFraming;
  pattern: RegExp;
  strength: 1 | 2;
}

const cue = (framing: TaskFraming, strength: 1 | 2, pattern: RegExp): Cue => ({ framing, strength, pattern });
/** Strong cues first, so they claim their words before the weak ones inside them. */
const strongestFirst = (cues: Cue[]): Cue[] => [...cues].sort((a, b) => b.strength - a.strength);

/** How the task is described. Strength 2: unambiguous; 1: suggestive on its own. */
const TASK_CUES: Cue[] = strongestFirst([
  cue('classification', 2, vocabPattern('framing', 'binary-classification', 'g')),
  cue('classification', 1, vocabPattern('framing', 'classify', 'g')),
  cue('classification', 2, vocabPattern('framing', 'detection-task', 'g')),
  cue('classification', 2, vocabPattern('framing', 'detect-object', 'g')),
  cue('classification', 1, vocabPattern('framing', 'classification-domain', 'g')),
  cue('classification', 2, vocabPattern('framing', 'approve-decline', 'g')),
  cue('classification', 2, vocabPattern('framing', 'predict-whether', 'g')),
  cue('classification', 2, vocabPattern('framing', 'matching-task', 'g')),
  cue('classification', 2, vocabPattern('framing', 'clinical-event', 'g')),
  cue('classification', 1, vocabPattern('framing', 'screening', 'g')),
  cue('ranking', 2, vocabPattern('framing', 'top-k-items', 'g')),
  cue('ranking', 2, vocabPattern('framing', 'rank-items', 'g')),
  cue('ranking', 2, vocabPattern('framing', 'ranking-system', 'g')),
  cue('ranking', 2, vocabPattern('framing', 'ranking-domain', 'g')),
  cue('ranking', 2, vocabPattern('framing', 'recommender-system', 'g')),
  cue('ranking', 2, vocabPattern('framing', 'feed', 'g')),
  cue('ranking', 2, vocabPattern('framing', 'recommend-items', 'g')),
  cue('ranking', 1, vocabPattern('framing', 'ranking-hint', 'g')),
  cue('regression', 2, vocabPattern('framing', 'forecast', 'g')),
  cue('regression', 2, vocabPattern('framing', 'regression-model', 'g')),
  cue('regression', 2, vocabPattern('framing', 'predict-quantity', 'g')),
  cue('regression', 2, vocabPattern('framing', 'remaining-useful-life', 'g')),
  cue('generation', 2, vocabPattern('framing', 'assistant', 'g')),
  cue('generation', 2, vocabPattern('framing', 'generate-text', 'g')),
  cue('generation', 1, vocabPattern('framing', 'generation-hint', 'g')),
]);

/** Metrics that belong to one framing, ranking first ("ranking AUC", "recall@10"). Bare "accuracy" counts as classification. */
export const METRIC_CUES: Cue[] = strongestFirst([
  cue('ranking', 2, vocabPattern('framing', 'ranking-metric', 'g')),
  cue('classification', 2, vocabPattern('framing', 'precision-recall', 'g')),
  cue('classification', 2, vocabPattern('framing', 'classification-metric', 'g')),
  cue('classification', 2, vocabPattern('framing', 'classification-loss-abbreviation', 'g')),
  cue('classification', 1, vocabPattern('framing', 'accuracy-auc', 'g')),
  cue('regression', 2, vocabPattern('framing', 'regression-metric', 'g')),
  cue('generation', 2, vocabPattern('framing', 'generation-metric', 'g')),
]);

const FRAMINGS: TaskFraming[] = ['classification', 'ranking', 'regression', 'generation'];

/** One case-insensitive pattern matching wherever any cue of the list could: most blocks have none, and skip the per-cue scans. */
const anyOf = (cues: Cue[]): RegExp => new RegExp(cues.map((c) => `(?:${c.pattern.source})`).join('|'), 'i');
const ANY_TASK_CUE = anyOf(TASK_CUES);
const ANY_METRIC_CUE = anyOf(METRIC_CUES);
/** A framing counts when its evidence reaches this: one strong cue in the problem statement, or several elsewhere. */
export const FRAMING_THRESHOLD = 4;
/** Each cue counts at most this many times, so one word repeated does not decide the framing. */
const HITS_PER_CUE = 2;
// "not a classification problem", "the existing recommendation system": words that describe another system.
const NEGATION_BEFORE = vocabPattern('framing', 'negation-before');

const DECLARED_FRAMING = vocabPattern('framing', 'declared-framing', 'g');
const DECLARED_WORD = patternMeanings<TaskFraming>('framing', 'declared-framing-word');

/** The framings a block's claims declare outright ("… is a ranking problem"), once per block. */
const declaredIn = perPiece((block: TextBlock): TaskFraming[] => {
  const declared: TaskFraming[] = [];
  for (const claim of ownClaimsOf(block)) {
    for (const m of claim.text.matchAll(DECLARED_FRAMING)) {
      if (NEGATION_BEFORE.test(claim.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const word = (m[1] ?? m[2] ?? '').toLowerCase();
      const framing = DECLARED_WORD[word] ?? DECLARED_WORD[word.replace(/-/g, ' ')];
      if (framing) declared.push(framing);
    }
  }
  return declared;
});

/** What the doc's own claims declare: none in a citation section. */
function declaredFramings(doc: DocumentModel): Set<TaskFraming> {
  const declared = new Set<TaskFraming>();
  for (const block of blocksWithOwnClaims(doc)) {
    for (const framing of declaredIn(block)) declared.add(framing);
  }
  return declared;
}

/** A cue's match in a block's prose that no negation before it takes back ("not a classification problem"). */
interface CueHit {
  cue: Cue;
  index: number;
  end: number;
  reason: string;
}

/**
 * The task and metric cues a block's prose holds, in the order the cues are tried. They depend on the
 * block's text alone, so an edit re-reads only the blocks it changed; what they weigh (by section) and
 * which of them count (claims only, strongest first) is decided per document in `computeFraming`.
 */
const cueHitsOf = perPiece((block: TextBlock): { task: CueHit[]; metric: CueHit[] } | null => {
  const text = blockProse(block);
  if (!/[a-z]/i.test(text)) return null;
  const hits = (cues: Cue[]): CueHit[] => {
    const found: CueHit[] = [];
    for (const c of cues) {
      for (const m of text.matchAll(c.pattern)) {
        if (NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // The match, copied: a slice would keep the block's joined prose alive with it.
        found.push({ cue: c, index: m.index, end: m.index + m[0].length, reason: detached(m[0]) });
      }
    }
    return found;
  };
  return {
    task: ANY_TASK_CUE.test(text) ? hits(TASK_CUES) : [],
    metric: ANY_METRIC_CUE.test(text) ? hits(METRIC_CUES) : [],
  };
});

const cache = new WeakMap<DocumentModel, { sections: DocumentModel['activeSections']; framing: Framing }>();

export function detectFraming(doc: DocumentModel): Framing {
  // Framing reads sections, which depend on the active profile: recompute when it changed.
  let entry = cache.get(doc);
  if (!entry || entry.sections !== doc.activeSections) {
    entry = { sections: doc.activeSections, framing: computeFraming(doc) };
    cache.set(doc, entry);
  }
  return entry.framing;
}

function zero(): Record<TaskFraming, number> {
  return { classification: 0, ranking: 0, regression: 0, generation: 0 };
}

/** Sections where the task is defined: title, preamble, problem statement and model (with subsections). */
function taskDefiningSections(doc: DocumentModel): Set<SectionNode> {
  const defining = new Set<SectionNode>([doc.sectionRoot]);
  for (const spec of [SECTIONS.problemStatement, SECTIONS.modelArchitecture, SECTIONS.businessObjective]) {
    for (const section of findSection(doc, spec).sections) defining.add(section);
  }
  for (const section of doc.sections) if (section.heading?.isTitle) defining.add(section);
  return defining;
}

/** Whether a section is, or is under, one of the set; the preamble and the title count only for their own text. */
function isIn(section: SectionNode, set: Set<SectionNode>): boolean {
  if (set.has(section)) return true;
  for (let s = section.parent; s; s = s.parent) {
    if (set.has(s) && s.level > 0 && !s.heading?.isTitle) return true;
  }
  return false;
}

function computeFraming(doc: DocumentModel): Framing {
  const defining = taskDefiningSections(doc);
  const metricSections = new Set(findSection(doc, SECTIONS.successMetrics).sections);
  const evidence: FramingEvidence[] = [];
  const hitsByCue = new Map<Cue, number[]>();
  // An example, a question, a prompt or a citation names tasks the system does not have.
  const notClaims = new Map<TextBlock, Array<[number, number]>>();
  for (const statement of statementsOf(doc)) {
    if (statement.role === 'claim') continue;
    const spans = notClaims.get(statement.block) ?? [];
    spans.push([statement.start, statement.end]);
    notClaims.set(statement.block, spans);
  }
  const count = (block: TextBlock, hits: CueHit[], source: EvidenceSource, where: number) => {
    // Words already taken by a stronger cue ("spam classifier") are not counted again ("spam", "classifier").
    const claimed: Array<[number, number]> = [];
    const skipped = notClaims.get(block) ?? [];
    for (const { cue: c, index, end, reason } of hits) {
      if (skipped.some(([a, b]) => index >= a && index < b)) continue;
      if (claimed.some(([a, b]) => index < b && end > a)) continue;
      claimed.push([index, end]);
      const weight = c.strength * where;
      evidence.push({ framing: c.framing, reason, source, weight, offsets: [blockOffsetAt(block, index), blockOffsetAt(block, end)] });
      const list = hitsByCue.get(c) ?? [];
      list.push(weight);
      hitsByCue.set(c, list);
    }
  };
  for (const block of doc.blocks) {
    const hits = cueHitsOf(block);
    if (!hits) continue;
    if (hits.task.length > 0) count(block, hits.task, 'task', isIn(block.section, defining) ? 3 : 1);
    if (hits.metric.length > 0) count(block, hits.metric, 'metric', isIn(block.section, metricSections) ? 2 : 1);
  }
  const taskScores = zero();
  const metricScores = zero();
  for (const [c, weights] of hitsByCue) {
    const top = weights.sort((a, b) => b - a).slice(0, HITS_PER_CUE).reduce((a, b) => a + b, 0);
    if (TASK_CUES.includes(c)) taskScores[c.framing] += top;
    else metricScores[c.framing] += top;
  }
  const framings = new Set<TaskFraming>();
  let primary: TaskFraming | null = null;
  let best = 0;
  for (const f of FRAMINGS) {
    // Metrics confirm a framing but weigh half: docs name metrics of tasks they compare against.
    const score = taskScores[f] + metricScores[f] / 2;
    if (score >= FRAMING_THRESHOLD) framings.add(f);
    if (score >= FRAMING_THRESHOLD && score > best) [primary, best] = [f, score];
  }
  return { framings, evidence, primary, taskScores, metricScores, declared: declaredFramings(doc) };
}

/** The framing of one metric name ("NDCG@10" -> ranking), or null when it names none. */
export function metricFraming(text: string): TaskFraming | null {
  for (const c of METRIC_CUES) {
    c.pattern.lastIndex = 0;
    const hit = c.pattern.test(text);
    c.pattern.lastIndex = 0;
    if (hit) return c.framing;
  }
  return null;
}
