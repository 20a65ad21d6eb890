// Seeded document generation and mutation for the fuzzing suite (`npm run fuzz`) and the property
// tests: corpus documents (read at run time, never stored here) and generated Markdown, bent in the
// ways real editing and hostile input bend them.

/** A small seeded PRNG (mulberry32): the same seed gives the same documents on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const between = (rand: Random, low: number, high: number) => low + Math.floor(rand() * (high - low + 1));

const HEADINGS = [
  'Problem statement', 'Success metrics', 'Data requirements', 'Model architecture', 'Infrastructure architecture',
  'Trade-off analysis', 'Risk assessment', 'Rollout plan', 'Rollback plan', 'Serving', 'Latency budget', 'Constraints',
  'Out of scope', 'Risks and alternatives', 'Privacy', 'Fairness', 'Ownership', 'Monitoring', 'Appendix',
];
const SENTENCES = [
  'Scoring must have low latency.', 'p99 latency under 120 ms at 900 requests per second.', 'Recall at 1% FPR ≥ 0.8.',
  'Fraud loss down 30%.', 'TBD', '[p99 in ms]', 'We retrain weekly on 2M labelled rows.', 'Roll back if error rate > 1% for 10 minutes.',
  'The model is fast and accurate.', 'Shadow for two weeks, then 5% and 100% of traffic.', 'Owned by the Risk team, on call 24/7.',
  'Weights: recall 70%, precision 40%.', 'A false positive blocks a good customer; a false negative costs $120.',
  'Train/test split by user id; no leakage from the future.', 'Approval rate gap between groups at most 2 points, checked monthly.',
];

function paragraph(rand: Random): string {
  return Array.from({ length: between(rand, 1, 4) }, () => pick(rand, SENTENCES)).join(' ');
}

function block(rand: Random): string {
  switch (between(rand, 0, 7)) {
    case 0: return Array.from({ length: between(rand, 1, 5) }, () => `- ${pick(rand, SENTENCES)}`).join('\n');
    case 1: return Array.from({ length: between(rand, 1, 4) }, (_, i) => `${i + 1}. ${pick(rand, SENTENCES)}`).join('\n');
    case 2: {
      const rows = Array.from({ length: between(rand, 1, 4) }, () => `| ${pick(rand, ['Features', 'Model', 'Network', 'Total', 'False positive', 'False negative'])} | ${between(rand, 1, 200)} ms |`);
      return ['| Stage | p99 |', '|---|---|', ...rows].join('\n');
    }
    case 3: return `\`\`\`${pick(rand, ['', 'python', 'yaml'])}\n${paragraph(rand)}\n\`\`\``;
    case 4: return `<!-- ${paragraph(rand)} -->`;
    case 5: return `> ${paragraph(rand)}`;
    case 6: return `- **${pick(rand, ['Recall', 'Precision', 'Latency', 'Cost'])}**: ${between(rand, 0, 120)}%`;
    default: return paragraph(rand);
  }
}

/** A Markdown design doc (or something near one) built from headings, prose, lists, tables and code. */
export function generateMarkdown(rand: Random): string {
  const parts: string[] = [];
  if (rand() < 0.5) parts.push(`---\n${pick(rand, ['mldoc: true', 'profile: requirements', 'status: draft', 'profile: full\nstatus: review'])}\n---`);
  parts.push(`# ${pick(rand, ['Card fraud scoring', 'Feed ranking', 'Search relevance', 'Churn model'])}`);
  for (let i = between(rand, 0, 10); i > 0; i--) {
    parts.push(`${'#'.repeat(between(rand, 2, 4))} ${pick(rand, HEADINGS)}`);
    for (let j = between(rand, 0, 3); j > 0; j--) parts.push(block(rand));
  }
  return parts.join('\n\n') + (rand() < 0.8 ? '\n' : '');
}

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
};

const atLineStart = (rand: Random, text: string, insert: string): string => {
  const at = pick(rand, lineStarts(text));
  return text.slice(0, at) + insert + text.slice(at);
};

const MUTATORS: Array<{ name: string; apply: (rand: Random, text: string) => string }> = [
  { name: 'truncate', apply: (rand, text) => text.slice(0, Math.floor(rand() * text.length)) },
  { name: 'unclosed fence', apply: (rand, text) => atLineStart(rand, text, `${pick(rand, ['```', '~~~', '````js'])}\n`) },
  { name: 'unclosed comment', apply: (rand, text) => atLineStart(rand, text, '<!--\n') },
  { name: 'html block', apply: (rand, text) => atLineStart(rand, text, `<div>\n\n## ${pick(rand, HEADINGS)}\n\n</div>\n`) },
  { name: 'raw html open', apply: (rand, text) => atLineStart(rand, text, `<${pick(rand, ['pre', 'script', 'style'])}>\n`) },
  { name: 'crlf', apply: (_rand, text) => text.replace(/\r\n|\r|\n/g, '\r\n') },
  { name: 'lone cr', apply: (_rand, text) => text.replace(/\r\n|\r|\n/g, '\r') },
  { name: 'mixed endings', apply: (rand, text) => text.replace(/\n/g, () => pick(rand, ['\n', '\r\n', '\r'])) },
  { name: 'bom', apply: (_rand, text) => `\uFEFF${text}` },
  { name: 'delete lines', apply: (rand, text) => {
    const lines = text.split('\n');
    const from = between(rand, 0, lines.length - 1);
    lines.splice(from, between(rand, 1, 5));
    return lines.join('\n');
  } },
  { name: 'duplicate lines', apply: (rand, text) => {
    const lines = text.split('\n');
    const from = between(rand, 0, lines.length - 1);
    lines.splice(from, 0, ...lines.slice(from, from + between(rand, 1, 8)));
    return lines.join('\n');
  } },
  { name: 'nest', apply: (rand, text) => text.split('\n').map((line) => (rand() < 0.2 ? `${pick(rand, ['> ', '  - ', '- ', '1. ', '    '])}${line}` : line)).join('\n') },
  { name: 'odd characters', apply: (rand, text) => {
    const odd = ['\u0000', '\u001b[31m', '\u202e', '\uD800', '\uDC00', '🚀', '\u200b', '\t', '\\', '|', '[', ']', '`', '*', '_', '<', '&amp;', '\u00a0'];
    let out = text;
    for (let i = between(rand, 1, 6); i > 0; i--) {
      const at = Math.floor(rand() * (out.length + 1));
      out = out.slice(0, at) + pick(rand, odd) + out.slice(at);
    }
    return out;
  } },
  { name: 'broken front matter', apply: (rand, text) => `---\n${pick(rand, ['profile: [full', 'a: &a [1]\nb: *a\nc: *c', 'status: "draft', ': :', 'profile: constructor', 'profile: __proto__'])}\n---\n${text}` },
  { name: 'heading levels', apply: (rand, text) => text.replace(/^#{1,6} /gm, () => `${'#'.repeat(between(rand, 1, 6))} `) },
  { name: 'numbers', apply: (rand, text) => text.replace(/\d+/g, (n) => (rand() < 0.3 ? pick(rand, ['1e-3', '0', '-5', '1,000,000', '99.999', 'NaN', '１２']) : n)) },
  { name: 'table noise', apply: (rand, text) => atLineStart(rand, text, '| a | b |\n|---|\n| 1 | 2 | 3 | 4 |\n') },
];

export const MUTATOR_NAMES = MUTATORS.map((m) => m.name);

/** One to three mutations of a document; returns the text and the names of what was applied. */
export function mutate(rand: Random, text: string): { text: string; applied: string[] } {
  const applied: string[] = [];
  let out = text;
  for (let i = between(rand, 1, 3); i > 0; i--) {
    const mutator = pick(rand, MUTATORS);
    out = mutator.apply(rand, out);
    applied.push(mutator.name);
  }
  return { text: out, applied };
}
