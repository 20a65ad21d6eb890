// Metric vocabulary: offline ML metrics computed from labels, and online / business metrics moved in
// production ([000 §3] "Two ML metrics for every project"). Used by metric-pairing and metric-threshold.

/** Offline ML metrics: computable from labelled data before launch. */
export const OFFLINE_METRIC = new RegExp(String.raw`\b(?:` + [
  String.raw`(?:ROC[- ]?|PR[- ]?)?AUC(?:[- ]?(?:ROC|PR))?`, 'AUPRC', 'AUROC', 'Gini', String.raw`KS(?: statistic)?`,
  String.raw`F1(?:[- ]?score)?`, String.raw`F[- ]?(?:beta|score|measure|0\.5|2)`, String.raw`n?DCG(?:@\s?\d+)?`, 'MRR', 'MAP(?:@\\s?\\d+)?', 'mAP',
  String.raw`precision(?:@\s?\d+| at \d+)?`, String.raw`recall(?:@\s?\d+| at \d+)?`, 'accuracy', 'top-\\d+ accuracy',
  'RMSE', 'RMSLE', 'MSE', 'MAE', 'MAPE', 'sMAPE', 'WAPE', 'WMAPE', 'MASE', 'R2', 'R²', 'R-squared',
  String.raw`log[- ]?loss`, 'cross[- ]entropy', 'Brier(?: score)?', 'calibration(?: error)?', 'ECE',
  'BLEU', 'ROUGE(?:-[L\\d])?', 'METEOR', 'BERTScore', 'perplexity', 'WER', 'CER', 'word error rate', 'IoU', 'mIoU',
  'hit rate', String.raw`hit@\s?\d+`, String.raw`HR@\s?\d+`, 'exact match', 'specificity', 'sensitivity',
  'false positive rate', 'false negative rate', 'true positive rate', 'FPR', 'FNR', 'TPR',
  'pinball loss', 'quantile loss', 'faithfulness', 'groundedness', 'answer relevance', 'coverage@\\d+',
  'N?CE', 'normali[sz]ed cross[- ]entropy', 'agreement rate', 'inter-annotator agreement', "Cohen's kappa", 'kappa',
].join('|') + String.raw`)(?![\w-])`, 'i');

/** Online and business metrics: measured in production or an A/B test. */
export const ONLINE_METRIC = new RegExp(String.raw`\b(?:` + [
  'CTR', 'click[- ]?through(?: rate)?', 'clicks?', 'conversions?(?: rate)?', 'revenue', 'GMV', 'sales', 'profits?', 'margins?',
  'retention', 'churn', 'engagement', 'time (?:spent|saved|on site|on page)', 'watch time', 'dwell time',
  'session (?:length|duration|time)', 'ARPU', 'LTV', 'CLV', 'lifetime value', 'NPS', 'CSAT', 'satisfaction',
  'complaints?', 'user reports?', 'support tickets?', 'handle time', 'resolution rate', 'deflection(?: rate)?',
  'bookings?', 'orders?', 'purchases?', 'basket size', 'add[- ]to[- ]cart', 'sign[- ]?ups?', 'subscriptions?',
  'cost savings?', 'costs?', 'savings', String.raw`(?:fraud |financial |net )?loss(?:es)? in \$`, '(?:fraud|financial|net) loss(?:es)?',
  'chargebacks?', 'write[- ]?offs?', 'stock[- ]?outs?', 'waste', 'approval rate', 'manual reviews?', 'analyst (?:time|hours)',
  'A/B', 'DAU', 'MAU', 'active users', 'uplift', 'incremental',
  '(?:screening|review|processing|handling|turnaround|waiting|wait|resolution|delivery) time', 'time[- ]to[- ]\\w+', 'workload',
  'abandonment', 'bounce rate', 'response rate', 'open rate', 'adoption', 'usage', 'acceptance rate', 'win rate',
].join('|') + String.raw`)(?![\w-])`, 'i');

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
