// fairness-threshold: sensitive attributes are used or named, or the system decides on loans, jobs,
// housing or screening, yet no numeric fairness threshold ("approval-rate gap ≤ 3 pts") is set.
import { blockOffsetAt, blockProse } from '../model/document.js';
import { detectFraming } from '../model/framing.js';
import { findQuantities } from '../model/quantities.js';
import { claimsOf } from '../model/statements.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';

interface Concern {
  pattern: RegExp;
  /** How the message names the concern, from the matched words. */
  describe: (words: string) => string;
}

const attribute = (words: string) => `sensitive attribute "${words}"`;
const decision = (words: string) => `the decision "${words}"`;

const CONCERNS: Concern[] = [
  { pattern: /\b(?:gender|sex|race(?! conditions?)|racial|ethnicity|ethnic (?:group|origin)s?|nationality|nationalities|religion|religious beliefs|sexual orientation|disability|disabilities|marital status|skin (?:tone|colou?r))\b/i, describe: attribute },
  { pattern: /\b(?:(?:customer|user|applicant|patient|candidate|driver|borrower|member|employee|viewer)s?'?s? age|age (?:group|band|bracket|range|cohort)s?|date of birth|age,\s*(?:gender|sex|location|income))\b/i,
    describe: (w) => attribute(/date of birth/i.test(w) ? 'date of birth' : 'age') },
  { pattern: /\bprotected (?:attribute|characteristic|class|group|categor(?:y|ie))s?\b/i, describe: attribute },
  { pattern: /\b(?:loan|credit|lending|mortgage|underwriting)\s+(?:approvals?|decisions?|applications?|limits?|eligibility)\b|\b(?:approve|decline|reject)s?\s+(?:loan|credit|mortgage)\s+applications?\b/i, describe: decision },
  { pattern: /\b(?:hiring|recruiting|recruitment|resume|CV|job applicants?|candidate|tenant|housing|rental)\s+(?:screening|decisions?|shortlist(?:ing)?|selection|ranking)\b/i, describe: decision },
  { pattern: /\b(?:algorithmic|model|demographic|racial|gender|age)\s+bias\b|\bdisparate (?:impact|treatment)\b|\bdiscriminat(?:ion|ory|e against)\b|\bunfair(?:ly|ness)?\b/i, describe: (w) => `the concern "${w}"` },
];

// A threshold names a gap between groups (or a parity ratio) with a number.
const GROUP_GAP = /\b(?:(?:gap|difference|differ|delta|disparity)\b.{0,80}\bbetween\b|between\b.{0,80}\b(?:gap|differ|difference)|parity|disparit(?:y|ies)|disparate impact|equal(?:ized)? (?:opportunity|odds)|four[- ]fifths|80% rule|fairness|(?:gap|difference|delta|ratio|spread)s?\b.{0,60}\b(?:groups?|segments?|demographics?|genders?|races?|ages?|cohorts?|subgroups?|sexes)|(?:between|across|among|per|for (?:any|each|every)|by) (?:\w+ ){0,2}(?:groups|segments|cohorts|subgroups|genders|demographics|races|ethnicities|sexes))\b/i;

/** Template prompts and questions: they ask about an attribute, they do not use it. */
function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text)
    || /^(?:for example,\s*)?(?:is|are|does|do|did|was|were|has|have|can|could|should|will|would|what|which|who|how|why|when|where)\b/i.test(text.trim())
    || /\bplease (?:describe|provide|explain|list)\b/i.test(text);
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
  scope: ENGLISH_DESIGN_CLAIMS,
  declines: [
    'the doc frames every kind of ML task (a survey of systems, not the design of one)',
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
    for (const statement of claimsOf(doc)) {
      const text = blockProse(statement.block).slice(statement.start, statement.end);
      if (isFairnessThreshold(text)) return;
      // A question ("Does the dataset identify subpopulations, e.g. by age?") asks, it does not use the attribute.
      if (first || isQuestion(text)) continue;
      for (const concern of CONCERNS) {
        const m = concern.pattern.exec(text);
        if (!m) continue;
        const start = statement.start + m.index;
        first = {
          offsets: [blockOffsetAt(statement.block, start), blockOffsetAt(statement.block, start + m[0].length)],
          what: concern.describe(m[0]),
        };
        break;
      }
    }
    if (!first) return;
    report({
      offsets: first.offsets,
      message: `Fairness is at stake (${first.what}) but no numeric fairness threshold is stated: set one per group, e.g. "approval-rate gap between groups ≤ 3 pts" or "AUC difference between groups < 2%".`,
    });
  },
};
