// The registry of rules, in the order they are documented. Retired ids stay here as comments so
// they are never reused.
import { degradationThresholds } from './degradation-thresholds.js';
import { documentLanguageRule } from './document-language.js';
import { emptySection } from './empty-section.js';
import { fpFnCostTable } from './fp-fn-cost-table.js';
import { fairnessThreshold } from './fairness-threshold.js';
import { latencyBudgetSum } from './latency-budget-sum.js';
import { latencyServingMismatch } from './latency-serving-mismatch.js';
import { latencyUnquantified } from './latency-unquantified.js';
import { metricPairing } from './metric-pairing.js';
import { metricTaskMismatch } from './metric-task-mismatch.js';
import { metricThreshold } from './metric-threshold.js';
import { objectiveWeights } from './objective-weights.js';
import { ownership } from './ownership.js';
import { placeholderText } from './placeholder-text.js';
import { privacy } from './privacy.js';
import { requiredSection } from './required-section.js';
import { riskTable } from './risk-table.js';
import { rollbackPlan } from './rollback-plan.js';
import { rolloutPhases } from './rollout-phases.js';
import type { RuleDefinition } from './rule.js';
import { scaleNumbers } from './scale-numbers.js';
import { splitLeakage } from './split-leakage.js';
import { tradeoffTable } from './tradeoff-table.js';

export const RULES: readonly RuleDefinition[] = [
  // Structure
  requiredSection,
  emptySection,
  placeholderText,
  documentLanguageRule,
  // Numbers that must be there
  scaleNumbers,
  metricThreshold,
  metricPairing,
  latencyUnquantified,
  fairnessThreshold,
  privacy,
  ownership,
  fpFnCostTable,
  // Numbers that must agree
  latencyServingMismatch,
  latencyBudgetSum,
  objectiveWeights,
  degradationThresholds,
  rolloutPhases,
  // Judgement calls the seeds make explicit
  rollbackPlan,
  tradeoffTable,
  riskTable,
  metricTaskMismatch,
  splitLeakage,
];

export const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.id, rule]));
