// Config files (.mldoc.json, .mldoc.yaml, the "mldoc" key of package.json): parsing, validation
// with the file, line and key of every error, merging and custom profiles. Reading files and
// walking folders happen outside the engine; this module only sees text.
import * as jsoncModule from 'jsonc-parser';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { normaliseAlias, sectionWords } from './model/headings.js';
import { cuePhrases, isCueName } from './vocab/cues.js';
import type { VocabularyOverlay, WordChanges } from './vocab/overlay.js';
import { patternSource } from './vocab/patterns.js';
import { placeholderWords } from './rules/placeholder-text.js';
import { BUILT_IN_PROFILES, SECTIONS_BY_ID } from './profiles.js';
import { RULES_BY_ID } from './rules/index.js';
import { own, SEVERITIES, type DocumentLimits, type LintConfig, type Profile, type RuleSetting, type SectionSpec, type Severity } from './types.js';

// jsonc-parser ships UMD for Node (its API arrives as the default export) and ESM for bundlers
// (named exports); take whichever this runtime gave us.
const jsonc: typeof jsoncModule = 'parseTree' in jsoncModule
  ? jsoncModule
  : (jsoncModule as unknown as { default: typeof jsoncModule }).default;

export type ConfigFormat = 'json' | 'yaml' | 'package.json';

export interface CustomSectionInput {
  id: string;
  title?: string;
  aliases?: string[];
  prompt?: string;
}

export interface CustomProfileInput {
  description?: string;
  extends?: string;
  sections?: Array<string | CustomSectionInput>;
}

/** The validated content of one config file, before `extends` is followed. */
export interface ConfigFileData {
  profile?: string;
  profiles?: Record<string, CustomProfileInput>;
  rules?: Record<string, RuleSetting>;
  status?: Record<string, Record<string, Severity | 'off'>>;
  include?: string[];
  exclude?: string[];
  extends?: string[];
  limits?: Partial<DocumentLimits>;
  /** Where the rule pages are published (links in findings, SARIF helpUri); default: the pages in the package. */
  docsBaseUrl?: string;
  /** A team's own words added to and removed from the built-in vocabulary. */
  vocabulary?: VocabularyOverlay;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly key: string,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: invalid config at "${key}": ${reason}`);
    this.name = 'ConfigError';
  }
}

const TOP_LEVEL_KEYS = ['profile', 'profiles', 'rules', 'status', 'include', 'exclude', 'extends', 'limits', 'docsBaseUrl', 'vocabulary', '$schema'];
const LIMIT_KEYS: Array<keyof DocumentLimits> = ['maxChars', 'maxLines', 'maxDepth', 'maxEmphasisMarkers'];

type Path = Array<string | number>;

/** Finds where a key path sits in the source, so errors can name a line. */
type Locator = (path: Path) => { line: number; column: number };

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function jsonSource(text: string, file: string, subPath: Path): { value: unknown; locate: Locator } {
  const errors: jsoncModule.ParseError[] = [];
  const tree = jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const at = lineColumn(text, first?.offset ?? 0);
    throw new ConfigError(file, at.line, at.column, subPath.join('.') || '(file)',
      `not valid JSON (${first ? jsonc.printParseErrorCode(first.error) : 'empty file'})`);
  }
  const locate: Locator = (path) => {
    // Point at the key of a property when there is one, else at the value.
    let node = jsonc.findNodeAtLocation(tree, [...subPath, ...path]);
    for (let cut = path.length; !node && cut > 0; cut--) node = jsonc.findNodeAtLocation(tree, [...subPath, ...path.slice(0, cut - 1)]);
    const target = node?.parent?.type === 'property' ? node.parent : node;
    return lineColumn(text, target?.offset ?? 0);
  };
  const root = jsonc.findNodeAtLocation(tree, subPath);
  return { value: root ? jsonc.getNodeValue(root) : undefined, locate };
}

function yamlSource(text: string, file: string): { value: unknown; locate: Locator } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const at = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(file, at.line, at.col, '(file)', `not valid YAML (${error.message.split('\n')[0]})`);
  }
  const locate: Locator = (path) => {
    for (let cut = path.length; cut >= 0; cut--) {
      const prefix = path.slice(0, cut);
      if (prefix.length > 0) {
        const parent = prefix.length > 1 ? doc.getIn(prefix.slice(0, -1), true) : doc.contents;
        const last = prefix[prefix.length - 1];
        if (isMap(parent)) {
          const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === last);
          const keyNode = pair?.key as YamlNode | undefined;
          if (keyNode?.range) {
            const at = lineCounter.linePos(keyNode.range[0]);
            return { line: at.line, column: at.col };
          }
        } else if (isSeq(parent) && typeof last === 'number') {
          const item = parent.items[last] as YamlNode | undefined;
          if (item?.range) {
            const at = lineCounter.linePos(item.range[0]);
            return { line: at.line, column: at.col };
          }
        }
      }
    }
    return { line: 1, column: 1 };
  };
  let value: unknown;
  try {
    // Alias limits: a "billion laughs" config is an error naming the file, not a crash or a hang.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(file, 1, 1, '(file)', `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return { value, locate };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, fail: (reason: string) => never): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return fail('expected a string or a list of strings');
}

/** Parses and validates one config file's text. Throws ConfigError naming file, line and key. */
export function parseConfigText(text: string, file: string, format: ConfigFormat): ConfigFileData {
  const source = format === 'yaml' ? yamlSource(text, file)
    : jsonSource(text, file, format === 'package.json' ? ['mldoc'] : []);
  return validateConfig(source.value ?? {}, file, source.locate);
}

function validateConfig(value: unknown, file: string, locate: Locator): ConfigFileData {
  const fail = (path: Path, reason: string): never => {
    const at = locate(path);
    throw new ConfigError(file, at.line, at.column, path.join('.') || '(file)', reason);
  };
  if (!isRecord(value)) return fail([], 'the config must be an object of keys to values');
  const config: ConfigFileData = {};
  for (const [key, entry] of Object.entries(value)) {
    const at = (reason: string, ...rest: Path): never => fail([key, ...rest], reason);
    switch (key) {
      case '$schema':
        break;
      case 'profile':
        if (typeof entry !== 'string') at('expected a profile name');
        config.profile = entry as string;
        break;
      case 'docsBaseUrl':
        if (typeof entry !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(entry)) at('expected an absolute URL where the rule pages are published, e.g. "https://docs.example.com/mldoc-lint/rules/"');
        config.docsBaseUrl = entry as string;
        break;
      case 'include':
      case 'exclude':
        config[key] = stringList(entry, (reason) => at(reason));
        break;
      case 'extends':
        config.extends = stringList(entry, (reason) => at(reason));
        break;
      case 'rules':
        config.rules = validateRules(entry, (reason, ...rest) => at(reason, ...rest));
        break;
      case 'profiles':
        config.profiles = validateProfiles(entry, (reason, ...rest) => at(reason, ...rest));
        break;
      case 'status':
        config.status = validateStatus(entry, (reason, ...rest) => at(reason, ...rest));
        break;
      case 'limits':
        config.limits = validateLimits(entry, (reason, ...rest) => at(reason, ...rest));
        break;
      case 'vocabulary':
        config.vocabulary = validateVocabulary(entry, (reason, ...rest) => at(reason, ...rest));
        break;
      default:
        at(`unknown key; expected one of ${TOP_LEVEL_KEYS.filter((k) => k !== '$schema').join(', ')}`);
    }
  }
  const known = new Set([...Object.keys(BUILT_IN_PROFILES), ...Object.keys(config.profiles ?? {})]);
  for (const [name, profile] of Object.entries(config.profiles ?? {})) {
    if (profile.extends && !known.has(profile.extends)) {
      fail(['profiles', name, 'extends'], `unknown profile "${profile.extends}"; expected one of ${[...known].join(', ')}`);
    }
    // Follow the extends chain; coming back to this profile is a cycle.
    const chain = [name];
    for (let next = profile.extends; next && own(config.profiles, next); next = own(config.profiles, next)!.extends) {
      if (chain.includes(next)) fail(['profiles', name, 'extends'], `profiles extend each other in a cycle: ${[...chain, next].join(' -> ')}`);
      chain.push(next);
    }
  }
  return config;
}

function validateRules(value: unknown, fail: (reason: string, ...path: Path) => never): Record<string, RuleSetting> {
  if (!isRecord(value)) return fail('expected an object of rule ids to settings');
  const rules: Record<string, RuleSetting> = {};
  const severityWords = `"off", ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`;
  for (const [id, setting] of Object.entries(value)) {
    if (!RULES_BY_ID.has(id)) fail(`unknown rule "${id}"`, id);
    if (setting === false) rules[id] = 'off';
    else if (setting === true) rules[id] = RULES_BY_ID.get(id)!.defaultSeverity;
    else if (setting === 'off' || SEVERITIES.includes(setting as Severity)) rules[id] = setting as RuleSetting;
    else if (Array.isArray(setting)) {
      const [severity, options] = setting as unknown[];
      if (severity !== 'off' && !SEVERITIES.includes(severity as Severity)) fail(`expected ${severityWords}`, id, 0);
      if (options !== undefined && !isRecord(options)) fail('rule options must be an object', id, 1);
      // No rule reads options yet: accepting them would ignore them silently.
      if (isRecord(options) && Object.keys(options).length > 0) {
        fail(`rule "${id}" takes no options (got ${Object.keys(options).map((k) => `"${k}"`).join(', ')}); use "${id}": "${String(severity)}"`, id, 1, Object.keys(options)[0]!);
      }
      rules[id] = [severity as Severity | 'off', (options ?? {}) as Record<string, unknown>];
    } else fail(`expected ${severityWords}, true, false or [severity, options]`, id);
  }
  return rules;
}

function validateLimits(value: unknown, fail: (reason: string, ...path: Path) => never): Partial<DocumentLimits> {
  if (!isRecord(value)) return fail(`expected an object with ${LIMIT_KEYS.join(', ')}`);
  const limits: Partial<DocumentLimits> = {};
  for (const [key, limit] of Object.entries(value)) {
    if (!(LIMIT_KEYS as string[]).includes(key)) fail(`unknown limit; expected ${LIMIT_KEYS.join(', ')}`, key);
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) fail('expected a whole number of at least 1', key);
    limits[key as keyof DocumentLimits] = limit as number;
  }
  return limits;
}

/** Lists words for an error message, the first few of a long list. */
function wordList(words: Iterable<string>): string {
  const all = [...new Set(words)];
  const shown = all.slice(0, 12).map((w) => `"${w}"`).join(', ');
  return all.length > 12 ? `${shown} and ${all.length - 12} more` : shown;
}

/**
 * One entry's `add` and `remove`. A word to remove must be one the entry has (`has`): removing a word
 * that is not there would do nothing, silently, and a typo would go unnoticed.
 */
function validateWordChanges(value: unknown, fail: (reason: string, ...path: Path) => never, entry: string,
  has: (word: string) => boolean, known: () => Iterable<string>): WordChanges {
  if (!isRecord(value)) return fail('expected an object with "add" and/or "remove" (lists of words)');
  const changes: WordChanges = {};
  for (const [key, words] of Object.entries(value)) {
    if (key !== 'add' && key !== 'remove') fail('unknown key; expected add or remove', key);
    const list = stringList(words, (reason) => fail(reason, key));
    list.forEach((word, index) => {
      if (word.trim() === '') fail('expected a word or phrase, not an empty string', key, index);
      if (key === 'remove' && !has(word)) fail(`"${word}" is not a word of ${entry}, so it cannot be removed; its words are ${wordList(known())}`, key, index);
    });
    changes[key as 'add' | 'remove'] = list;
  }
  return changes;
}

const VOCABULARY_GROUPS = ['sections', 'cues', 'metrics', 'placeholders'];

function validateVocabulary(value: unknown, fail: (reason: string, ...path: Path) => never): VocabularyOverlay {
  if (!isRecord(value)) return fail(`expected an object with ${VOCABULARY_GROUPS.join(', ')}`);
  const overlay: VocabularyOverlay = {};
  for (const [group, entries] of Object.entries(value)) {
    if (!VOCABULARY_GROUPS.includes(group)) fail(`unknown vocabulary group; expected one of ${VOCABULARY_GROUPS.join(', ')}`, group);
    if (!isRecord(entries)) fail('expected an object of entries to their "add" and "remove" lists', group);
    const changesOf = (name: string, entry: string, has: (word: string) => boolean, known: () => Iterable<string>) =>
      validateWordChanges((entries as Record<string, unknown>)[name], (reason, ...rest) => fail(reason, group, name, ...rest), entry, has, known);
    const names = Object.keys(entries as Record<string, unknown>);
    if (group === 'sections') {
      overlay.sections = {};
      for (const id of names) {
        const spec = own(SECTIONS_BY_ID, id);
        if (!spec) fail(`unknown section "${id}"; built-in sections are ${Object.keys(SECTIONS_BY_ID).join(', ')} (a custom section takes its words as "aliases" in "profiles")`, group, id);
        const words = sectionWords(spec!);
        overlay.sections[id] = changesOf(id, `section "${id}"`, (word) => words.has(normaliseAlias(word)), () => words);
      }
    } else if (group === 'cues') {
      overlay.cues = {};
      for (const name of names) {
        if (!isCueName(name)) fail(`unknown cue "${name}"; the cues are listed in the vocabulary README (vocab/README.md)`, group, name);
        const phrases = cuePhrases(name, undefined);
        overlay.cues[name] = changesOf(name, `cue "${name}"`, (word) => phrases.includes(word.trim().toLowerCase()), () => phrases);
      }
    } else if (group === 'metrics') {
      overlay.metrics = {};
      for (const kind of names) {
        if (kind !== 'offline' && kind !== 'online') fail('unknown metric kind; expected offline or online', group, kind);
        const builtIn = new RegExp(`^(?:${patternSource('metrics', kind)})$`, 'i');
        overlay.metrics[kind as 'offline'] = changesOf(kind, `the built-in ${kind} metric names`, (word) => builtIn.test(word.trim()),
          () => [kind === 'offline' ? 'accuracy, recall, precision, F1, AUC, NDCG, MAPE, …' : 'CTR, revenue, conversion rate, retention, …']);
      }
    } else {
      overlay.placeholders = {};
      for (const kind of names) {
        if (kind !== 'markers' && kind !== 'phrases') fail('unknown placeholder kind; expected markers or phrases', group, kind);
        const words = placeholderWords(kind as 'markers');
        const lower = new Set(words.map((w) => w.toLowerCase()));
        overlay.placeholders[kind as 'markers'] = changesOf(kind, `placeholder ${kind}`, (word) => lower.has(word.trim().toLowerCase()), () => words);
      }
    }
  }
  return overlay;
}

function validateStatus(value: unknown, fail: (reason: string, ...path: Path) => never): Record<string, Record<string, Severity | 'off'>> {
  if (!isRecord(value)) return fail('expected an object of document statuses (draft, review…) to rule severities');
  const statuses: Record<string, Record<string, Severity | 'off'>> = {};
  for (const [status, rules] of Object.entries(value)) {
    if (!isRecord(rules)) fail('expected an object of rule ids to severities', status);
    statuses[status.toLowerCase()] = {};
    for (const [id, severity] of Object.entries(rules as Record<string, unknown>)) {
      if (!RULES_BY_ID.has(id)) fail(`unknown rule "${id}"`, status, id);
      if (severity !== 'off' && !SEVERITIES.includes(severity as Severity)) fail('expected "off", "error", "warning" or "info"', status, id);
      statuses[status.toLowerCase()]![id] = severity as Severity | 'off';
    }
  }
  return statuses;
}

function validateProfiles(value: unknown, fail: (reason: string, ...path: Path) => never): Record<string, CustomProfileInput> {
  if (!isRecord(value)) return fail('expected an object of profile names to profiles');
  const profiles: Record<string, CustomProfileInput> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (!isRecord(raw)) fail('expected an object with "sections" (and optionally "extends", "description")', name);
    const profile = raw as Record<string, unknown>;
    for (const key of Object.keys(profile)) {
      if (!['description', 'extends', 'sections'].includes(key)) fail('unknown key; expected description, extends or sections', name, key);
    }
    if (profile.description !== undefined && typeof profile.description !== 'string') fail('expected a string', name, 'description');
    if (profile.extends !== undefined && typeof profile.extends !== 'string') fail('expected a profile name', name, 'extends');
    if (profile.sections === undefined && profile.extends === undefined) fail('a profile needs "sections" or "extends"', name);
    const sections: Array<string | CustomSectionInput> = [];
    if (profile.sections !== undefined) {
      if (!Array.isArray(profile.sections)) fail('expected a list of section ids or section objects', name, 'sections');
      (profile.sections as unknown[]).forEach((entry, index) => {
        if (typeof entry === 'string') {
          if (!own(SECTIONS_BY_ID, entry)) fail(`unknown section "${entry}"; built-in sections are ${Object.keys(SECTIONS_BY_ID).join(', ')}`, name, 'sections', index);
          sections.push(entry);
          return;
        }
        if (!isRecord(entry) || typeof entry.id !== 'string') fail('expected a section id or an object with an "id"', name, 'sections', index);
        const section = entry as Record<string, unknown>;
        const builtIn = own(SECTIONS_BY_ID, section.id as string);
        if (section.aliases !== undefined && !(Array.isArray(section.aliases) && section.aliases.every((a) => typeof a === 'string'))) {
          fail('expected a list of strings', name, 'sections', index, 'aliases');
        }
        if (!builtIn && (typeof section.title !== 'string' || !Array.isArray(section.aliases) || section.aliases.length === 0)) {
          fail('a new section needs a "title" and at least one alias', name, 'sections', index);
        }
        sections.push(section as unknown as CustomSectionInput);
      });
    }
    profiles[name] = {
      ...(profile.description !== undefined ? { description: profile.description as string } : {}),
      ...(profile.extends !== undefined ? { extends: profile.extends as string } : {}),
      ...(profile.sections !== undefined ? { sections } : {}),
    };
  }
  return profiles;
}

/** Later configs win: scalar keys are replaced, rules and profiles are merged key by key. */
export function mergeConfigData(base: ConfigFileData, override: ConfigFileData): ConfigFileData {
  const merged: ConfigFileData = { ...base, ...override };
  if (base.rules || override.rules) merged.rules = { ...base.rules, ...override.rules };
  if (base.profiles || override.profiles) merged.profiles = { ...base.profiles, ...override.profiles };
  if (base.status || override.status) merged.status = { ...base.status, ...override.status };
  if (base.limits || override.limits) merged.limits = { ...base.limits, ...override.limits };
  if (base.vocabulary || override.vocabulary) merged.vocabulary = mergeVocabulary(base.vocabulary ?? {}, override.vocabulary ?? {});
  delete merged.extends;
  return merged;
}

/** A config that extends another keeps the other's word changes and adds its own (lists are joined). */
function mergeVocabulary(base: VocabularyOverlay, override: VocabularyOverlay): VocabularyOverlay {
  const joinChanges = (earlier: WordChanges | undefined, later: WordChanges | undefined): WordChanges => {
    // The later config wins over a word both name: its "add" undoes an earlier "remove", and back.
    const named = (words: string[] | undefined) => new Set((words ?? []).map((w) => w.trim().toLowerCase()));
    const laterAdds = named(later?.add);
    const laterRemoves = named(later?.remove);
    const add = [...(earlier?.add ?? []).filter((w) => !laterRemoves.has(w.trim().toLowerCase())), ...(later?.add ?? [])];
    const remove = [...(earlier?.remove ?? []).filter((w) => !laterAdds.has(w.trim().toLowerCase())), ...(later?.remove ?? [])];
    const joined: WordChanges = {};
    if (add.length) joined.add = add;
    if (remove.length) joined.remove = remove;
    return joined;
  };
  const joinGroup = <K extends string>(a: Partial<Record<K, WordChanges>> | undefined, b: Partial<Record<K, WordChanges>> | undefined) => {
    const names = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]) as Set<K>;
    return Object.fromEntries([...names].map((name) => [name, joinChanges(a?.[name], b?.[name])])) as Record<K, WordChanges>;
  };
  const merged: VocabularyOverlay = {};
  if (base.sections || override.sections) merged.sections = joinGroup(base.sections, override.sections);
  if (base.cues || override.cues) merged.cues = joinGroup(base.cues, override.cues);
  if (base.metrics || override.metrics) merged.metrics = joinGroup(base.metrics, override.metrics);
  if (base.placeholders || override.placeholders) merged.placeholders = joinGroup(base.placeholders, override.placeholders);
  return merged;
}

function toSectionSpec(input: string | CustomSectionInput): SectionSpec {
  if (typeof input === 'string') return own(SECTIONS_BY_ID, input)!;
  const builtIn = own(SECTIONS_BY_ID, input.id);
  const aliases = [...(builtIn?.aliases ?? []), ...(input.aliases ?? []).map(normaliseAlias)];
  // Built-in words (exact aliases, keywords, labels) stay: a custom alias adds to them.
  const spec: SectionSpec = { ...builtIn, id: input.id, title: input.title ?? builtIn!.title, aliases: [...new Set(aliases)] };
  const prompt = input.prompt ?? builtIn?.prompt;
  if (prompt) spec.prompt = prompt;
  if (builtIn?.paragraphLabels) spec.paragraphLabels = builtIn.paragraphLabels;
  if (builtIn?.keywords) spec.keywords = builtIn.keywords;
  return spec;
}

/** Turns custom profile inputs into profiles; `extends` takes the parent's sections first. */
export function resolveProfiles(inputs: Record<string, CustomProfileInput> = {}): Record<string, Profile> {
  const resolved: Record<string, Profile> = {};
  const resolve = (name: string, seen: string[]): Profile => {
    const done = own(resolved, name);
    if (done) return done;
    const input = own(inputs, name);
    if (!input) return own(BUILT_IN_PROFILES, name)!;
    if (seen.includes(name)) throw new Error(`profile "${name}" extends itself through ${seen.join(' -> ')}`);
    const parent = input.extends ? resolve(input.extends, [...seen, name]) : null;
    const ownSections = (input.sections ?? []).map(toSectionSpec);
    const sections = [...(parent?.sections ?? []).filter((s) => !ownSections.some((o) => o.id === s.id)), ...ownSections];
    // A section that only adds aliases to an inherited one keeps the inherited place in the order.
    const ordered = parent
      ? [...parent.sections.map((s) => ownSections.find((o) => o.id === s.id) ?? s), ...ownSections.filter((o) => !parent.sections.some((s) => s.id === o.id))]
      : sections;
    const profile: Profile = { name, description: input.description ?? `Custom profile "${name}"`, sections: ordered };
    resolved[name] = profile;
    return profile;
  };
  for (const name of Object.keys(inputs)) resolve(name, []);
  return resolved;
}

/** The engine's view of a merged config file. */
export function toLintConfig(data: ConfigFileData): LintConfig {
  const config: LintConfig = {};
  if (data.profile) config.profile = data.profile;
  if (data.rules) config.rules = data.rules;
  if (data.status) config.status = data.status;
  if (data.limits) config.limits = data.limits;
  if (data.docsBaseUrl) config.docsBaseUrl = data.docsBaseUrl;
  if (data.profiles) config.profiles = resolveProfiles(data.profiles);
  if (data.vocabulary) config.vocabulary = data.vocabulary;
  return config;
}
