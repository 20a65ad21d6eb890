// document-language: a document in a language mldoc has no vocabulary for gets one notice that says
// which checks did not run, instead of English-only findings or silence.
import { documentLanguage, languageName, VOCABULARY_LANGUAGES } from '../model/language.js';
import { documentAnchor } from '../model/content.js';
import type { RuleDefinition } from './rule.js';

export const documentLanguageRule: RuleDefinition = {
  id: 'document-language',
  description: 'A document in a language mldoc has no vocabulary for is named, with the checks that could not run.',
  defaultSeverity: 'info',
  tags: ['structure'],
  fixable: false,
  check({ doc, report }) {
    const guess = documentLanguage(doc);
    if (guess.language !== 'unknown') return;
    report({
      range: documentAnchor(doc),
      message: `This document reads as ${guess.name}, which mldoc has no vocabulary for (it knows ${VOCABULARY_LANGUAGES.map(languageName).join(' and ')}). `
        + 'Only the checks that read no words ran (empty sections, template leftovers, table sums); the rules that read words are listed as skipped.',
    });
  },
};
