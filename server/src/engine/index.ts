// The public surface of the pure lint engine.
export { lint, lintModel, lintPrepared, compareDiagnostics, DEFAULT_STATUS_SEVERITIES } from './lint.js';
export { prepareDocument, ENGINE_FINDINGS, DEFAULT_LIMITS, estimateNestingDepth } from './guard.js';
export type { PreparedDocument } from './guard.js';
export { buildDocumentModel } from './model/document.js';
export type { DocumentModel } from './model/document.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export type { RuleDefinition, RuleContext } from './rules/rule.js';
export { BUILT_IN_PROFILES, DEFAULT_PROFILE, SECTIONS_BY_ID } from './profiles.js';
export { ConfigError, parseConfigText, mergeConfigData, toLintConfig } from './config.js';
export type { ConfigFileData, ConfigFormat } from './config.js';
export { ruleDocsUrl, DEFAULT_DOCS_BASE_URL, BUNDLED_DOCS_BASE_URL } from './docs-url.js';
export { selectFixes, applyFixes, fixAll, deletesNoText, FIX_ALL_MAX_PASSES } from './fixes.js';
export type { FixAllOutcome } from './fixes.js';
export { clearParseCache, ParseSession } from './parse.js';
export { LineIndex } from './text.js';
export { planFixAll, placeSafely } from './fixes.js';
export * from './types.js';
