// Metric vocabulary: offline ML metrics computed from labels, and online / business metrics moved in
// production ([000 §3] "Two ML metrics for every project"). Used by metric-pairing and metric-threshold.
// The names are vocabulary: vocab/en/patterns/metrics.yaml.
import { escapeRegExp } from '../text.js';
import { perVocabulary, type WordChanges } from '../vocab/overlay.js';
import { patternSource } from '../vocab/patterns.js';

type MetricKind = 'offline' | 'online';

interface MetricMatcher {
  pattern: RegExp;
  global: RegExp;
  /** Names a config removed (lower-cased): a match of one of them is not a metric. */
  removed: Set<string>;
}

/** A metric name compared with another: case, hyphens and runs of spaces aside. */
const nameKey = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, ' ');

/** A metric name as a pattern: literal, case-insensitive, a space also matching a hyphen or nothing. */
function namePattern(name: string): string {
  return name.trim().split(/[\s-]+/).map(escapeRegExp).join('[- ]?');
}

function matcherFor(kind: MetricKind, changes: WordChanges | undefined): MetricMatcher {
  const added = (changes?.add ?? []).map(namePattern);
  // Added names first: a team's "precision@k for new users" is tried before the built-in "precision@k".
  const source = [...added, patternSource('metrics', kind)].join('|');
  // Whole names in Latin or Cyrillic script (\b knows only Latin letters: "точность" has none).
  const wholeNames = String.raw`(?<![\w\u0400-\u04FF])(?:` + source + String.raw`)(?![\w\u0400-\u04FF-])`;
  return {
    pattern: new RegExp(wholeNames, 'i'),
    global: new RegExp(wholeNames, 'gi'),
    removed: new Set((changes?.remove ?? []).map(nameKey)),
  };
}

const matchers = perVocabulary((overlay) => {
  const offline = matcherFor('offline', overlay?.metrics?.offline);
  const online = matcherFor('online', overlay?.metrics?.online);
  const either = `${offline.pattern.source}|${online.pattern.source}`;
  return {
    offline,
    online,
    any: { pattern: new RegExp(either, 'i'), global: new RegExp(either, 'gi'), removed: new Set([...offline.removed, ...online.removed]) },
    whole: new RegExp(`^(?:${either})$`, 'i'),
  };
});

/** The first metric of a kind named in a text (a name a config removed does not count). */
function findMetric(kind: MetricKind | 'any', text: string): RegExpExecArray | null {
  const { pattern, global, removed } = matchers()[kind];
  if (removed.size === 0) return pattern.exec(text);
  for (const match of text.matchAll(global)) {
    if (!removed.has(nameKey(match[0]))) return match as RegExpExecArray;
  }
  return null;
}

/** Every metric named in a text, offline or online, lower-cased, each once, in order. */
export function metricsNamedIn(text: string): string[] {
  const { global, removed } = matchers().any;
  const names = [...text.matchAll(global)].map((m) => m[0].toLowerCase()).filter((name) => !removed.has(nameKey(name)));
  return [...new Set(names)];
}

/** Whether a text is one metric name, whole ("recall@10", "conversion rate"). */
export function isMetricName(text: string): boolean {
  const { whole, any } = matchers();
  return whole.test(text) && !any.removed.has(nameKey(text));
}

export function namesOfflineMetric(text: string): string | null {
  return findMetric('offline', text)?.[0] ?? null;
}

export function namesOnlineMetric(text: string): string | null {
  return findMetric('online', text)?.[0] ?? null;
}

/** The first metric named in a text, offline or online, with where it starts. */
export function firstMetric(text: string): { name: string; index: number } | null {
  const offline = findMetric('offline', text);
  const online = findMetric('online', text);
  const first = [offline, online].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  return first ? { name: first[0], index: first.index } : null;
}
