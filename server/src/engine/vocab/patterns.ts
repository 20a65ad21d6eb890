// Word patterns from vocab/<language>/patterns/<module>.yaml as regular expressions: the words a rule or
// a model reads with ("drops below", "shadow mode", "requests per second") that the phrase notation of
// cues.yaml cannot say, kept as data with their proof examples instead of as regex literals in code.
import { VOCABULARY_DATA } from './data.generated.js';
import type { NamedPattern } from './types.js';

/** The entries of one named pattern, one per language that has it. */
function entriesOf(group: string, name: string): NamedPattern[] {
  const entries = Object.values(VOCABULARY_DATA).flatMap((data) => {
    const entry = data.patterns?.[group]?.[name];
    return entry ? [entry] : [];
  });
  if (entries.length === 0) throw new Error(`vocabulary has no pattern ${group}/${name}`);
  const sensitive = new Set(entries.map((entry) => entry.caseSensitive === true));
  if (sensitive.size > 1) throw new Error(`pattern ${group}/${name} is case-sensitive in one language and not in another`);
  return entries;
}

/** An entry's source: its pattern, or its list of alternatives joined. */
function sourceOf(entry: NamedPattern): string {
  return Array.isArray(entry.pattern) ? entry.pattern.join('|') : entry.pattern;
}

/**
 * One entry's pattern as a regular expression (case-insensitive unless it says otherwise); a fragment
 * as a whole phrase, from start to end.
 */
export function compileEntry(entry: NamedPattern, flags = ''): RegExp {
  const source = entry.fragment ? `^(?:${sourceOf(entry)})$` : sourceOf(entry);
  return new RegExp(source, entry.caseSensitive ? flags : `${flags}i`);
}

/**
 * The source of a named pattern, every language's entry joined as alternatives (a single entry stays as
 * written, so its groups keep their numbers). To splice into a larger pattern, wrap it in `(?:…)`.
 */
export function patternSource(group: string, name: string): string {
  const entries = entriesOf(group, name);
  return entries.length === 1 ? sourceOf(entries[0]!) : entries.map((entry) => `(?:${sourceOf(entry)})`).join('|');
}

/** Whether a named pattern is matched case-sensitively (its entries say `caseSensitive: true`). */
export function isCaseSensitive(group: string, name: string): boolean {
  return entriesOf(group, name)[0]!.caseSensitive === true;
}

/**
 * A named pattern as a regular expression with the given flags ("g", "u", …); "i" is added unless the
 * pattern is case-sensitive. Call it once at module load, never per call.
 */
export function vocabPattern(group: string, name: string, flags = ''): RegExp {
  return new RegExp(patternSource(group, name), isCaseSensitive(group, name) ? flags : `${flags}i`);
}

/** What each word of a named pattern stands for (its `means`, merged over the languages that have it). */
export function patternMeanings<T extends string | number>(group: string, name: string): Record<string, T> {
  return Object.assign({}, ...entriesOf(group, name).map((entry) => entry.means ?? {})) as Record<string, T>;
}
