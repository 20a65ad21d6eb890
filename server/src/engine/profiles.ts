// The section catalogue and the built-in profiles. The words that name each section live in the
// vocabulary (vocab/<language>/sections.yaml), each with examples it must and must not match.
import { normaliseAlias } from './model/headings.js';
import type { Profile, SectionSpec } from './types.js';
import { VOCABULARY_DATA } from './vocab/data.generated.js';

/** Builds a section spec from every language's vocabulary (a Russian heading counts in any doc). */
function sectionFromVocabulary(id: string): SectionSpec {
  const english = VOCABULARY_DATA.en?.sections?.[id];
  if (!english?.title) throw new Error(`vocabulary: section "${id}" has no English title`);
  const sourceIds = [english.sameAs ?? id, ...(english.includes ?? [])];
  const aliases = new Set<string>();
  const exactAliases = new Set<string>();
  const startAliases = new Set<string>();
  const keywords = new Set<string>();
  const notWith = new Set<string>();
  const labels: string[] = [];
  const paired: string[][] = [];
  for (const data of Object.values(VOCABULARY_DATA)) {
    for (const sourceId of sourceIds) {
      for (const entry of data.sections?.[sourceId]?.entries ?? []) {
        for (const phrase of entry.phrases ?? []) (entry.exact ? exactAliases : entry.atStart ? startAliases : aliases).add(normaliseAlias(phrase));
        for (const word of entry.keywords ?? []) keywords.add(normaliseAlias(word));
        for (const word of entry.notWith ?? []) notWith.add(normaliseAlias(word));
        labels.push(...(entry.labels ?? []));
        if (entry.pairedLabels) {
          entry.pairedLabels.forEach((group, index) => {
            paired[index] = [...(paired[index] ?? []), ...group.map(normaliseAlias)];
          });
        }
      }
    }
  }
  const spec: SectionSpec = { id, title: english.title, aliases: [...aliases], prompt: english.prompt ?? '' };
  if (exactAliases.size) spec.exactAliases = [...exactAliases];
  if (startAliases.size) spec.startAliases = [...startAliases];
  if (keywords.size) spec.keywords = [...keywords];
  if (notWith.size) spec.notWith = [...notWith];
  if (labels.length) spec.paragraphLabels = labels;
  if (paired.length) spec.pairedLabels = paired;
  if (english.statedIn) spec.statedIn = english.statedIn;
  return spec;
}

export const SECTIONS = {
  problemStatement: sectionFromVocabulary('problem-statement'),
  successMetrics: sectionFromVocabulary('success-metrics'),
  dataRequirements: sectionFromVocabulary('data-requirements'),
  modelArchitecture: sectionFromVocabulary('model-architecture'),
  infrastructureArchitecture: sectionFromVocabulary('infrastructure-architecture'),
  tradeoffAnalysis: sectionFromVocabulary('tradeoff-analysis'),
  riskAssessment: sectionFromVocabulary('risk-assessment'),
  rolloutPlan: sectionFromVocabulary('rollout-plan'),
  constraints: sectionFromVocabulary('constraints'),
  outOfScope: sectionFromVocabulary('out-of-scope'),
  risksAndAlternatives: sectionFromVocabulary('risks-and-alternatives'),
  businessObjective: sectionFromVocabulary('business-objective'),
  featuresSupported: sectionFromVocabulary('features-supported'),
  interviewData: sectionFromVocabulary('data'),
  scale: sectionFromVocabulary('scale'),
  performance: sectionFromVocabulary('performance'),
  privacyEthics: sectionFromVocabulary('privacy-ethics'),
} satisfies Record<string, SectionSpec>;

const S = SECTIONS;

export const BUILT_IN_PROFILES: Record<string, Profile> = {
  full: {
    name: 'full',
    description: 'The complete ML system design document, from problem statement to rollout plan.',
    sections: [S.problemStatement, S.successMetrics, S.dataRequirements, S.modelArchitecture,
      S.infrastructureArchitecture, S.tradeoffAnalysis, S.riskAssessment, S.rolloutPlan],
  },
  requirements: {
    name: 'requirements',
    description: 'The 1-3 page requirements doc written before any code.',
    sections: [S.problemStatement, S.successMetrics, S.constraints, S.outOfScope, S.risksAndAlternatives],
  },
  interview: {
    name: 'interview',
    description: 'The clarifying-requirements frame of an ML system design interview.',
    sections: [S.businessObjective, S.featuresSupported, S.interviewData, S.constraints, S.scale,
      S.performance, S.privacyEthics],
  },
};

export const DEFAULT_PROFILE = 'full';

/** Every section spec a built-in profile uses, by id (custom profiles may name these). */
export const SECTIONS_BY_ID: Record<string, SectionSpec> = Object.fromEntries(
  Object.values(SECTIONS).map((spec) => [spec.id, spec]),
);
