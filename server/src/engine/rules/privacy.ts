// privacy: personal data is used (names, emails, phone numbers, dates of birth, addresses, health,
// biometrics, location...) and the doc says nothing about how it is handled.
import { blockOffsetAt, blockProse, type DocumentModel } from '../model/document.js';

import { sectionHasContent } from '../model/content.js';
import { findSection } from '../model/sections.js';
import { claimsOf } from '../model/statements.js';
import { SECTIONS } from '../profiles.js';
import { ENGLISH_DESIGN_CLAIMS, type RuleDefinition } from './rule.js';
import { VOCABULARY_DATA } from '../vocab/data.generated.js';
import { vocabPattern } from '../vocab/patterns.js';

// Kinds of personal data and words of handling: vocab/<language>/privacy.yaml, each with its examples.
export const PERSONAL_DATA = vocabularyPattern('personal-data');
// Saying anything about handling counts: the rule asks for a word, a review can ask for more.
export const HANDLING = vocabularyPattern('handling');

function vocabularyPattern(kind: 'personal-data' | 'handling'): RegExp {
  const entries = Object.values(VOCABULARY_DATA).flatMap((data) => data.privacy?.[kind] ?? []);
  return privacyPattern(entries.map((e) => e.pattern).join('|'));
}

/** An entry's pattern as whole words in any script (`\b` knows only Latin letters: "резюме" has none). */
export function privacyPattern(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'iu');
}
// "No PII is used", "without personal data": not a use.
const NEGATED = vocabPattern('privacy', 'negated');

function hasPrivacySection(doc: DocumentModel): boolean {
  return findSection(doc, SECTIONS.privacyEthics).sections.some(sectionHasContent);
}

export const privacy: RuleDefinition = {
  id: 'privacy',
  description: 'Personal data in use comes with a word on its handling: anonymisation, consent, retention, access, GDPR/FCRA/HIPAA.',
  defaultSeverity: 'warning',
  tags: ['numbers-present'],
  fixable: false,
  // Words in English and Russian (vocab/en|ru/privacy.yaml); a design doc's own claims only.
  scope: { languages: ['en', 'ru'], kinds: ENGLISH_DESIGN_CLAIMS.kinds },
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
