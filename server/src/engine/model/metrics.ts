// Metric vocabulary: offline ML metrics computed from labels, and online / business metrics moved in
// production ([000 §3] "Two ML metrics for every project"). Used by metric-pairing and metric-threshold.
// The names are vocabulary: vocab/en/patterns/metrics.yaml.
import { patternSource } from '../vocab/patterns.js';

/** Offline ML metrics: computable from labelled data before launch. */
export const OFFLINE_METRIC = new RegExp(String.raw`\b(?:` + patternSource('metrics', 'offline') + String.raw`)(?![\w-])`, 'i');

/** Online and business metrics: measured in production or an A/B test. */
export const ONLINE_METRIC = new RegExp(String.raw`\b(?:` + patternSource('metrics', 'online') + String.raw`)(?![\w-])`, 'i');

export function namesOfflineMetric(text: string): string | null {
  return OFFLINE_METRIC.exec(text)?.[0] ?? null;
}

export function namesOnlineMetric(text: string): string | null {
  return ONLINE_METRIC.exec(text)?.[0] ?? null;
}

/** The first metric named in a text, offline or online, with where it starts. */
export function firstMetric(text: string): { name: string; index: number } | null {
  const offline = OFFLINE_METRIC.exec(text);
  const online = ONLINE_METRIC.exec(text);
  const first = [offline, online].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  return first ? { name: first[0], index: first.index } : null;
}
