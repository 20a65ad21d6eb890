// latency-serving-mismatch: a stated model or inference time that cannot fit in the latency budget of
// the request it serves ("a 200 ms model in a 100 ms p99 page budget"). [000 §4] [001 §4]
import type { SectionNode } from '../model/document.js';
import { findQuantities, type Quantity } from '../model/quantities.js';
import { proseOf, statementOffsets, claimsOf, type Statement } from '../model/statements.js';
import { hasCue } from '../vocab/cues.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

const MODEL_SUBJECT = vocabPattern('latency-serving-mismatch', 'model-subject');
const BUDGET_WORDS = vocabPattern('latency-serving-mismatch', 'budget-words');
// Work done ahead of time or away from the request path: its duration is not request latency.
const OFF_PATH = vocabPattern('latency-serving-mismatch', 'off-path');
// Alternatives weighed or rejected: their latency is the reason they lost, not a plan.
const COMPARISON = vocabPattern('latency-serving-mismatch', 'comparison');
const ALTERNATIVES_SECTION = vocabPattern('latency-serving-mismatch', 'alternatives-section');
const LATENCY_WORDS = vocabPattern('latency-serving-mismatch', 'latency-words');
const REQUIREMENT = vocabPattern('latency-serving-mismatch', 'requirement');
// A budget statement about latency, and one that names the budget outright.
const LATENCY_TOPIC = vocabPattern('latency-serving-mismatch', 'latency-topic');
const BUDGET_NAMED = vocabPattern('latency-serving-mismatch', 'budget-named');
const MAX_REQUEST_BUDGET_MS = 10_000; // budgets in minutes or hours belong to batch jobs

interface Budget {
  ms: number;
  statement: Statement;
  quantity: Quantity;
}

function inAlternatives(section: SectionNode): boolean {
  for (let s: SectionNode | null = section; s; s = s.parent) {
    if (s.heading && ALTERNATIVES_SECTION.test(s.heading.text)) return true;
  }
  return false;
}

function times(text: string): Quantity[] {
  return findQuantities(text).filter((q) => q.kind === 'time' && q.ms !== undefined);
}

/** Request-path budgets: "end-to-end p99 under 100 ms", "latency budget: 150 ms". */
function budgets(statements: Statement[]): Budget[] {
  const found: Budget[] = [];
  for (const statement of statements) {
    const text = proseOf(statement);
    // "The API responds within 500 ms" bounds the request as surely as "latency budget: 500 ms"
    // (vocab cues.yaml, response-budget).
    const boundedResponse = hasCue('response-budget', text);
    if (!boundedResponse && (!BUDGET_WORDS.test(text) || !LATENCY_TOPIC.test(text))) continue;
    if (OFF_PATH.test(text)) continue;
    for (const q of times(text)) {
      if (q.comparator !== '<' && q.comparator !== '<=' && !BUDGET_NAMED.test(text)) continue;
      const ms = q.msMax ?? q.ms!;
      if (ms <= MAX_REQUEST_BUDGET_MS) found.push({ ms, statement, quantity: q });
    }
  }
  return found;
}

/** Measured or expected model times on the request path: "the ranker takes 200 ms per request". */
function modelTimes(statements: Statement[], budgetStatements: Set<Statement>): Array<{ statement: Statement; q: Quantity }> {
  const found: Array<{ statement: Statement; q: Quantity }> = [];
  for (const statement of statements) {
    if (budgetStatements.has(statement) || statement.block.kind !== 'paragraph') continue;
    const text = proseOf(statement);
    if (!MODEL_SUBJECT.test(text) || OFF_PATH.test(text) || COMPARISON.test(text) || text.includes('?')) continue;
    if (inAlternatives(statement.block.section)) continue;
    const all = times(text);
    if (all.length !== 1) continue; // several times in one sentence are a comparison the author already made
    const q = all[0]!;
    // A bound the model must meet is a requirement, not a measurement; "up to 2 s" said of it is one.
    if ((q.comparator === '<' || q.comparator === '<=') && REQUIREMENT.test(text)) continue;
    // How long the model works on one request (vocab cues.yaml, model-duration: "generates an answer in").
    if (!(LATENCY_WORDS.test(text) || hasCue('model-duration', text)) || q.ms! > 60_000) continue; // "MVP model: 4 weeks" is a timeline
    found.push({ statement, q });
  }
  return found;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(2))} s` : `${Number(ms.toFixed(1))} ms`;
}

export const latencyServingMismatch: RuleDefinition = {
  id: 'latency-serving-mismatch',
  description: 'A stated model or inference time fits in the latency budget of the request it serves.',
  defaultSeverity: 'warning',
  tags: ['numbers-agree'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    const statements = claimsOf(doc);
    const limits = budgets(statements);
    if (limits.length === 0) return;
    // With several budgets (autocomplete and page, say), compare against the loosest: a model over it is
    // over every budget of the document.
    const loosest = limits.reduce((a, b) => (b.ms > a.ms ? b : a));
    for (const { statement, q } of modelTimes(statements, new Set(limits.map((b) => b.statement)))) {
      const ms = q.ms!;
      if (ms <= loosest.ms) continue;
      const budgetText = `${loosest.quantity.percentile ? `${loosest.quantity.percentile} ` : ''}latency budget of ${formatMs(loosest.ms)}`;
      report({
        offsets: statementOffsets(statement, q.start, q.end),
        message: `The model takes ${formatMs(ms)} but the whole request has a ${budgetText}: use a faster model, precompute the scores off the request path, or raise the budget.`,
        related: [{
          range: doc.lines.rangeOf(...statementOffsets(loosest.statement, loosest.quantity.start, loosest.quantity.end)),
          message: `latency budget: ${loosest.quantity.text}`,
        }],
      });
    }
  },
};
