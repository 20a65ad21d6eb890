// Design-doc detection: which Markdown files mldoc lints when it finds them by walking a folder.
import type { DocumentModel, HeadingInfo } from './model/document.js';
import { headingMatchesSection } from './model/headings.js';
import { sectionHeadings } from './model/sections.js';
import { BUILT_IN_PROFILES } from './profiles.js';
import type { LintConfig } from './types.js';
import { vocabPattern } from './vocab/patterns.js';

export interface Detection {
  isDesignDoc: boolean;
  reason: string;
  /** True when front matter or a config include glob says so (no guess overrides that). */
  declared?: boolean;
  /** Section names of other kinds of document its headings carry (for the kind of document). */
  shape: { modelCardSections: string[]; readmeSections: string[]; rfcSections: string[] };
}

/** Sections of a project README; two of them mean the file documents a library, not a design. */
const README_SECTIONS = [
  'installation', 'install', 'installing', 'usage', 'getting started', 'quick start', 'quickstart',
  'contributing', 'license', 'licence', 'citation', 'citing', 'api reference', 'building from source',
];

/** Sections of a model card: documentation of a released model, not the design of a system. */
const MODEL_CARD_SECTIONS = [
  'model details', 'model card', 'intended use', 'intended uses', 'model use', 'model date', 'model version',
  'out of scope use cases', 'how to get started with the model', 'training details', 'environmental impact',
  'bias risks and limitations', 'model card authors', 'model card contact', 'broader implications',
];
/** Sections typical of a software RFC template; such a doc needs more ML sections to count. */
const RFC_SECTIONS = [
  'drawbacks', 'unresolved questions', 'prior art', 'compatibility', 'backwards compatibility',
  'graduation criteria', 'test plan', 'implementation history', 'user benefit', 'engineering impact',
  'performance implications', 'questions and discussion topics', 'design proposal', 'detailed design',
  'how we teach this', 'future work', 'future possibilities', 'platforms and environments', 'best practices',
  'tutorials and examples', 'upgrade and migration', 'dependencies', 'proposal', 'stewardship',
  'required reviewers', 'shepherd of the proposal', 'test plan and acceptance criteria',
  'compatibility deprecation and migration plan', 'user facing api changes', 'developer api changes',
];

/** Names from `names` that some heading equals or starts with. */
function headingsNamed(headings: HeadingInfo[], names: string[]): string[] {
  // A name a heading equals or starts with is one of the heading's prefixes that end before a space.
  const prefixes = new Set<string>();
  for (const { normalised } of headings) {
    prefixes.add(normalised);
    for (let at = normalised.indexOf(' '); at !== -1; at = normalised.indexOf(' ', at + 1)) prefixes.add(normalised.slice(0, at));
  }
  return names.filter((name) => prefixes.has(name));
}
/** Sections that only an ML system design names; generic ones (overview, design, alternatives) do not tell. */
const ML_SPECIFIC_SECTIONS = new Set([
  'success-metrics', 'data-requirements', 'model-architecture', 'rollout-plan', 'risk-assessment',
  'scale', 'performance', 'privacy-ethics', 'data', 'features-supported',
]);

export const MIN_MATCHED_SECTIONS = 3;

/** Words of ML system design (not of ML libraries): a doc with two matched sections and these reads as one. */
const ML_DESIGN_TERMS: Array<[string, RegExp]> = ([
  ['precision', 'precision'], ['recall', 'recall'], ['AUC', 'auc'], ['F1', 'f1'], ['NDCG', 'ndcg'],
  ['false positives', 'false-positives'], ['false negatives', 'false-negatives'],
  ['percentile latency', 'percentile-latency'], ['QPS', 'qps'], ['DAU', 'dau'], ['A/B test', 'a-b-test'],
  ['drift', 'drift'], ['retraining', 'retraining'], ['feature store', 'feature-store'],
  ['baseline', 'baseline'], ['canary', 'canary'], ['shadow mode', 'shadow-mode'], ['rollback', 'rollback'],
  ['ground truth', 'ground-truth'], ['labels', 'labels'], ['churn', 'churn'], ['conversion', 'conversion'],
  ['CTR', 'ctr'],
] as const).map(([name, id]): [string, RegExp] => [name, vocabPattern('detect', id)]);
export const MIN_ML_TERMS = 6;

function mlDesignTerms(doc: DocumentModel): string[] {
  const prose = doc.blocks.map((b) => b.text).join('\n');
  return ML_DESIGN_TERMS.filter(([, pattern]) => pattern.test(prose)).map(([name]) => name);
}

export function detectDesignDoc(doc: DocumentModel, config: LintConfig): Detection {
  const headings = sectionHeadings(doc);
  const shape = {
    modelCardSections: headingsNamed(headings, MODEL_CARD_SECTIONS),
    readmeSections: headingsNamed(headings, README_SECTIONS),
    rfcSections: headingsNamed(headings, RFC_SECTIONS),
  };
  const result = detect(doc, config, headings, shape);
  const declared = /^(front matter|a config include)/.test(result.reason);
  return { ...result, declared, shape };
}

function detect(doc: DocumentModel, config: LintConfig, headings: HeadingInfo[], shape: Detection['shape']): Omit<Detection, 'shape'> {
  const data = doc.frontMatter?.data;
  if (data?.mldoc === true) return { isDesignDoc: true, reason: 'front matter says mldoc: true' };
  if (data?.mldoc === false) return { isDesignDoc: false, reason: 'front matter says mldoc: false' };
  if (typeof data?.profile === 'string') return { isDesignDoc: true, reason: `front matter names profile "${data.profile}"` };
  if (config.includedByConfig) return { isDesignDoc: true, reason: 'a config include glob matches it' };

  const readmeHits = shape.readmeSections;
  if (readmeHits.length >= 2) {
    return { isDesignDoc: false, reason: `it reads as a project README (sections: ${readmeHits.join(', ')})` };
  }
  const modelCardHits = shape.modelCardSections;
  if (modelCardHits.length >= 2) {
    return { isDesignDoc: false, reason: `it reads as a model card (sections: ${modelCardHits.join(', ')})` };
  }
  const rfcHits = shape.rfcSections;
  // A doc shaped like a software RFC counts only when its ML sections alone reach the bar.
  const minSpecific = rfcHits.length >= 2 ? MIN_MATCHED_SECTIONS : 2;
  let best = { profile: 'full', matched: [] as string[], specific: 0 };
  for (const profile of Object.values(BUILT_IN_PROFILES)) {
    const specs = profile.sections.filter((spec) => headings.some((h) => headingMatchesSection(h.normalised, spec)));
    const specific = specs.filter((spec) => ML_SPECIFIC_SECTIONS.has(spec.id)).length;
    if (specs.length > best.matched.length || (specs.length === best.matched.length && specific > best.specific)) {
      best = { profile: profile.name, matched: specs.map((spec) => spec.title), specific };
    }
  }
  if (best.matched.length >= MIN_MATCHED_SECTIONS && best.specific < minSpecific) {
    const shape = rfcHits.length >= 2 ? `it reads as a software RFC (sections: ${rfcHits.join(', ')}) and ` : '';
    return {
      isDesignDoc: false,
      reason: `${shape}only ${best.specific} of its matched sections are ML-specific (${best.matched.join(', ')}); ${minSpecific} are needed`,
    };
  }
  if (best.matched.length >= MIN_MATCHED_SECTIONS) {
    return { isDesignDoc: true, reason: `its headings match ${best.matched.length} sections of profile "${best.profile}" (${best.matched.join(', ')})` };
  }
  if (best.matched.length === MIN_MATCHED_SECTIONS - 1 && rfcHits.length < 2) {
    const terms = mlDesignTerms(doc);
    if (terms.length >= MIN_ML_TERMS) {
      return { isDesignDoc: true, reason: `its headings match ${best.matched.join(', ')} and its text speaks of ${terms.slice(0, 6).join(', ')}` };
    }
  }
  return {
    isDesignDoc: false,
    reason: best.matched.length
      ? `its headings match only ${best.matched.length} of the ${MIN_MATCHED_SECTIONS} sections needed (${best.matched.join(', ')})`
      : 'no heading matches a design-doc section',
  };
}
