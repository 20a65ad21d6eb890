// fairness-threshold: sensitive attributes are used or named, or the system decides on loans, jobs,
// housing or screening, yet no numeric fairness threshold ("approval-rate gap ≤ 3 pts") is set.
import { blockOffsetAt, blockProse } from '../model/document.js';
import { detectFraming } from '../model/framing.js';
import { findQuantities } from '../model/quantities.js';
import { claimsOf } from '../model/statements.js';
import { findCue } from '../vocab/cues.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

interface Concern {
  pattern: { exec(text: string): { index: number; 0: string } | null };
  /** How the message names the concern, from the matched words. */
  describe: (words: string) => string;
  /** A sensitive attribute named (an input), rather than a decision about people or a bias named outright. */
  attribute?: boolean;
}

const DATE_OF_BIRTH = vocabPattern('fairness-threshold', 'date-of-birth');
const attribute = (words: string) => `sensitive attribute "${words}"`;
const decision = (words: string) => `the decision "${words}"`;

const CONCERNS: Concern[] = [
  { pattern: vocabPattern('fairness-threshold', 'sensitive-attribute'), describe: attribute, attribute: true },
  { pattern: vocabPattern('fairness-threshold', 'age-attribute'),
    describe: (w) => attribute(DATE_OF_BIRTH.test(w) ? 'date of birth' : 'age'), attribute: true },
  { pattern: vocabPattern('fairness-threshold', 'protected-attribute'), describe: attribute, attribute: true },
  { pattern: vocabPattern('fairness-threshold', 'credit-decision'), describe: decision },
  { pattern: vocabPattern('fairness-threshold', 'hiring-decision'), describe: decision },
  { pattern: vocabPattern('fairness-threshold', 'bias-concern'), describe: (w) => `the concern "${w}"` },
  // A bias against people named outright ("may be biased against older applicants"): vocab cues.yaml, bias-risk.
  {
    pattern: { exec: (text: string) => { const cue = findCue('bias-risk', text); return cue && { index: cue.index, 0: cue.text }; } },
    describe: (w: string) => `the concern "${w}"`,
  },
];

// A threshold names a gap between groups (or a parity ratio) with a number.
const GROUP_GAP = vocabPattern('fairness-threshold', 'group-gap');

// A statement that opens as a question, or asks the reader to fill something in.
const QUESTION_OPENER = vocabPattern('fairness-threshold', 'question-opener');
const PLEASE_PROMPT = vocabPattern('fairness-threshold', 'please-prompt');

/** Template prompts and questions: they ask about an attribute, they do not use it. */
function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text)
    || QUESTION_OPENER.test(text.trim())
    || PLEASE_PROMPT.test(text);
}

/** Whether a statement sets a numeric fairness threshold. */
function isFairnessThreshold(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' '); // a statement may wrap over lines
  if (!GROUP_GAP.test(text)) return false;
  return findQuantities(text).some((q) => q.kind === 'share' || q.kind === 'number');
}

export const fairnessThreshold: RuleDefinition = {
  id: 'fairness-threshold',
  description: 'Where fairness is at stake (sensitive attributes, lending, hiring, housing, screening), a numeric fairness threshold is set.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: false,
  // Words in English and Russian (vocab/en|ru/patterns/fairness-threshold.yaml); a design doc's own claims only.
  scope: { languages: ['en', 'ru'], kinds: ENGLISH_DESIGN_CLAIMS.kinds },
  declines: [
    'the doc frames every kind of ML task (a survey of systems, not the design of one)',
    'the doc declares a ranking problem (items ranked for a user: a feed, search, recommendations) and names sensitive attributes only as inputs, with no decision about people (lending, hiring, screening) and no bias named outright',
  ],
  check({ doc, report, skip }) {
    // A guide that frames every kind of ML task surveys features; it designs no system to hold to a threshold.
    if (detectFraming(doc).framings.size === 4) return skip('the doc frames every kind of ML task (classification, ranking, regression, generation): it surveys systems rather than designing one');
    // Table rows, read with their header: the threshold may be split across cells ("Approval-rate gap | ≤ 3 pts").
    for (const table of doc.tables) {
      const header = table.header.map((c) => c.text).join(' | ');
      if (table.rows.some((row) => isFairnessThreshold(`${header} | ${row.cells.map((c) => c.text).join(' | ')}`))) return;
    }
    let first: { offsets: [number, number]; what: string } | null = null;
    let decisionAboutPeople = false;
    for (const statement of claimsOf(doc)) {
      const text = blockProse(statement.block).slice(statement.start, statement.end);
      if (isFairnessThreshold(text)) return;
      // A question ("Does the dataset identify subpopulations, e.g. by age?") asks, it does not use the attribute.
      if ((first && decisionAboutPeople) || isQuestion(text)) continue;
      for (const concern of CONCERNS) {
        const m = concern.pattern.exec(text);
        if (!m) continue;
        if (!concern.attribute) decisionAboutPeople = true;
        if (first) continue;
        const start = statement.start + m.index;
        first = {
          offsets: [blockOffsetAt(statement.block, start), blockOffsetAt(statement.block, start + m[0].length)],
          what: concern.describe(m[0]),
        };
      }
    }
    if (!first) return;
    // A feed, a search or a recommender ranks items for a user: age or gender among its inputs decides
    // nothing about that person. (A lending, hiring or moderation decision, or a bias named, still counts.)
    const framing = detectFraming(doc);
    if (!decisionAboutPeople && framing.declared.has('ranking') && !framing.declared.has('classification')) {
      return skip('the doc declares a ranking problem and names sensitive attributes only as inputs: it makes no decision about people (lending, hiring, screening) and names no bias to hold to a threshold');
    }
    report({
      offsets: first.offsets,
      message: `Fairness is at stake (${first.what}) but no numeric fairness threshold is stated: set one per group, e.g. "approval-rate gap between groups ≤ 3 pts" or "AUC difference between groups < 2%".`,
    });
  },
};
