// fp-fn-cost-table: a classification or detection system states what a false positive and a false
// negative cost, in a table or a structured list. Ranking, regression and generation need none.
import type { DocumentModel } from '../model/document.js';
import { detectFraming, FRAMING_THRESHOLD } from '../model/framing.js';
import { documentAnchor } from '../model/content.js';
import { findSection } from '../model/sections.js';
import { statementsOf } from '../model/statements.js';
import { classifyTable, mentionsFalseNegative, mentionsFalsePositive } from '../model/table-semantics.js';
import { SECTIONS } from '../profiles.js';
import type { Fix } from '../types.js';
import { insertBlock } from '../fixes.js';
import { templateText } from '../templates.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { patternSource, vocabPattern } from '../vocab/patterns.js';

const COST_WORDS = vocabPattern('fp-fn-cost-table', 'cost-words');
const FP = `(?:${patternSource('fp-fn-cost-table', 'false-positive')})`;
const FN = `(?:${patternSource('fp-fn-cost-table', 'false-negative')})`;
// The cost named before or after the error: "the cost of a false negative", "FN costs $230".
const COST_OF = `(?:${patternSource('fp-fn-cost-table', 'cost-of')})`;
const COSTS_AFTER = `(?:${patternSource('fp-fn-cost-table', 'costs-after')})`;
// "False positive: a good customer is declined, $15", "FN cost = $230", "the cost of a false negative is…".
const errorCost = (error: string) => new RegExp(String.raw`^\s*(?:\*\*|__)?(?:\w+\s+){0,3}${error}\b[^:\n]{0,40}(?::|=|—|–|->|→|\s-\s)|\b${COST_OF}${error}|\b${error}${COSTS_AFTER}`, 'i');
const FP_COST = errorCost(FP);
const FN_COST = errorCost(FN);
// The word "classifier" alone says nothing of the decision made.
const BARE_CLASSIFY = vocabPattern('fp-fn-cost-table', 'bare-classify');
// A strong cue (weight 2) in a section that defines the task (weight 3): the doc says outright what it decides.
const DECLARED_WEIGHT = 6;

/** Which error costs the document states: in a cost table, or in list items / labelled lines with a cost. */
export function statedErrorCosts(doc: DocumentModel): { falsePositive: boolean; falseNegative: boolean } {
  let falsePositive = false;
  let falseNegative = false;
  for (const table of doc.tables) {
    const semantics = classifyTable(table);
    if (semantics.kind === 'cost') return { falsePositive: true, falseNegative: true };
    // Otherwise a row that names the error and gives its cost: "| FN (missed fraud) | $230 chargeback |".
    for (const row of table.rows) {
      const text = row.cells.map((c) => c.text).join(' | ');
      if (!COST_WORDS.test(text) || /\(\s*TP\s*\+|\+\s*FN\s*\)/i.test(text)) continue;
      if (mentionsFalsePositive(row.cells[0]?.text ?? '')) falsePositive = true;
      if (mentionsFalseNegative(row.cells[0]?.text ?? '')) falseNegative = true;
    }
  }
  for (const statement of statementsOf(doc)) {
    const { block } = statement;
    if (block.kind === 'heading' || block.kind === 'tableCell' || !COST_WORDS.test(statement.text)) continue;
    if (FP_COST.test(statement.text)) falsePositive = true;
    if (FN_COST.test(statement.text)) falseNegative = true;
  }
  // Costs written as comments of a threshold script ("# Cost of False Negative (missed fraud): ~$500") count too.
  for (const code of doc.codeBlocks) {
    for (const line of code.value.split('\n')) {
      const text = line.replace(/^\s*(?:#+|\/\/|--)\s*/, '');
      if (!COST_WORDS.test(text)) continue;
      if (FP_COST.test(text)) falsePositive = true;
      if (FN_COST.test(text)) falseNegative = true;
    }
  }
  return { falsePositive, falseNegative };
}

/** The cost table template, shared with the snippet "mldoc-block-cost-table". */
const TABLE = `${templateText('cost-table')}\n`;

function insertCostTable(doc: DocumentModel): Fix {
  const metrics = findSection(doc, SECTIONS.successMetrics).sections[0];
  const heading = metrics ? '**Cost of errors**\n\n' : '## Cost of errors\n\n';
  return insertBlock(doc, metrics ? metrics.endOffset : null, `${heading}${TABLE}`, 'Insert a false positive / false negative cost table');
}

export const fpFnCostTable: RuleDefinition = {
  id: 'fp-fn-cost-table',
  description: 'A classification or detection task states the cost of a false positive and of a false negative.',
  defaultSeverity: 'error',
  tags: ['numbers-present'],
  fixable: true,
  scope: ENGLISH_DESIGN_CLAIMS,
  declines: [
    'the task reads as ranking, regression or generation, or the doc does not say what the model predicts',
    'the doc declares its task ranking, regression or generation outright ("X is a ranking problem")',
    'the task reads as classification and as much as another kind',
  ],
  check({ doc, report, skip }) {
    const framing = detectFraming(doc);
    // Only a task described as classification; metrics such as precision alone do not make one.
    const scores = framing.taskScores;
    if (framing.primary !== 'classification' || scores.classification < FRAMING_THRESHOLD) {
      return skip(framing.primary && framing.primary !== 'classification'
        ? `the task reads as ${framing.primary}, which needs no false-positive / false-negative cost table`
        : 'the doc does not say clearly what the model decides (too few words of a classification task)');
    }
    // The doc declares its problem another kind outright ("ad click prediction is a ranking problem"): the classifier is a method.
    const declaredOther = [...framing.declared].find((f) => f !== 'classification');
    if (declaredOther && !framing.declared.has('classification')) {
      return skip(`the doc declares its task ${declaredOther}, which needs no false-positive / false-negative cost table`);
    }
    // A doc that is as much about ranking, forecasting or generation (a ranked shortlist, a guide to every kind of system) is not held to it,
    // unless the classification leads and the doc names it outright where it defines the task ("binary classification",
    // "match/no-match", "fraud detection" in the problem statement or the model section): a screen before a ranking still
    // makes decisions whose errors cost something.
    const other = Math.max(scores.ranking, scores.regression, scores.generation);
    const declared = framing.evidence.some((e) => e.framing === 'classification' && e.source === 'task'
      && e.weight >= DECLARED_WEIGHT && !BARE_CLASSIFY.test(e.reason.trim()));
    if (other * 2 >= scores.classification && !(declared && scores.classification > other)) {
      return skip('the task reads as classification and as much as another kind (ranking, regression or generation)');
    }
    // The task must be named by what it decides (fraud, spam, moderation, approve/decline), not just "classification".
    const decision = framing.evidence.find((e) => e.framing === 'classification' && e.source === 'task' && !BARE_CLASSIFY.test(e.reason.trim()));
    if (!decision) return;
    const stated = statedErrorCosts(doc);
    if (stated.falsePositive && stated.falseNegative) return;
    const missing = !stated.falsePositive && !stated.falseNegative ? 'a false positive or a false negative'
      : !stated.falsePositive ? 'a false positive' : 'a false negative';
    const metrics = findSection(doc, SECTIONS.successMetrics).sections[0]?.heading;
    const where = { range: metrics ? metrics.range : documentAnchor(doc) };
    const cue = decision.reason;
    report({
      ...where,
      message: `This is a classification task ("${cue}") but the doc never says what ${missing} costs: add a cost table with a row for each error, its cost and the action it calls for.`,
      fix: insertCostTable(doc),
    });
  },
};
