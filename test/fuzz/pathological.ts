// Pathological inputs, generated (never stored): one very long paragraph or line, thousands of
// rollout headings, table rows, list items, comments or brackets, deep nesting, and a paragraph of
// emphasis markers. Used by the linear-time test and `npm run bench:pathological`.

export interface PathologicalCase {
  name: string;
  /** What grows, for the table: size or depth. */
  measure: (text: string) => string;
  make: (scale: number) => string;
}

const kb = (text: string) => `${Math.round(text.length / 1024)} KB`;

export const PATHOLOGICAL_CASES: PathologicalCase[] = [
  { name: 'one long paragraph', measure: kb, make: (s) => `# Doc\n\n## Requirements\n\n${'The service must be fast and have low latency for users. '.repeat(Math.round(2600 * s))}\n` },
  { name: 'one long line of numbers', measure: kb, make: (s) => `# Doc\n\n${'p99 5 ms, recall 80%, 2M users; '.repeat(Math.round(4800 * s))}\n` },
  { name: 'rollout headings', measure: (t) => `${t.split('## Rollout plan').length - 1} headings`, make: (s) => `---\nmldoc: true\n---\n# Doc\n\n${Array.from({ length: Math.round(3000 * s) }, (_, i) => `## Rollout plan\n\nShip it to ${i % 100}% of traffic in week ${i}.\n\n`).join('')}` },
  { name: 'distinct headings', measure: (t) => `${t.split('\n## ').length - 1} headings`, make: (s) => `# Doc\n\n${Array.from({ length: Math.round(1500 * s) }, (_, i) => `## Section ${i}\n\nText ${i} with low latency.\n`).join('\n')}` },
  { name: 'table rows', measure: (t) => `${t.split('\n| Stage ').length - 1} rows`, make: (s) => `# Doc\n\n## Serving\n\n| Stage | p99 |\n|---|---|\n${Array.from({ length: Math.round(2500 * s) }, (_, i) => `| Stage ${i} | ${i % 90} ms |`).join('\n')}\n` },
  { name: 'list items', measure: (t) => `${t.split('\n- ').length - 1} items`, make: (s) => `# Doc\n\n## Success metrics\n\n${Array.from({ length: Math.round(4000 * s) }, (_, i) => `- Metric ${i}: ${i}% recall`).join('\n')}\n` },
  { name: 'suppression comments', measure: kb, make: (s) => Array.from({ length: Math.round(2500 * s) }, (_, i) => `<!-- mldoc-disable-next-line latency-unquantified -->\nLine ${i} low latency.\n`).join('\n') },
  { name: 'open brackets', measure: kb, make: (s) => `${'[a '.repeat(Math.round(15000 * s))}\n` },
  { name: 'nested list (under the depth limit)', measure: (t) => `${t.split('\n').length - 1} levels`, make: () => `${Array.from({ length: 90 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n')}\n` },
  { name: 'nested quotes (under the depth limit)', measure: () => '90 levels × 300', make: (s) => Array.from({ length: Math.round(300 * s) }, (_, i) => `${'> '.repeat(90)}quoted ${i}\n`).join('\n') },
];

/** Beyond the limits: answered by the guard before the parser runs. `atLimit` is the largest input the limits let through. */
export const GUARDED_CASES: Array<PathologicalCase & { atLimit: () => string }> = [
  {
    name: 'emphasis markers in one paragraph', measure: (t) => `${Math.floor(t.length / 2)} markers`,
    make: (s) => `${'*a'.repeat(Math.round(50000 * s))}\n`, atLimit: () => `${'*a'.repeat(2500)}\n`,
  },
  {
    name: 'list nested 1,200 deep', measure: () => '1200 levels',
    make: () => `${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n')}\n`,
    atLimit: () => `${Array.from({ length: 50 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n')}\n`,
  },
  {
    name: 'quotes nested 1,640 deep', measure: () => '1640 levels',
    make: () => `${'>'.repeat(1640)} quoted\n`, atLimit: () => `${'>'.repeat(100)} quoted\n`,
  },
];
