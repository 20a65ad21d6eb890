// split-leakage: a random or shuffled train/test split of time-ordered data (logs, events,
// transactions, clicks, sessions, time series). The model is then tested on days it trained on.
import { blockOffsetAt, blockProse, type DocumentModel, type SectionNode } from '../model/document.js';
import { detectFraming } from '../model/framing.js';
import { findSection } from '../model/sections.js';
import { claimsOf } from '../model/statements.js';
import { SECTIONS } from '../profiles.js';
import { findCue, hasCue } from '../vocab/cues.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

// "split randomly", "random 80/20 split", "shuffled and split", "randomly divided into train and test".
const RANDOM_SPLIT = vocabPattern('split-leakage', 'random-split', 'g');
// The split must be of training data, not of users into an A/B experiment.
const TRAINING_CONTEXT = vocabPattern('split-leakage', 'training-context');
const EXPERIMENT_CONTEXT = vocabPattern('split-leakage', 'experiment-context');
// A later period held out, or the split already respects time.
const TEMPORAL = vocabPattern('split-leakage', 'temporal');
const NEGATED = vocabPattern('split-leakage', 'negated');
const TIME_ORDERED = vocabPattern('split-leakage', 'time-ordered');
// A task described as forecasting: its data is a history in time.
const FORECAST = vocabPattern('split-leakage', 'forecast');

function sectionsUnder(specSections: SectionNode[]): Set<SectionNode> {
  const set = new Set<SectionNode>();
  const add = (s: SectionNode) => { set.add(s); s.children.forEach(add); };
  specSections.forEach(add);
  return set;
}

/** Whether the data being split is ordered in time: said beside the split, in the data section, or the task forecasts. */
function timeOrderedData(doc: DocumentModel, section: SectionNode, statementText: string): string | null {
  const direct = TIME_ORDERED.exec(statementText);
  if (direct) return direct[0];
  const dataSections = sectionsUnder(findSection(doc, SECTIONS.dataRequirements).sections);
  for (const block of doc.blocks) {
    if (block.section !== section && !dataSections.has(block.section)) continue;
    const hit = TIME_ORDERED.exec(blockProse(block));
    if (hit) return hit[0];
  }
  if (detectFraming(doc).evidence.some((e) => e.source === 'task' && FORECAST.test(e.reason))) return 'forecast history';
  return null;
}

export const splitLeakage: RuleDefinition = {
  id: 'split-leakage',
  description: 'Time-ordered data (logs, events, transactions) is split by time, not at random.',
  defaultSeverity: 'warning',
  tags: ['judgement'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    for (const statement of claimsOf(doc)) {
      const prose = blockProse(statement.block).slice(statement.start, statement.end);
      RANDOM_SPLIT.lastIndex = 0;
      const random = RANDOM_SPLIT.exec(prose);
      // Cross-validation (k-fold, shuffled CV) mixes periods as a random split does, unless it is
      // ordered in time (vocab cues.yaml: cross-validation, time-aware-validation).
      const crossValidation = random ? null : findCue('cross-validation', prose);
      const match = random ? { index: random.index, text: random[0] } : crossValidation;
      if (!match) continue;
      if (random && (!TRAINING_CONTEXT.test(prose) || EXPERIMENT_CONTEXT.test(prose))) continue;
      if (TEMPORAL.test(prose) || hasCue('time-aware-validation', prose)) continue;
      if (NEGATED.test(prose.slice(0, match.index))) continue;
      // Cross-validation is named as a technique far more often than it is planned on a dataset: it
      // counts only where the same paragraph or list item says the data is ordered in time.
      const data = crossValidation ? findCue('time-ordered-data', blockProse(statement.block))?.text ?? null
        : timeOrderedData(doc, statement.block.section, prose);
      if (!data) continue;
      const start = statement.start + match.index;
      report({
        offsets: [blockOffsetAt(statement.block, start), blockOffsetAt(statement.block, start + match.text.length)],
        message: `"${match.text}" on time-ordered data (${data}) lets the model train on the days it is tested on: split by time instead (train on earlier weeks, validate and test on the following ones).`,
      });
    }
  },
};
