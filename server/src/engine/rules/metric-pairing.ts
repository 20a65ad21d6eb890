// metric-pairing: success metrics need both an offline ML metric (AUC, F1, NDCG, WAPE…) and an online
// or business metric (CTR, revenue, churn, time saved…). [000 §3 "Two ML metrics for every project"]
import { sectionAndDescendants, type DocumentModel, type SectionNode } from '../model/document.js';
import { namesOfflineMetric, namesOnlineMetric } from '../model/metrics.js';
import { findSection } from '../model/sections.js';
import { proseOf, claimsOf } from '../model/statements.js';
import { SECTIONS } from '../profiles.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { sectionHasContent } from '../model/content.js';
import { normaliseHeading, openingLabel } from '../model/headings.js';
import { vocabPattern } from '../vocab/patterns.js';

// "End-to-end metrics", "Online:": the author files the metrics under it as one kind, whatever their names.
const ONLINE_LABEL = vocabPattern('metrics', 'online-kind-label');
const OFFLINE_LABEL = vocabPattern('metrics', 'offline-kind-label');

/**
 * The kind label (online or offline) that heads metrics of their own in the success-metric sections: a
 * subsection with content, or a list item "Online: …" or "Online" holding sub-items. Null when none does.
 */
function labelledKind(doc: DocumentModel, sections: SectionNode[], label: RegExp): string | null {
  const within = new Set<SectionNode>();
  for (const section of sections) for (const s of sectionAndDescendants(section)) within.add(s);
  // A subsection: the outermost metric sections name the topic, not one kind of metric.
  const outermost = new Set(sections.filter((s) => { for (let up = s.parent; up; up = up.parent) if (within.has(up)) return false; return true; }));
  for (const s of within) {
    if (!outermost.has(s) && s.heading && label.test(s.heading.normalised) && sectionHasContent(s)) return s.heading.text.trim();
  }
  for (const item of doc.listItems) {
    if (!within.has(item.section)) continue;
    const colon = /^\s*([^:\n]{1,40}):\s*(\S?)/.exec(item.text);
    const name = colon ? normaliseHeading(colon[1]!) : openingLabel(item.text);
    if (name && label.test(name) && (item.hasNestedList || (colon !== null && colon[2] !== ''))) return colon ? colon[1]!.trim() : item.text.trim();
  }
  return null;
}

/** Prose of the success-metric sections and everything under them (code is not prose). */
function metricsProse(doc: DocumentModel, sections: SectionNode[]): string {
  const within = new Set<SectionNode>();
  for (const section of sections) for (const s of sectionAndDescendants(section)) within.add(s);
  // Questions ("What are the key business metrics?") are a template's prompts and headings name topics:
  // neither says which metric was chosen. Nor does a checklist's "[ ] Defined business metrics".
  return claimsOf(doc)
    .filter((statement) => within.has(statement.block.section) && statement.block.kind !== 'heading'
      && !statement.text.includes('?') && statement.listItem?.checked == null)
    .map((statement) => proseOf(statement))
    .join('\n');
}

export const metricPairing: RuleDefinition = {
  id: 'metric-pairing',
  description: 'Success metrics pair an offline ML metric with an online or business metric.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  declines: [
    'the doc has no success-metrics section (required-section reports it)',
  ],
  check({ doc, report, skip }) {
    const { sections } = findSection(doc, SECTIONS.successMetrics);
    if (sections.length === 0) return skip('the doc has no success-metrics section (required-section reports it)');
    const prose = metricsProse(doc, sections);
    const offline = namesOfflineMetric(prose) ?? labelledKind(doc, sections, OFFLINE_LABEL);
    const online = namesOnlineMetric(prose) ?? labelledKind(doc, sections, ONLINE_LABEL);
    if (!offline === !online) return; // both named, or neither: no metric list to judge
    const heading = sections[0]!.heading!;
    const message = offline
      ? `Success metrics name an offline ML metric (${offline}) but no online or business metric: add the one the launch must move (CTR, revenue, churn, time saved) with its target.`
      : `Success metrics name an online or business metric (${online}) but no offline ML metric: add one computable from labels before launch (AUC, F1, NDCG, WAPE) with its target.`;
    report({ range: heading.range, message });
  },
};
