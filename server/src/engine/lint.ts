// The engine's one entry point: text + options -> diagnostics. The CLI, the language server and
// the tests all call this function.
import { detectDesignDoc } from './detect.js';
import { ruleDocsUrl } from './docs-url.js';
import { placeSafely } from './fixes.js';
import { LineIndex } from './text.js';
import { engineFinding, prepareDocument, type PreparedDocument } from './guard.js';
import type { DocumentModel } from './model/document.js';
import { guessKind, KIND_NAMES } from './model/kind.js';
import { documentLanguage, languageName } from './model/language.js';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from './profiles.js';
import type { ReportDescriptor, RuleDefinition } from './rules/rule.js';
import { RULES } from './rules/index.js';
import { directiveUsageProblems, parseDirectives, Suppressions } from './suppressions.js';
import { SUPPRESSION_DIRECTIVE } from './rules/suppression-directive.js';
import { own, type Diagnostic, type Fix, type LintConfig, type LintOptions, type LintResult, type Profile, type Range, type Severity } from './types.js';
import { withVocabulary } from './vocab/overlay.js';

interface ProfileChoice {
  profile: Profile;
  /** A problem with the requested profile, reported to the user rather than thrown. */
  problem?: { message: string; range: Range };
}

function chooseProfile(doc: DocumentModel, config: LintConfig, override: string | undefined): ProfileChoice {
  const available: Record<string, Profile> = { ...BUILT_IN_PROFILES, ...config.profiles };
  const fromFrontMatter = doc.frontMatter?.data?.profile;
  const requested = typeof fromFrontMatter === 'string' ? fromFrontMatter : override ?? config.profile ?? DEFAULT_PROFILE;
  const profile = own(available, requested);
  if (profile) return { profile };
  return {
    profile: available[DEFAULT_PROFILE]!,
    problem: {
      message: `Unknown profile "${requested}"; expected one of ${Object.keys(available).join(', ')}. Checked against "${DEFAULT_PROFILE}" instead.`,
      range: doc.frontMatter?.range ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    },
  };
}

/**
 * A draft is expected to be incomplete: missing and empty sections are information there, and
 * errors once the doc is up for review. Config `status` entries replace these per status.
 */
export const DEFAULT_STATUS_SEVERITIES: Record<string, Record<string, Severity>> = {
  draft: { 'required-section': 'info', 'empty-section': 'info' },
  review: { 'required-section': 'error', 'empty-section': 'error' },
};

function ruleSetting(rule: RuleDefinition, config: LintConfig, status: string | null): { severity: Severity | 'off'; options: Record<string, unknown> } {
  const setting = config.rules?.[rule.id];
  let result: { severity: Severity | 'off'; options: Record<string, unknown> };
  if (setting === undefined) result = { severity: rule.defaultSeverity, options: {} };
  else if (Array.isArray(setting)) result = { severity: setting[0], options: setting[1] ?? {} };
  else result = { severity: setting, options: {} };
  // The document's own status adjusts severities of rules left on.
  const byStatus = status ? (own(config.status, status) ?? own(DEFAULT_STATUS_SEVERITIES, status)) : undefined;
  const adjusted = byStatus?.[rule.id];
  if (adjusted && result.severity !== 'off') result.severity = adjusted;
  return result;
}

function documentStatus(doc: DocumentModel): string | null {
  const status = doc.frontMatter?.data?.status;
  return typeof status === 'string' ? status.trim().toLowerCase() : null;
}

function descriptorRange(doc: DocumentModel, descriptor: ReportDescriptor): Range {
  if (descriptor.range) return descriptor.range;
  if (descriptor.offsets) return doc.lines.rangeOf(descriptor.offsets[0], descriptor.offsets[1]);
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
}

/** Fix text in the document's own line endings, so a CRLF or CR file does not get mixed ones. */
function inDocumentLineEndings(fix: Fix, eol: string): Fix {
  return eol === '\n' ? fix : { ...fix, text: fix.text.replace(/\r\n|\n/g, eol) };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column
    || a.ruleId.localeCompare(b.ruleId); // ties keep the order rules reported them in (sort is stable)
}

/** Lints an already-built document model (the language server keeps models between edits). */
export function lintModel(doc: DocumentModel, options: LintOptions = {}, rules: readonly RuleDefinition[] = RULES): LintResult {
  // Detection, the model's lazy facts and every rule read the vocabulary with the config's own words.
  return withVocabulary(options.config?.vocabulary, () => lintWithVocabulary(doc, options, rules));
}

function lintWithVocabulary(doc: DocumentModel, options: LintOptions, rules: readonly RuleDefinition[]): LintResult {
  const config = options.config ?? {};
  const detection = detectDesignDoc(doc, config);
  const choice = chooseProfile(doc, config, options.profileOverride);
  const language = documentLanguage(doc);
  const kind = guessKind(doc, { ...detection.shape, isDesignDoc: detection.isDesignDoc });
  // A template or a guide has a design doc's headings but is not one: found by walking a folder, it
  // is left alone (named on the command line, it is still linted).
  if (detection.isDesignDoc && NOT_DESIGNS.has(kind.kind) && !detection.declared) {
    detection.isDesignDoc = false;
    detection.reason = `it reads as ${KIND_NAMES[kind.kind]} (${kind.reason}), though ${detection.reason}`;
  }
  const linted = detection.isDesignDoc || Boolean(options.force);
  const result: LintResult = {
    linted,
    language: language.language,
    kind: kind.kind,
    kindReason: kind.reason,
    skipped: [],
    isDesignDoc: detection.isDesignDoc,
    detectionReason: detection.reason,
    profile: choice.profile.name,
    diagnostics: [],
  };
  if (!linted) return result;

  doc.activeSections = new Map(choice.profile.sections.map((spec) => [spec.id, spec]));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const suppressions = new Suppressions(parseDirectives(doc.html), today);
  const status = documentStatus(doc);
  const eol = doc.lines.eol;
  const diagnostics: Diagnostic[] = [];
  const ran = new Set<string>();
  if (doc.frontMatter?.error) {
    // Said once, where the YAML goes wrong: otherwise its profile and status would be ignored silently.
    diagnostics.push(engineFinding('front-matter',
      `Invalid front matter: ${doc.frontMatter.error}. Its settings (profile, status) are ignored until it is fixed.`,
      options, doc.lines.clampRange(doc.frontMatter.errorRange ?? doc.frontMatter.range)));
  }
  const emit = (rule: RuleDefinition, severity: Severity, message: string, range: Range, extra: Partial<Diagnostic> = {}) => {
    // Findings about the directives themselves cannot be suppressed by them.
    if (rule.id !== SUPPRESSION_DIRECTIVE && suppressions.isSuppressed(rule.id, range.start.line)) return;
    // Every position inside the text (a finding "at line 1" of a doc whose first line is empty).
    diagnostics.push({ ruleId: rule.id, severity, message, range: doc.lines.clampRange(range), docsUrl: ruleDocsUrl(rule.id, options.docsBaseUrl ?? config.docsBaseUrl), ...extra });
  };

  const skip = (rule: RuleDefinition, reason: string) => {
    if (!result.skipped.some((s) => s.ruleId === rule.id)) result.skipped.push({ ruleId: rule.id, reason });
  };
  for (const rule of rules) {
    const { severity, options: ruleOptions } = ruleSetting(rule, config, status);
    if (severity === 'off') continue;
    if (choice.problem && rule.id === 'required-section') {
      emit(rule, 'error', choice.problem.message, choice.problem.range);
    }
    const languages = rule.scope?.languages;
    if (languages && !languages.includes(language.language)) {
      skip(rule, `the document reads as ${language.name}, and this rule's words exist only in ${languages.map(languageName).join(' and ')}`);
      continue;
    }
    const kinds = rule.scope?.kinds;
    if (kinds && !kinds.includes(kind.kind)) {
      skip(rule, `the document reads as ${KIND_NAMES[kind.kind]} (${kind.reason}); this rule judges ${kinds.map((k) => KIND_NAMES[k]).join(' or ')} only`);
      continue;
    }
    ran.add(rule.id);
    try {
      rule.check({
        doc,
        profile: choice.profile,
        options: ruleOptions,
        language: language.language,
        kind: kind.kind,
        skip: (reason) => skip(rule, reason),
        report(descriptor) {
          const extra: Partial<Diagnostic> = {};
          if (descriptor.fix) {
            const fix = inDocumentLineEndings(placeSafely(doc, descriptor.fix), eol);
            extra.fix = { ...fix, range: doc.lines.clampRange(fix.range) };
          }
          if (descriptor.related) extra.related = descriptor.related.map((r) => ({ ...r, range: doc.lines.clampRange(r.range) }));
          emit(rule, severity, descriptor.message, descriptorRange(doc, descriptor), extra);
        },
      });
    } catch (error) {
      // One broken rule must never take the others down: report it and go on.
      const reason = error instanceof Error ? error.message : String(error);
      emit(rule, 'error', `Internal error in rule "${rule.id}" (the other rules still ran): ${reason}. Please report this with the document.`,
        { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } });
    }
  }
  // Expired and unused directives are known only now that every rule has reported.
  const directiveRule = rules.find((rule) => rule.id === SUPPRESSION_DIRECTIVE);
  if (directiveRule && ran.has(SUPPRESSION_DIRECTIVE)) {
    const { severity } = ruleSetting(directiveRule, config, status);
    if (severity !== 'off') {
      for (const problem of directiveUsageProblems(suppressions, today, ran)) emit(directiveRule, severity, problem.message, problem.range);
    }
  }
  result.diagnostics = diagnostics.sort(compareDiagnostics);
  return result;
}

/** Kinds of document that have a design doc's headings without being one. */
const NOT_DESIGNS = new Set(['template', 'guide']);

/**
 * Lints a prepared document: a document that could not be modelled (too large, too deep, or the
 * parser failed) gets its one finding, whether or not it looks like a design doc.
 */
export function lintPrepared(prepared: PreparedDocument, options: LintOptions = {}): LintResult {
  if (!prepared.failure) return lintModel(prepared.model, options);
  return {
    linted: true,
    language: 'unknown',
    kind: 'unknown',
    kindReason: 'the document could not be read',
    skipped: [],
    isDesignDoc: false,
    detectionReason: 'the document could not be read as Markdown',
    profile: options.profileOverride ?? options.config?.profile ?? DEFAULT_PROFILE,
    diagnostics: [{ ...prepared.failure, range: new LineIndex(prepared.text).clampRange(prepared.failure.range) }],
  };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintPrepared(prepareDocument(text, options), options);
}
