// rollback-plan: a rollout plan says how to go back and when: a mechanism and a trigger (a metric
// and a threshold). "Fallback:", "Kill switch", "Revert to …" and "Roll back" all count.
import type { DocumentModel, SectionNode } from '../model/document.js';
import { sectionHasContent, structuredContentAfter } from '../model/content.js';
import { findQuantities } from '../model/quantities.js';
import { rolloutNeighbourhoods, rolloutSections } from '../model/rollout.js';
import { findSection } from '../model/sections.js';
import { SECTIONS } from '../profiles.js';
import { statementOffsets, statementsOf, type Statement } from '../model/statements.js';
import { classifyTable } from '../model/table-semantics.js';
import { insertBlock } from '../fixes.js';
import { templateText } from '../templates.js';
import type { Fix } from '../types.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

const ROLLBACK = vocabPattern('rollback-plan', 'rollback');
const ROLLBACK_HEADING = vocabPattern('rollback-plan', 'rollback-heading');
const PLACEHOLDER_ONLY = vocabPattern('rollback-plan', 'placeholder-only');
const LABEL = vocabPattern('rollback-plan', 'label');
const ANY_LABEL = /^\s*(?:\*\*)?[^:\n]{1,40}:(?:\*\*)?/;
const CONDITION = vocabPattern('rollback-plan', 'condition');

/** Whether a statement says when to roll back: a condition with a number (a metric and threshold). */
export function hasTrigger(text: string): boolean {
  const quantities = findQuantities(text).filter((q) => q.kind !== 'count' || q.comparator);
  if (quantities.length === 0) return false;
  return quantities.some((q) => q.comparator && q.comparator !== '~' && q.comparator !== '=') || CONDITION.test(text);
}

/** A rollback mention that is only a template leftover or a question. */
function isPlaceholder(statement: Statement): boolean {
  const text = statement.text.trim();
  if (/\?\s*$/.test(text)) return true;
  if (PLACEHOLDER_ONLY.test(text)) return true; // a bracketed template prompt as a whole
  // "Rollback: TBD", or a template line such as "**Trigger**: [metric and threshold]".
  const label = text.match(LABEL) ?? text.match(ANY_LABEL);
  if (label === null) return false;
  const rest = text.slice(label[0].length);
  // "If the new model underperforms:" and then a code block or a list: the plan follows the colon.
  if (!rest.trim() && structuredContentAfter(statement.block)) return false;
  return PLACEHOLDER_ONLY.test(rest);
}


function sectionSet(sections: SectionNode[]): Set<SectionNode> {
  return new Set(sections);
}

function skeleton(doc: DocumentModel, section: SectionNode): Fix {
  const level = Math.min(6, section.level + 1);
  return insertBlock(doc, section.endOffset, `${'#'.repeat(level)} Rollback plan\n\n${templateText('rollback-plan')}\n`, 'Insert a rollback plan');
}

export const rollbackPlan: RuleDefinition = {
  id: 'rollback-plan',
  description: 'A rollout plan has a rollback plan with a trigger: a metric and threshold that says when to roll back.',
  defaultSeverity: 'error',
  tags: ['judgement'],
  fixable: true,
  scope: ENGLISH_DESIGN_CLAIMS,
  declines: [
    'the doc has no rollout plan section (required-section reports it)',
    'the rollout plan is only a labelled paragraph or list item ("Rollout: …"), not a section to read a rollback plan in',
    'the rollout is stated as stages of going live under another heading (a timeline, a deploy script): such a section mixes project phases and other topics, so no rollback plan is looked for in it',
    'the rollout plan section is empty (empty-section reports it)',
  ],
  check({ doc, report, skip }) {
    const rollouts = rolloutSections(doc);
    if (rollouts.length === 0) {
      // Say which: required-section reports only the first case; in the others the rollout is there.
      const match = findSection(doc, SECTIONS.rolloutPlan);
      if (match.byParagraphLabel) return skip('the rollout plan is only a labelled paragraph or list item ("Rollout: …"), not a section to read a rollback plan in');
      if (match.byStatements) return skip('the rollout is stated as stages of going live under another heading (a timeline, a deploy script): such a section mixes project phases and other topics, so no rollback plan is looked for in it');
      return skip('the doc has no rollout plan section (required-section reports it)');
    }
    // An empty rollout heading is one problem, reported once (by empty-section), not again as a missing rollback.
    if (!rollouts.some(sectionHasContent)) return skip('the rollout plan section is empty (empty-section reports it)');
    const nearby = rolloutNeighbourhoods(rollouts);
    // A section anywhere named for the rollback ("Rollback plan", "Fallback") is the plan itself.
    const rollbackSections = sectionSet(doc.sections.filter((s) => s.heading && ROLLBACK_HEADING.test(s.heading.normalised)));
    const statements = statementsOf(doc);
    const mentions: Statement[] = [];
    const context: Statement[] = [];
    statements.forEach((statement, index) => {
      const section = statement.block.section;
      if (rollbackSections.has(section)) {
        mentions.push(statement);
        context.push(statement);
        return;
      }
      if (!nearby.has(section) || !ROLLBACK.test(statement.text)) return;
      mentions.push(statement);
      context.push(statement);
      // "Rollback plan:" followed by a list: the items below say the rest.
      const item = statement.listItem;
      for (const next of statements.slice(index + 1, index + 7)) {
        if (next.block.section !== section || next.block.kind === 'heading') break;
        const nested = item && next.listItem && next.listItem.range.start.line > item.range.start.line
          && next.listItem.range.end.line <= item.range.end.line;
        if (nested || /:\s*$/.test(statement.text)) context.push(next);
      }
    });
    // A degradation table with a rollback column is a rollback plan with its triggers.
    const gradient = doc.tables.some((table) => {
      const semantics = classifyTable(table);
      return semantics.kind === 'degradation' && table.rows.some((row) => findQuantities(row.cells[semantics.columns.rollback![0]!]?.text ?? '').length > 0);
    });
    if (gradient) return;
    const rollout = rollouts[0]!;
    const where = { range: rollout.heading!.range };
    if (mentions.length === 0) {
      report({
        ...where,
        message: 'Rollout plan has no rollback plan: say how to go back (mechanism), when (a metric and threshold, e.g. "if error rate > 1%") and who decides.',
        fix: skeleton(doc, rollout),
      });
      return;
    }
    const real = mentions.filter((m) => !isPlaceholder(m) && !(m.block.kind === 'heading' && rollbackSections.has(m.block.section)));
    const first = mentions.find((m) => m.block.kind !== 'heading') ?? mentions[0]!;
    const offsets = (m: Statement): [number, number] => statementOffsets(m, 0, m.text.length);
    if (real.length === 0) {
      report({ offsets: offsets(first), message: 'Rollback plan is left as a placeholder: write how to roll back and the trigger (a metric and threshold, e.g. "if p99 latency > 200 ms for 10 minutes").' });
      return;
    }
    if (!context.some((statement) => hasTrigger(statement.text))) {
      const shown = real.find((m) => m.block.kind !== 'heading') ?? real[0]!;
      report({ offsets: offsets(shown), message: 'Rollback plan has no trigger: say when to roll back with a metric and threshold (e.g. "roll back if error rate > 1% or p99 latency > 200 ms").' });
    }
  },
};
