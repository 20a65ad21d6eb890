// rollout-phases: traffic only grows from one rollout phase to the next, and every phase but the
// last says what must hold before moving on.
import type { DocumentModel, SectionNode } from '../model/document.js';
import { isNumberedItem } from '../model/content.js';
import { findQuantities } from '../model/quantities.js';
import { groupByRollout, inSectionTree, rolloutSections } from '../model/rollout.js';
import { statementOffsets, statementsOf, type Statement } from '../model/statements.js';
import { classifyTable } from '../model/table-semantics.js';
import type { Range } from '../types.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

const PHASE_LABEL = vocabPattern('rollout-phases', 'phase-label');
const TRAFFIC_AFTER = vocabPattern('rollout-phases', 'traffic-after');
const TRAFFIC_BEFORE = vocabPattern('rollout-phases', 'traffic-before');
const CRITERION = vocabPattern('rollout-phases', 'criterion');
const ENVIRONMENT_STEP = vocabPattern('rollout-phases', 'environment-step');

interface Phase {
  title: string;
  range: Range;
  texts: string[];
  /** Traffic share named in the phase's own title, else its largest share in the body. */
  share: number | null;
}

/** Traffic shares in a statement: percentages said of traffic, users or the rollout. */
export function trafficShares(text: string): number[] {
  return findQuantities(text)
    .filter((q) => q.kind === 'share' && q.unit === '%' && (TRAFFIC_AFTER.test(text.slice(q.end, q.end + 40))
      || TRAFFIC_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))
      || (/[→>]\s*$/.test(text.slice(0, q.start)) || /^\s*(?:→|->)/.test(text.slice(q.end)))))
    .map((q) => q.max ?? q.value);
}

function phaseShare(titleShares: number[], bodyShares: number[]): number | null {
  const shares = titleShares.length > 0 ? titleShares : bodyShares;
  return shares.length > 0 ? Math.max(...shares) : null;
}

function offsetOf(statement: Statement): number {
  return statement.block.startOffset;
}

/** Phases from the statements of one rollout section (all of them inside it). */
function phasesFromStatements(statements: Statement[], doc: DocumentModel): Phase[] {
  const lines = doc.lines;
  const inside = statements.filter((s) => s.block.kind !== 'tableCell');
  // A phase is a labelled item or heading ("Phase 2", "Canary"), or a numbered step that moves the system into an
  // environment or audience ("2. Flip the flag on in staging", "3. Promote to prod") when the list has two or more.
  const steps = new Set(inside.filter((s) => s.listItem && s.start === 0 && isNumberedItem(doc, s.listItem)
    && ENVIRONMENT_STEP.test(s.text)).map((s) => s.listItem!.siblings));
  const isStep = (s: Statement) => s.listItem !== undefined && s.start === 0 && steps.has(s.listItem.siblings) && s.listItem.siblings.length >= 2;
  const openers = inside.flatMap((s, i) => ((PHASE_LABEL.test(s.text) && (s.block.kind !== 'paragraph' || s.start === 0)) || isStep(s) ? [i] : []));
  return openers.map((index, n) => {
    const opener = inside[index]!;
    const until = openers[n + 1] ?? inside.length;
    const body = inside.slice(index + 1, until).filter((s) => {
      if (opener.block.kind === 'heading') return inSectionTree(opener.block.section, s.block.section);
      if (opener.listItem) {
        const at = offsetOf(s);
        return at > opener.listItem.startOffset && at < opener.listItem.endOffset;
      }
      return s.block.section === opener.block.section && s.block.kind !== 'heading';
    });
    const [start, end] = statementOffsets(opener, 0, opener.text.length);
    return {
      title: opener.text.split('\n')[0]!.replace(/[*_]/g, '').trim(),
      range: lines.rangeOf(start, end),
      texts: [opener.text, ...body.map((s) => s.text)],
      share: phaseShare(trafficShares(opener.text), body.flatMap((s) => trafficShares(s.text))),
    };
  });
}

function phasesFromTables(rollout: SectionNode, tables: ReturnType<typeof classifyTable>[]): Phase[][] {
  return tables.filter((t) => t.kind === 'rollout' && inSectionTree(rollout, t.table.section)).map((semantics) => {
    const phaseColumn = semantics.columns.phase![0]!;
    return semantics.table.rows.map((row) => {
      const texts = row.cells.map((cell) => cell.text);
      const trafficCells = (semantics.columns.traffic ?? []).map((i) => row.cells[i]?.text ?? '');
      const shares = trafficCells.flatMap((t) => findQuantities(t).filter((q) => q.kind === 'share').map((q) => q.max ?? q.value));
      return { title: row.cells[phaseColumn]?.text ?? '', range: row.range, texts, share: phaseShare(shares, trafficShares(texts.join(' | '))) };
    });
  });
}

export const rolloutPhases: RuleDefinition = {
  id: 'rollout-phases',
  description: 'Rollout traffic only grows from phase to phase, and each phase has a success or exit criterion.',
  defaultSeverity: 'warning',
  tags: ['numbers-agree'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    const outer = rolloutSections(doc);
    // Each statement's rollout section found once, not every statement scanned per rollout section.
    const statementsByRollout = groupByRollout(statementsOf(doc), (s) => s.block.section, outer);
    const tables = doc.tables.map(classifyTable);
    for (const rollout of outer) {
      const statements = statementsByRollout.get(rollout) ?? [];
      const sequences = [phasesFromStatements(statements, doc), ...phasesFromTables(rollout, tables)];
      for (const phases of sequences) {
        if (phases.length < 2) continue;
        let previous: Phase | null = null;
        phases.forEach((phase, index) => {
          if (phase.share !== null) {
            if (previous && previous.share !== null && phase.share < previous.share) {
              report({ range: phase.range, message: `Rollout phase "${phase.title}" sends ${phase.share}% of traffic, less than the ${previous.share}% of "${previous.title}": traffic should only grow from phase to phase (or say why it shrinks).` });
            }
            previous = phase;
          }
          const last = index === phases.length - 1 || (phase.share !== null && phase.share >= 100);
          if (!last && !phase.texts.some((t) => CRITERION.test(t) || findQuantities(t).some((q) => q.comparator && q.comparator !== '~'))) {
            report({ range: phase.range, message: `Rollout phase "${phase.title}" has no success or exit criterion: say what must hold to move on (e.g. "p99 < 150 ms and CTR no lower than control for 7 days").` });
          }
        });
      }
      // A ramp written inline: "10% → 25% → 50%".
      for (const statement of statements) {
        const chain = statement.text.match(/\d+(?:\.\d+)?\s*%(?:\s*(?:→|->|⟶|=>)\s*\d+(?:\.\d+)?\s*%)+/);
        if (!chain) continue;
        const values = chain[0].split(/→|->|⟶|=>/).map((v) => parseFloat(v));
        const drop = values.findIndex((v, i) => i > 0 && v < values[i - 1]!);
        if (drop > 0) {
          const start = statement.text.indexOf(chain[0]);
          report({ offsets: statementOffsets(statement, start, start + chain[0].length), message: `Rollout ramp ${chain[0]} goes down from ${values[drop - 1]}% to ${values[drop]}%: traffic should only grow from step to step.` });
        }
      }
    }
  },
};
