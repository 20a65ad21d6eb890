// The section catalogue and the built-in profiles. Aliases are written naturally and normalised
// once at load; they were collected from real design docs, RFCs and interview write-ups.
import { normaliseAlias } from './model/headings.js';
import type { Profile, SectionSpec } from './types.js';

function section(id: string, title: string, aliases: string[], prompt: string, paragraphLabels?: string[]): SectionSpec {
  const spec: SectionSpec = { id, title, aliases: [...new Set(aliases.map(normaliseAlias))], prompt };
  if (paragraphLabels) spec.paragraphLabels = paragraphLabels;
  return spec;
}

function withKeywords(spec: SectionSpec, keywords: string[]): SectionSpec {
  return { ...spec, keywords };
}

const PROBLEM_ALIASES = [
  'problem statement', 'problem', 'problem definition', 'problem formulation', 'problem framing',
  'the problem', 'goals', 'goal', 'motivation', 'background', 'overview', 'introduction', 'context',
  'objective', 'objectives', 'business objective', 'business goals', 'business problem', 'purpose',
  'summary', 'abstract', 'executive summary', 'tl;dr', 'why', 'project goals', 'project overview',
  'relevance and reasons', 'relevance',
];
const METRICS_ALIASES = [
  'success metrics', 'metrics', 'success criteria', 'KPIs', 'KPI', 'evaluation', 'evaluation metrics',
  'evaluation plan', 'offline evaluation', 'online evaluation', 'measuring success', 'key results',
  'metrics and evaluation', 'how we measure success', 'model evaluation', 'metric',
];
const DATA_ALIASES = [
  'data requirements', 'data', 'dataset', 'datasets', 'data sets', 'data sources', 'training data',
  'data collection', 'data pipeline', 'data preparation', 'data processing', 'input data',
  'features', 'feature engineering', 'labels', 'labeling', 'labelling', 'data and features',
];
const MODEL_ALIASES = [
  'model architecture', 'model', 'models', 'modeling', 'modelling', 'approach', 'model design',
  'ML model', 'methodology', 'algorithm', 'proposed approach', 'proposed solution', 'solution',
  'model development', 'model training', 'training', 'baseline', 'baselines', 'ML approach',
  'technical approach', 'model selection', 'model choice',
];
const INFRA_ALIASES = [
  'infrastructure architecture', 'infrastructure', 'serving', 'model serving', 'system architecture',
  'architecture', 'system design', 'deployment', 'inference', 'high-level design', 'integration',
  'detailed design', 'technical design', 'proposed design', 'design', 'ML pipeline', 'MLOps',
  'serving architecture', 'production', 'implementation', 'system overview',
];
const TRADEOFF_ALIASES = [
  'trade-off analysis', 'trade-offs', 'tradeoffs', 'trade offs', 'alternatives considered',
  'alternatives', 'alternative approaches', 'alternative solutions', 'alternative designs',
  'design decisions', 'options considered', 'rejected alternatives', 'considered alternatives',
  'pros and cons', 'decision matrix', 'alternatives and trade-offs', 'build or buy', 'build vs buy',
];
const RISK_ALIASES = [
  'risk assessment', 'risks', 'risk', 'risks and mitigations', 'risk analysis', 'failure modes',
  'known risks', 'open risks', 'threats', 'risks and limitations', 'limitations and risks', 'risk management',
];
const ROLLOUT_ALIASES = [
  'rollout plan', 'rollout', 'release plan', 'launch plan', 'release', 'launch', 'deployment plan',
  'rollout strategy', 'deployment strategy', 'launch strategy', 'migration plan', 'phased rollout',
  'rollout and rollback', 'go-live', 'go live plan', 'experimentation plan', 'A/B test plan', 'releases',
  'release cycle', 'pilot', 'pilot plan',
];
const CONSTRAINT_ALIASES = [
  'constraints', 'constraint', 'technical constraints', 'assumptions and constraints',
  'constraints and assumptions', 'non-functional requirements', 'requirements and constraints',
  'system requirements', 'limitations',
];
const OUT_OF_SCOPE_ALIASES = ['out of scope', 'non-goals', 'nongoals', 'non goals', 'anti-goals', 'scope', 'not in scope',
  'what is out of scope', 'exclusions', 'project exclusions'];

export const SECTIONS = {
  problemStatement: section('problem-statement', 'problem statement', PROBLEM_ALIASES,
    'Who is the user, what need does the system address, what is the current pain point, and why now?'),
  successMetrics: withKeywords(section('success-metrics', 'success metrics', METRICS_ALIASES,
    'An offline ML metric and an online business metric, each with a target value agreed before building.'),
  ['success', 'successful', 'kpis']),
  dataRequirements: section('data-requirements', 'data requirements', DATA_ALIASES,
    'Data sources, volume, freshness, labels, the train/validation/test split and known quality issues.'),
  modelArchitecture: section('model-architecture', 'model architecture', MODEL_ALIASES,
    'The model chosen, its inputs and outputs, and why it beats the alternatives under the constraints.'),
  infrastructureArchitecture: section('infrastructure-architecture', 'infrastructure architecture', INFRA_ALIASES,
    'Training pipeline, serving path (batch or online), feature store, monitoring and retraining.'),
  tradeoffAnalysis: section('tradeoff-analysis', 'trade-off analysis', TRADEOFF_ALIASES,
    'The options compared for each decision, the one chosen, and the rationale.'),
  riskAssessment: section('risk-assessment', 'risk assessment', RISK_ALIASES,
    'Each risk with its likelihood, impact (High/Medium/Low) and mitigation.'),
  rolloutPlan: section('rollout-plan', 'rollout plan', ROLLOUT_ALIASES,
    'Phases from offline validation through shadow, canary and full traffic, each with an exit criterion, and a rollback plan with its trigger.'),
  constraints: section('constraints', 'constraints', CONSTRAINT_ALIASES,
    'Latency, scale, cost, compliance and dependency limits the design must respect, with numbers.'),
  outOfScope: section('out-of-scope', 'out of scope', OUT_OF_SCOPE_ALIASES,
    'An explicit list of what this system does not do.', ['Non-goals', 'Out of scope', 'Not in scope']),
  risksAndAlternatives: section('risks-and-alternatives', 'risks and alternatives',
    ['risks and alternatives', ...RISK_ALIASES, ...TRADEOFF_ALIASES],
    'What could kill the project, and what was considered and rejected.'),
  businessObjective: section('business-objective', 'business objective',
    ['business objective', 'business objectives', 'business goal', 'business goals', 'objective', 'objectives',
      'goals', 'goal', 'problem statement', 'problem', 'business problem'],
    'What the company is trying to achieve and which metric defines success.'),
  featuresSupported: section('features-supported', 'features supported / user experience',
    ['features supported', 'features the system supports', 'features', 'user experience', 'UX', 'product features',
      'use cases', 'use case', 'functional requirements', 'user flow', 'user journey', 'user stories'],
    'What users can do with the system and how they meet its predictions.'),
  interviewData: section('data', 'data', DATA_ALIASES,
    'What data exists, how much, whether it is labelled, and how fresh it is.'),
  scale: section('scale', 'scale',
    ['scale', 'scalability', 'scaling', 'traffic', 'capacity', 'scale requirements', 'throughput', 'load'],
    'Daily active users, peak queries per second and total population, with growth.'),
  performance: section('performance', 'performance',
    ['performance', 'latency', 'performance requirements', 'non-functional requirements', 'SLA', 'SLAs',
      'latency requirements', 'speed'],
    'The latency budget (p99 in ms), throughput and the accuracy/speed trade-off.'),
  privacyEthics: section('privacy-ethics', 'privacy and ethics',
    ['privacy and ethics', 'privacy', 'ethics', 'ethical considerations', 'fairness', 'responsible AI',
      'security and privacy', 'privacy and security', 'bias', 'fairness and bias', 'compliance'],
    'Sensitive data and its handling, anonymisation, bias concerns and fairness thresholds.'),
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
