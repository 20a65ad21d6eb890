// privacy: personal data is used (names, emails, phone numbers, dates of birth, addresses, health,
// biometrics, location...) and the doc says nothing about how it is handled.
import { blockOffsetAt, blockProse, type DocumentModel } from '../model/document.js';

import { findSection } from '../model/sections.js';
import { claimsOf } from '../model/statements.js';
import { SECTIONS } from '../profiles.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';

// Kinds of personal data, written as docs name them. Bare "email", "name" or "location" are too
// ambiguous ("email spam", "model name", "warehouse location") and are not taken alone.
const PERSONAL_DATA = new RegExp([
  String.raw`\b(?:e-?mail|home|postal|street|billing|shipping|residential|mailing|IP) addresse?s?\b`,
  String.raw`\b(?:full|first|last|legal|real|customer|user|patient|applicant|employee|cardholder)(?:'s|s')? names?\b`,
  String.raw`\bphone numbers?\b|\bmobile numbers?\b|\btelephone numbers?\b`,
  String.raw`\bdates? of birth\b|\bDOB\b|\bbirth ?dates?\b`,
  String.raw`\b(?:social security|SSN|passport|national ID|driver'?s licen[cs]e|tax ID)(?: numbers?)?\b`,
  String.raw`\b(?:credit|debit|payment) card numbers?\b|\bcard numbers\b`,
  String.raw`\b(?:health|medical|clinical|patient) (?:data|records?|history|information|conditions?)\b|\bdiagnos[ei]s\b|\bprescriptions?\b|\bEHR\b|\bPHI\b`,
  String.raw`\bbiometrics?\b|\bfingerprints?\b|\bface (?:images|photos|scans|embeddings|recognition)\b|\bfacial (?:images|recognition|features)\b|\bvoice ?prints?\b|\bvoice recordings?\b`,
  String.raw`\b(?:GPS (?:data|traces|coordinates|pings|location)|geo-?location|precise location|(?:driver|rider|device|live|home|real-time) locations?|location (?:data|history|traces|pings))\b`,
  String.raw`\b(?:PII|personally identifiable information|personal (?:data|information|details))\b`,
  String.raw`\b(?:private messages|chat transcripts|call recordings|browsing history|(?:customer|user|applicant|employee|household)(?:'s|s')? (?:salary|income))\b`,
].join('|'), 'i');

// Saying anything about handling counts: the rule asks for a word, a review can ask for more.
const HANDLING = new RegExp([
  String.raw`\b(?:privacy|anonymi[sz]\w*|pseudonymi[sz]\w*|de-?identif\w*|redact\w*|scrub\w*|encrypt\w*|consent\w*|opt-?(?:in|out)|right to be forgotten)\b`,
  String.raw`\b(?:data retention|retention (?:period|policy|policies|window|limits?)|retained for|kept (?:for )?(?:\d|up to)|delet(?:e|ed|ion) (?:after|within)|deletion requests?)\b`,
  // "stay in the EU region", "only the classifier service account can read them", "access is limited to".
  String.raw`\b(?:stays?|kept|stored|hosted) (?:only )?in the [\w-]+ region\b|\bonly (?:the )?[\w -]{1,40} (?:can|may) (?:read|access|see)\b|\baccess (?:to [\w -]{1,30})?(?:is )?(?:limited|restricted) to\b`,
  String.raw`\b(?:access control\w*|role-based access|RBAC|least privilege|need-to-know|data protection|DPIA|data residency|differential privacy|k-anonymity)\b`,
  String.raw`\b(?:GDPR|CCPA|CPRA|FCRA|HIPAA|COPPA|PCI(?:[- ]DSS)?|SOC ?2|ISO ?27001)\b`,
  // "masked emails", "hashed user IDs": not NLP token masking or the hashing trick.
  String.raw`\b(?:mask|hash|tokeni[sz])(?:ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:PII|personal|sensitive|user|customer|card|e-?mails?|names?|phone|identifiers?|IDs?)\b`,
  String.raw`\bPII (?:policy|handling|scrubbing|removal|detection|filter\w*)\b`,
].join('|'), 'i');
// "No PII is used", "without personal data": not a use.
const NEGATED = /\b(?:no|not|never|without|nor|free of|excludes?|excluding|removed?|strip(?:ped)?|drop(?:ped)?)\b[^.;]{0,40}$/i;

function hasPrivacySection(doc: DocumentModel): boolean {
  return findSection(doc, SECTIONS.privacyEthics).sections.some((s) => s.ownContent.length > 0 || s.children.length > 0);
}

export const privacy: RuleDefinition = {
  id: 'privacy',
  description: 'Personal data in use comes with a word on its handling: anonymisation, consent, retention, access, GDPR/FCRA/HIPAA.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: false,
  scope: ENGLISH_DESIGN_CLAIMS,
  check({ doc, report }) {
    if (hasPrivacySection(doc)) return;
    let first: { offsets: [number, number]; what: string } | null = null;
    for (const statement of claimsOf(doc)) {
      const text = blockProse(statement.block).slice(statement.start, statement.end);
      if (HANDLING.test(text)) return;
      if (first || /\?\s*$/.test(text)) continue;
      const m = PERSONAL_DATA.exec(text);
      if (!m || NEGATED.test(text.slice(0, m.index))) continue;
      const start = statement.start + m.index;
      first = { offsets: [blockOffsetAt(statement.block, start), blockOffsetAt(statement.block, start + m[0].length)], what: m[0] };
    }
    if (!first) return;
    report({
      offsets: first.offsets,
      message: `Personal data is used ("${first.what}") but the document says nothing about its handling: state how it is anonymised or pseudonymised, who may access it, how long it is kept, and which rules apply (GDPR, CCPA, HIPAA, FCRA).`,
    });
  },
};
