// split-leakage: a random or shuffled train/test split of time-ordered data (logs, events,
// transactions, clicks, sessions, time series). The model is then tested on days it trained on.
import { blockOffsetAt, blockProse, type DocumentModel, type SectionNode } from '../model/document.js';
import { detectFraming } from '../model/framing.js';
import { findSection } from '../model/sections.js';
import { claimsOf } from '../model/statements.js';
import { SECTIONS } from '../profiles.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';

// "split randomly", "random 80/20 split", "shuffled and split", "randomly divided into train and test".
const RANDOM_SPLIT = new RegExp([
  String.raw`\b(?:random(?:ly)?|shuffl(?:e|ed|ing)|at random)\b(?:\s+[\w/%-]+){0,4}?\s+(?:split|splits|splitting|partition(?:s|ed|ing)?|divided|divide|assigned|sampled into|hold-?outs?)\b`,
  String.raw`\b(?:split|splits|splitting|partition(?:ed)?|divided?)\b(?:\s+[\w/%-]+){0,5}?\s+(?:random(?:ly)?|at random|after shuffling|with shuffl\w+)\b`,
  String.raw`\btrain_test_split\b`,
].join('|'), 'gi');
// The split must be of training data, not of users into an A/B experiment.
const TRAINING_CONTEXT = /\b(?:train(?:ing)?|test(?:ing)?|validation|validate|hold-?out|eval(?:uation)?|dev set|data ?set|folds?)\b/i;
const EXPERIMENT_CONTEXT = /\b(?:A\/B|control|treatment|experiment|traffic|bucket(?:s|ed)?|cohorts? of users|users are)\b/i;
// A later period held out, or the split already respects time.
const TEMPORAL = /\b(?:temporal(?:ly)?|time[- ]based|time[- ]ordered|chronolog\w*|out[- ]of[- ]time|by (?:date|time|day|week|month|timestamp)|following (?:day|week|month|quarter|period)|next (?:day|week|month|quarter)|later (?:period|days?|weeks?|months?)|most recent|last \d+ (?:days|weeks|months)|future|walk[- ]forward|rolling|backtest\w*|forward[- ]chaining|time ?series ?split|expanding window|(?:train|fit)\w* on (?:the )?(?:past|earlier|older)|(?:validat|test|evaluat)\w* on (?:the )?(?:following|next|later|last|latest|most recent|subsequent))\b/i;
const NEGATED = /\b(?:not|never|no|avoid(?:s|ing)?|instead of|rather than|don't|do not|without|against|leaks?|leakage)\b[^.]{0,30}$/i;
const TIME_ORDERED = /\b(?:transactions?|clicks?|click-?stream|events?|(?:event|server|access|query|search|usage|interaction|app) logs?|logs|sessions?|time[- ]series|impressions?|(?:sales|purchase|order|transaction|browsing|watch|viewing) histor(?:y|ies)|daily (?:sales|demand|orders)|timestamps?|sensor (?:readings|data)|telemetry|streams?)\b/i;

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
  if (detectFraming(doc).evidence.some((e) => e.source === 'task' && /forecast/i.test(e.reason))) return 'forecast history';
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
      const match = RANDOM_SPLIT.exec(prose);
      if (!match) continue;
      if (!TRAINING_CONTEXT.test(prose) || EXPERIMENT_CONTEXT.test(prose) || TEMPORAL.test(prose)) continue;
      if (NEGATED.test(prose.slice(0, match.index))) continue;
      const data = timeOrderedData(doc, statement.block.section, prose);
      if (!data) continue;
      const start = statement.start + match.index;
      report({
        offsets: [blockOffsetAt(statement.block, start), blockOffsetAt(statement.block, start + match[0].length)],
        message: `"${match[0]}" on time-ordered data (${data}) lets the model train on the days it is tested on: split by time instead (train on earlier weeks, validate and test on the following ones).`,
      });
    }
  },
};
