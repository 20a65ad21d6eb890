// ownership: an ML system that will run in production names who owns it: an owner team, an on-call
// rotation, or an SLA/availability target. "Who pages whom when this breaks?"
import { blockProse, type DocumentModel } from '../model/document.js';
import { claimsOf, proseOf } from '../model/statements.js';
import { hasPlaceholderMarker } from './placeholder-text.js';
import { documentAnchor } from '../model/content.js';
import { detectFraming } from '../model/framing.js';
import { findQuantities } from '../model/quantities.js';
import { findSection } from '../model/sections.js';
import { SECTIONS } from '../profiles.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

const OWNER_KEYS = vocabPattern('ownership', 'owner-keys');
const OWNER_WORDS = vocabPattern('ownership', 'owner-words');
const AVAILABILITY = vocabPattern('ownership', 'availability');

function hasAvailabilityTarget(text: string): boolean {
  return AVAILABILITY.test(text) && findQuantities(text).some((q) => q.kind === 'share' && q.value >= 90 && q.value <= 100);
}

/** Whether someone is named as owning, paging for, or promising the availability of the system. */
function namesAnOwner(doc: DocumentModel): boolean {
  const data = doc.frontMatter?.data;
  if (data && Object.entries(data).some(([key, value]) => OWNER_KEYS.test(key) && value !== null && value !== '')) return true;
  for (const statement of claimsOf(doc)) {
    const text = proseOf(statement);
    // "SLA (TBD)", "Owner: TBD": a slot for an owner left open names nobody.
    if ((OWNER_WORDS.test(text) || hasAvailabilityTarget(text)) && !hasPlaceholderMarker(text)) return true;
  }
  return false;
}

// Words of a service that takes traffic, as opposed to a library API, a model card or a guide.
const SERVES_TRAFFIC = vocabPattern('ownership', 'serves-traffic');

/** Only systems that will run need an owner: an ML task, a serving, rollout or performance section, and traffic. */
function describesARunningSystem(doc: DocumentModel, language: string): boolean {
  const { primary, framings, evidence } = detectFraming(doc);
  // A doc framing every kind of task is a guide over ML systems, not the design of one. Task words exist in
  // English only: a doc in another language shows its ML task by a model section or any ML metric it names.
  const mlTask = primary !== null
    || (language !== 'en' && (evidence.length > 0 || findSection(doc, SECTIONS.modelArchitecture).sections.length > 0));
  if (!mlTask || framings.size === 4) return false;
  const hasSystemSection = [SECTIONS.infrastructureArchitecture, SECTIONS.rolloutPlan, SECTIONS.performance, SECTIONS.scale]
    .some((spec) => findSection(doc, spec).sections.length > 0);
  return hasSystemSection && doc.blocks.some((block) => SERVES_TRAFFIC.test(blockProse(block)));
}

export const ownership: RuleDefinition = {
  id: 'ownership',
  description: 'A production ML system names its owner: an owner team, an on-call rotation or an SLA/availability target.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: false,
  // Words in English and Russian (vocab/en|ru/patterns/ownership.yaml); a design doc's own claims only.
  scope: { languages: ['en', 'ru'], kinds: ENGLISH_DESIGN_CLAIMS.kinds },
  declines: [
    'the doc describes no system that serves traffic (an ML task with a serving, rollout, performance or scale section, and traffic)',
  ],
  check({ doc, report, skip, language }) {
    if (!describesARunningSystem(doc, language)) return skip('the doc describes no system that serves traffic (no ML task with a serving, rollout, performance or scale section and traffic)');
    if (namesAnOwner(doc)) return;
    const message = 'Nobody owns this system: the document names no owner team, on-call rotation or SLA. Say who is paged when it breaks and what availability it promises (e.g. "Owner: Risk ML team; on-call via PagerDuty; 99.9% availability").';
    report({ range: documentAnchor(doc), message });
  },
};
