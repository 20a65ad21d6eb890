// The vocabulary's own proof: every entry of vocab/<language>/*.yaml matches each of its `match`
// examples and leaves each `nearMiss` alone, through the same matchers the rules use.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SECTIONS_BY_ID } from '../server/src/engine/profiles.js';
import { headingMatchesSection, normaliseAlias, normaliseHeading, pairedLabelsMatch, paragraphLabelMatches } from '../server/src/engine/model/headings.js';
import { hasSignalWord, isPrompt } from '../server/src/engine/model/kind.js';
import { guessLanguage } from '../server/src/engine/model/language.js';
import { splitSentences, statementRole } from '../server/src/engine/model/statements.js';
import type { SectionNode } from '../server/src/engine/model/document.js';
import { headingPlaceholders, numberLettersIn, placeholderMarkers, placeholderPhrases } from '../server/src/engine/rules/placeholder-text.js';
import { HANDLING, PERSONAL_DATA, privacyPattern } from '../server/src/engine/rules/privacy.js';
import type { SectionSpec } from '../server/src/engine/types.js';
import { VOCABULARY_DATA } from '../server/src/engine/vocab/data.generated.js';
import type { VocabEntry } from '../server/src/engine/vocab/types.js';
import { fewestNeedles, hasCue, phrasesSource } from '../server/src/engine/vocab/cues.js';
import { compileEntry } from '../server/src/engine/vocab/patterns.js';
import { ROOT } from './helpers.js';

/** A section whose heading reads `text`, for the role of what it holds. */
function citationSection(text: string): SectionNode {
  const heading = { text, normalised: normaliseHeading(text) } as SectionNode['heading'];
  return { heading, level: 2, parent: null, children: [], ownContent: [], startOffset: 0, endOffset: 0 };
}

/** A section spec made of one entry only, so each entry has to earn its own examples. */
function specOf(id: string, entry: VocabEntry): SectionSpec {
  const phrases = (entry.phrases ?? []).map(normaliseAlias);
  const spec: SectionSpec = { id: `${id}#entry`, title: id, aliases: entry.exact || entry.atStart ? [] : phrases };
  if (entry.exact) spec.exactAliases = phrases;
  if (entry.atStart) spec.startAliases = phrases;
  if (entry.keywords) spec.keywords = entry.keywords.map(normaliseAlias);
  if (entry.labels) spec.paragraphLabels = entry.labels;
  if (entry.notWith) spec.notWith = entry.notWith.map(normaliseAlias);
  if (entry.pairedLabels) spec.pairedLabels = entry.pairedLabels.map((group) => group.map(normaliseAlias));
  return spec;
}

const matches = (spec: SectionSpec, example: string) =>
  headingMatchesSection(normaliseHeading(example), spec) || paragraphLabelMatches(example, spec)
  || pairedLabelsMatch(example.split(' | '), spec);

describe('vocabulary', () => {
  it('is generated from vocab/ (run npm run gen after editing it)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-vocab.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    describe(`${language}: sections`, () => {
      for (const [id, section] of Object.entries(data.sections ?? {})) {
        it(`${id}: every entry matches its examples and none of its near misses`, () => {
          assert.ok(SECTIONS_BY_ID[id], `"${id}" is no section of the catalogue`);
          if (section.sameAs) assert.ok(SECTIONS_BY_ID[section.sameAs], `sameAs "${section.sameAs}" is unknown`);
          else assert.ok((section.entries ?? []).length > 0, 'a section needs at least one entry');
          for (const entry of section.entries ?? []) {
            assert.ok(entry.match?.length && entry.nearMiss?.length, `entry ${JSON.stringify(entry.phrases ?? entry.keywords ?? entry.labels ?? entry.pairedLabels)} needs a match and a near miss`);
            // A notWith entry only removes matches: its examples are checked against the whole section.
            const own = entry.notWith ? SECTIONS_BY_ID[id]! : specOf(id, entry);
            for (const example of entry.match) assert.ok(matches(own, example), `"${example}" should match ${JSON.stringify(entry.phrases ?? entry.keywords ?? entry.labels ?? entry.pairedLabels)}`);
            for (const example of entry.nearMiss) assert.ok(!matches(SECTIONS_BY_ID[id]!, example), `near miss "${example}" matches section ${id}`);
          }
        });
      }
    });

    if (data.language) {
      it(`${language}: function words tell the language of long prose`, () => {
        // Repeated so the share of function words decides, not the script fallback for short texts.
        const long = (sentence: string) => Array(8).fill(sentence).join(' ');
        for (const sentence of data.language!.match) assert.equal(guessLanguage(long(sentence)).language, language, sentence);
        for (const sentence of data.language!.nearMiss) assert.notEqual(guessLanguage(long(sentence)).language, language, sentence);
      });
    }

    for (const [signal, entry] of Object.entries(data.kinds ?? {})) {
      it(`${language}: kind signal ${signal}`, () => {
        assert.ok(entry.match.length && entry.nearMiss.length, 'needs a match and a near miss');
        const test = signal === 'prompt-verbs' ? isPrompt : (text: string) => hasSignalWord(text, signal as 'template-title');
        for (const example of entry.match) assert.ok(test(example), `"${example}" should count as ${signal}`);
        for (const example of entry.nearMiss) assert.ok(!test(example), `near miss "${example}" counts as ${signal}`);
      });
    }
  }

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    for (const [kind, entry] of Object.entries(data.placeholders ?? {})) {
      it(`${language}: placeholder ${kind}`, () => {
        const pattern = { markers: placeholderMarkers(), phrases: placeholderPhrases() }[kind as 'markers'];
        const found = { headingFillIns: headingPlaceholders, numberLetters: numberLettersIn }[kind as 'numberLetters']
          ?? ((text: string) => [...text.matchAll(pattern)].map((m) => m[0]));
        assert.ok(found !== undefined && (pattern || kind === 'headingFillIns' || kind === 'numberLetters'), `no matcher for placeholder kind "${kind}"`);
        assert.ok(entry.match.length && entry.nearMiss.length, 'needs a match and a near miss');
        for (const example of entry.match) assert.ok(found(example).length > 0, `"${example}" should hold a placeholder`);
        for (const example of entry.nearMiss) assert.deepEqual(found(example), [], `near miss "${example}"`);
      });
    }
  }

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    for (const [name, cue] of Object.entries(data.cues ?? {})) {
      it(`${language}: cue ${name}`, () => {
        assert.ok(cue.phrases?.length && cue.match?.length && cue.nearMiss?.length, 'needs phrases, a match and a near miss');
        // This language's own phrases must earn its examples (another language's words prove nothing).
        const own = new RegExp(phrasesSource(cue.phrases), 'u');
        for (const example of cue.match) assert.ok(own.test(example.toLowerCase()), `"${example}" should say cue ${name}`);
        // And so must the rules' matcher, through its quick needle test and as written (not lower-cased).
        for (const example of cue.match) assert.ok(hasCue(name, example), `hasCue: "${example}" should say cue ${name}`);
        for (const example of cue.nearMiss) assert.ok(!own.test(example.toLowerCase()), `near miss "${example}" says cue ${name}: ${own.exec(example.toLowerCase())?.[0]}`);
      });
    }
  }

  it('looks for the fewest needles that still find every text a cue could match', () => {
    // "fast" finds every text "faster" would; a duplicate adds nothing; neither contains the other here.
    assert.deepEqual(fewestNeedles(['faster', 'fast', 'slow', 'fast']), ['fast', 'slow']);
    assert.deepEqual(fewestNeedles(['latency', 'p99']), ['p99', 'latency']);
    // A phrase with no letters leaves an empty needle: every text must go on to the pattern.
    assert.deepEqual(fewestNeedles(['rollback', '']), ['']);
  });

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    for (const [kind, entry] of Object.entries(data.roles ?? {})) {
      it(`${language}: statement role ${kind}`, () => {
        assert.ok(entry.match.length && entry.nearMiss.length, 'needs a match and a near miss');
        // Citation words name a section; the other two mark an example in a statement of the doc.
        const role = (text: string) => kind === 'citation-sections'
          ? statementRole('Anything at all.', citationSection(text)) : statementRole(text, null);
        const expected = kind === 'citation-sections' ? 'citation' : 'example';
        for (const example of entry.match) assert.equal(role(example), expected, example);
        for (const example of entry.nearMiss) assert.notEqual(role(example), expected, `near miss "${example}"`);
      });
    }
  }

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    const entry = data.structure?.['numbering-words'];
    if (!entry) continue;
    it(`${language}: numbering words are dropped with the number, and only then`, () => {
      const first = (text: string) => normaliseHeading(text).split(' ')[0]!;
      for (const example of entry.match) assert.ok(!entry.words.includes(first(example)), `"${example}" keeps its numbering word`);
      for (const example of entry.nearMiss) assert.equal(normaliseHeading(example), normaliseHeading(example.toLowerCase()), example);
      for (const example of entry.nearMiss) assert.ok(normaliseHeading(example).startsWith(example.toLowerCase().split(' ')[0]!), `near miss "${example}" lost its first word`);
    });
  }

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    const entry = data.structure?.abbreviations;
    if (!entry) continue;
    it(`${language}: an abbreviation's full stop does not end a sentence, and only then`, () => {
      assert.ok(entry.match.length && entry.nearMiss.length, 'needs a match and a near miss');
      for (const example of entry.match) assert.equal(splitSentences(example).length, 1, `"${example}" was split`);
      for (const example of entry.nearMiss) assert.ok(splitSentences(example).length > 1, `near miss "${example}" was not split`);
    });
  }

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    for (const [kind, entries] of Object.entries(data.privacy ?? {})) {
      it(`${language}: privacy ${kind} patterns`, () => {
        const all = kind === 'handling' ? HANDLING : PERSONAL_DATA;
        for (const entry of entries) {
          assert.ok(entry.match.length && entry.nearMiss.length, `${entry.pattern}: needs a match and a near miss`);
          const own = privacyPattern(entry.pattern);
          for (const example of entry.match) assert.ok(own.test(example), `"${example}" should match ${entry.pattern}`);
          for (const example of entry.nearMiss) assert.ok(!all.test(example), `near miss "${example}" matches ${kind}`);
        }
      });
    }
  }

  for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
    for (const [group, patterns] of Object.entries(data.patterns ?? {})) {
      for (const [name, entry] of Object.entries(patterns)) {
        it(`${language}: pattern ${group}/${name}`, () => {
          assert.ok(entry.pattern && entry.match?.length && entry.nearMiss?.length, 'needs a pattern, a match and a near miss');
          // This language's own entry, compiled as the engine compiles it, must earn its examples.
          const own = compileEntry(entry);
          for (const example of entry.match) assert.ok(own.test(example), `"${example}" should match ${group}/${name}`);
          for (const example of entry.nearMiss) assert.ok(!own.test(example), `near miss "${example}" matches ${group}/${name}: ${own.exec(example)?.[0]}`);
          // A word the pattern reads must say what it stands for, and each meaning must be a word it reads.
          if (entry.means) {
            for (const example of entry.match) assert.ok(example.toLowerCase() in entry.means, `"${example}" has no meaning in ${group}/${name}`);
            for (const word of Object.keys(entry.means)) assert.ok(own.test(word), `meaning "${word}" is no word of ${group}/${name}`);
          }
        });
      }
    }
  }

  it('names the same sections in every language as in English', () => {
    const english = new Set(Object.keys(VOCABULARY_DATA.en?.sections ?? {}));
    for (const [language, data] of Object.entries(VOCABULARY_DATA)) {
      for (const id of Object.keys(data.sections ?? {})) assert.ok(english.has(id), `${language} names "${id}", which English does not`);
    }
  });
});
