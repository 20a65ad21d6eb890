// suppression-directive: an mldoc-disable comment that names no real rule, has an expiry that is
// not a date, has expired, or suppresses nothing. The first two are read from the comment here; the
// engine adds expired and unused ones after the other rules ran (only then is it known which
// directives suppressed a finding). Its own findings cannot be suppressed.
import { directiveTextProblems, parseDirectives } from '../suppressions.js';
import type { RuleDefinition } from './rule.js';

export const SUPPRESSION_DIRECTIVE = 'suppression-directive';

/** Rule ids a directive may name; filled by the registry (rules/index.ts) to avoid an import cycle. */
export const knownRuleIds = new Set<string>();

export const suppressionDirective: RuleDefinition = {
  id: SUPPRESSION_DIRECTIVE,
  description: 'An mldoc-disable comment that names an unknown rule, has expired (until YYYY-MM-DD) or suppresses nothing.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: false,
  check({ doc, report }) {
    for (const problem of directiveTextProblems(parseDirectives(doc.html), knownRuleIds)) {
      report({ range: problem.range, message: problem.message });
    }
  },
};
