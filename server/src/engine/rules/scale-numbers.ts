// scale-numbers: an online system (serving requests or users) with no traffic figures: neither daily
// active users nor peak requests per second. [000 §5 "The Three Numbers"]
import type { DocumentModel } from '../model/document.js';
import { findQuantities } from '../model/quantities.js';
import { findSection } from '../model/sections.js';
import { blocksWithOwnClaims, ownClaimsOf, proseOf, type Statement } from '../model/statements.js';
import type { TextBlock } from '../model/document.js';
import { perPiece } from '../memo.js';
import { SECTIONS } from '../profiles.js';
import type { Range } from '../types.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { vocabPattern } from '../vocab/patterns.js';

// Signs that the system answers requests as they come: it needs serving capacity, so peak load matters.
const ONLINE_SERVING = vocabPattern('scale-numbers', 'online-serving');
const USER_WORDS = vocabPattern('scale-numbers', 'user-words');
const PEAK_WORDS = vocabPattern('scale-numbers', 'peak-words');
const USERS_PER_PERIOD = vocabPattern('scale-numbers', 'users-per-period');
// Serving named as one side of a comparison ("online vs batch"), not as what the system does.
const VERSUS = vocabPattern('scale-numbers', 'versus');

const FIGURE_TO_FILL_IN = /:\s*\[[^\]\n]{1,40}\]\s*$/;

interface ScaleFigures {
  users: boolean;
  peak: boolean;
  volume: boolean;
}

/** The scale figures one claim states. */
function figuresIn(statement: Statement): ScaleFigures {
  const figures: ScaleFigures = { users: false, peak: false, volume: false };
  const text = proseOf(statement);
  // "Daily active users: [DAU]": the figure is a template prompt still to fill, placeholder-text's finding.
  if (FIGURE_TO_FILL_IN.test(text)) {
    if (USER_WORDS.test(text)) figures.users = true;
    if (PEAK_WORDS.test(text)) figures.peak = true;
  }
  if (!/\d/.test(text)) return figures;
  const quantities = findQuantities(text);
  for (const q of quantities) {
    if (q.kind === 'rate') figures.peak = true;
    else if (q.kind === 'count' && q.unit === 'users') figures.users = true;
    else if ((q.kind === 'count' && q.value >= 1000) || q.kind === 'size') figures.volume = true;
  }
  // "1-2 users a day": a small figure is still a figure.
  if (!figures.users && USERS_PER_PERIOD.test(text) && quantities.length > 0) figures.users = true;
  // "Peak load: 300", "200 запросов в секунду": a rate named in words beside its number.
  if (!figures.peak && PEAK_WORDS.test(text) && quantities.some((q) => q.kind === 'count' || q.kind === 'number' || q.kind === 'rate')) figures.peak = true;
  // "DAU: 2.1M", "MAU of 40 million": the number and the word apart.
  if (!figures.users && USER_WORDS.test(text) && quantities.some((q) => q.kind === 'count' || (q.kind === 'number' && q.value >= 1000))) {
    figures.users = true;
  }
  return figures;
}

/** Whether a statement says the system answers requests as they come (questions, checklist boxes and headings do not). */
function saysOnline(statement: Statement): boolean {
  return !statement.text.includes('?') && statement.listItem?.checked == null
    && statement.block.kind !== 'heading' && !VERSUS.test(statement.text) && ONLINE_SERVING.test(proseOf(statement));
}

/** What claims say of scale: its figures, and whether the system serves requests online. */
type Scale = ScaleFigures & { online: boolean };

const noScale = (): Scale => ({ users: false, peak: false, volume: false, online: false });

function addScale(into: Scale, scale: Scale): void {
  into.users ||= scale.users;
  into.peak ||= scale.peak;
  into.volume ||= scale.volume;
  into.online ||= scale.online;
}

/** What a block's claims say of scale, once per block (it depends on the block's text alone). */
const blockScale = perPiece((block: TextBlock): Scale => {
  const scale = noScale();
  for (const claim of ownClaimsOf(block)) addScale(scale, { ...figuresIn(claim), online: saysOnline(claim) });
  return scale;
});

/** The document's claims' scale: a block in a citation section makes none. */
function documentScale(doc: DocumentModel): Scale {
  const scale = noScale();
  for (const block of blocksWithOwnClaims(doc)) addScale(scale, blockScale(block));
  return scale;
}

/** Where to say it: the scale, constraints, performance or infrastructure heading, else the title. */
function reportRange(doc: DocumentModel): Range {
  for (const spec of [SECTIONS.scale, SECTIONS.constraints, SECTIONS.performance, SECTIONS.infrastructureArchitecture]) {
    const section = findSection(doc, spec).sections[0];
    if (section?.heading) return section.heading.range;
  }
  const title = doc.headings.find((h) => h.isTitle) ?? doc.headings[0];
  return title?.range ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
}

export const scaleNumbers: RuleDefinition = {
  id: 'scale-numbers',
  description: 'An online system states its scale: daily active users, peak requests per second, total volume.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: false,
  // Words in English and Russian (vocab/en|ru/patterns/scale-numbers.yaml); a design doc's own claims only.
  scope: { languages: ['en', 'ru'], kinds: ENGLISH_DESIGN_CLAIMS.kinds },
  declines: [
    'the doc describes no online system',
  ],
  check({ doc, report, skip }) {
    const figures = documentScale(doc);
    if (!figures.online) return skip('the doc describes no online system (serving requests or users)');
    if (figures.users || figures.peak) return;
    const missing = ['daily active users', 'peak requests per second'];
    if (!figures.volume) missing.push('total population or data volume');
    report({
      range: reportRange(doc),
      message: `This system serves requests online but states no scale figures (missing: ${missing.join(', ')}): add them, e.g. "2M DAU, peak 1,500 requests/s, 40M accounts scored nightly"; they decide the serving capacity and the feature store.`,
    });
  },
};
