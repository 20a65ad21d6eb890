// The one source of section and block templates. It feeds the editor snippets (generated into
// snippets/mldoc.code-snippets by `npm run gen`), the quick fixes that insert a missing section or
// block, the scaffold of a new doc, and placeholder-text (a prompt left from a template is a
// placeholder because it is the template's prompt). Bodies use VS Code snippet syntax: ${1:default},
// ${2|a,b,c|}. Defaults are bracketed prompts, never example numbers that could pass for real values.
import { BUILT_IN_PROFILES, SECTIONS_BY_ID } from './profiles.js';
import { capitalise } from './text.js';

export type TemplateKind = 'section' | 'block' | 'document';

export interface Template {
  id: string;
  kind: TemplateKind;
  /** Snippet prefix: "mldoc-section-…", "mldoc-block-…" or "mldoc-doc-…", so the three kinds list apart. */
  prefix: string;
  name: string;
  description: string;
  /** Snippet body, one string per line. */
  body: string[];
}

/** Structured blocks the seeds ask for. Tab stops start at 1 in each. */
const BLOCKS: Template[] = [
  block('cost-table', 'FP/FN cost table', 'The cost of a false positive and of a false negative, and what to do about each.', [
    '| Error | What happens | Cost | Action |',
    '|---|---|---|---|',
    '| False positive | ${1:[what a false alarm does to the user]} | ${2:[cost per false positive]} | ${3:[action]} |',
    '| False negative | ${4:[what a miss lets through]} | ${5:[cost per false negative]} | ${6:[action]} |',
  ]),
  block('latency-budget', 'Latency budget', 'Stage budgets that add up to the end-to-end budget.', [
    'End-to-end budget: ${1:[p99 in ms]}.',
    '',
    '| Stage | p99 budget |',
    '|---|---|',
    '| Feature lookup | ${2:[budget in ms]} |',
    '| Model inference | ${3:[budget in ms]} |',
    '| Network and serialisation | ${4:[budget in ms]} |',
    '| Total | ${5:[sum of the stages in ms]} |',
  ]),
  block('degradation', 'Degradation gradient', 'When to investigate (yellow) and when to roll back (red), per metric.', [
    '| Metric | Baseline | Yellow (alert) | Red (rollback) |',
    '|---|---|---|---|',
    '| ${1:[metric]} | ${2:[baseline value]} | ${3:[alert threshold]} | ${4:[rollback threshold]} |',
  ]),
  block('objective-weights', 'Multi-objective weights', 'Objectives and weights that add up to 100%.', [
    'Weights:',
    '',
    // Bold names: a bare "- [name]: [X%]" would parse as a link reference definition.
    '- **${1:[objective]}**: ${2:[X%]}',
    '- **${3:[objective]}**: ${4:[X%]}',
    '- **${5:[objective]}**: ${6:[X%]}',
  ]),
  block('fairness', 'Fairness thresholds', 'A numeric fairness threshold per group comparison.', [
    '- ${1:[metric, e.g. approval rate]} gap between ${2:[groups compared]}: at most ${3:[threshold]}, checked ${4:[how often]}.',
  ]),
  block('rollout-phases', 'Rollout phases', 'Phases with their traffic share and an exit criterion each.', [
    '1. **Shadow** (${1:[duration]}, 0% of traffic). Exit criterion: ${2:[metric and threshold]}.',
    '2. **Canary** (${3:[duration]}, ${4:[X%]} of traffic). Exit criterion: ${5:[metric and threshold]}.',
    '3. **Ramp** (${6:[duration]}, ${7:[X%]} of traffic). Exit criterion: ${8:[metric and threshold]}.',
    '4. **Full** (100% of traffic). Exit criterion: ${9:[metric and threshold]}.',
  ]),
  block('rollback-plan', 'Rollback plan', 'How to go back, when (metric and threshold), and who decides.', [
    '- **Mechanism**: ${1:[how traffic goes back, e.g. a feature flag to the previous model]}',
    '- **Trigger**: ${2:[metric and threshold that starts a rollback]}',
    '- **Owner**: ${3:[team or on-call role that makes the call]}',
  ]),
  block('ownership', 'Ownership', 'Who owns the system, who is paged, and what it promises.', [
    '- **Owner team**: ${1:[team]}',
    '- **On-call**: ${2:[rotation and paging path]}',
    '- **Availability target**: ${3:[SLA, e.g. monthly availability]}',
  ]),
  block('non-goals', 'Non-goals', 'What this system does not do, as a labelled list.', [
    'Non-goals:',
    '',
    '- ${1:[something this system will not do]}',
    '- ${2:[another]}',
  ]),
];

/** Blocks a section's template carries under its prompt (so a scaffold is complete in structure). */
const SECTION_BLOCKS: Record<string, string[]> = {
  'success-metrics': ['cost-table'],
  'infrastructure-architecture': ['latency-budget'],
  'tradeoff-analysis': [],
  'rollout-plan': ['rollout-phases', 'rollback-plan'],
};

/** Bodies written for a section, beyond its one-line prompt. */
const SECTION_EXTRAS: Record<string, string[]> = {
  'success-metrics': [
    '- Offline: ${1:[ML metric, e.g. recall at a fixed false-positive rate]} ≥ ${2:[target]}',
    '- Online: ${3:[business metric, e.g. conversion]} ${4:[target change]} in an A/B test',
  ],
  'tradeoff-analysis': [
    '| Decision | Option A | Option B | Chosen | Rationale |',
    '|---|---|---|---|---|',
    '| ${1:[decision]} | ${2:[option]} | ${3:[option]} | ${4:[chosen option]} | ${5:[why]} |',
  ],
  'risk-assessment': [
    '| Risk | Likelihood | Impact | Mitigation |',
    '|---|---|---|---|',
    '| ${1:[risk]} | ${2|High,Medium,Low|} | ${3|High,Medium,Low|} | ${4:[mitigation]} |',
  ],
  'risks-and-alternatives': [
    '| Risk | Likelihood | Impact | Mitigation |',
    '|---|---|---|---|',
    '| ${1:[risk]} | ${2|High,Medium,Low|} | ${3|High,Medium,Low|} | ${4:[mitigation]} |',
    '',
    'Alternatives considered: ${5:[what was rejected and why]}',
  ],
  'out-of-scope': ['- ${1:[something this system will not do]}'],
  'infrastructure-architecture': [
    '- Daily active users: ${1:[DAU]}',
    '- Peak requests per second: ${2:[peak QPS]}',
  ],
  'scale': [
    '- Daily active users: ${1:[DAU]}',
    '- Peak requests per second: ${2:[peak QPS]}',
    '- Total population: ${3:[accounts or items scored]}',
  ],
};

function block(id: string, name: string, description: string, body: string[]): Template {
  return { id, kind: 'block', prefix: `mldoc-block-${id}`, name, description, body };
}

/** Renumbers a body's tab stops to start after `offset`, so blocks can follow a section's own stops. */
function shiftTabStops(lines: string[], offset: number): string[] {
  return lines.map((line) => line.replace(/\$\{(\d+)([:|])/g, (_, n: string, sep: string) => `\${${Number(n) + offset}${sep}`));
}

function maxTabStop(lines: string[]): number {
  let max = 0;
  for (const line of lines) for (const m of line.matchAll(/\$\{(\d+)[:|]/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** A section's body (without its heading): prompt, extras, then its blocks. */
function sectionBody(id: string): string[] {
  const spec = SECTIONS_BY_ID[id]!;
  let lines = SECTION_EXTRAS[id] ? [`\${1:[${spec.prompt}]}`, '', ...shiftTabStops(SECTION_EXTRAS[id]!, 1)] : [`\${1:[${spec.prompt}]}`];
  for (const blockId of SECTION_BLOCKS[id] ?? []) {
    const b = BLOCKS.find((t) => t.id === blockId)!;
    const title = blockId === 'rollback-plan' ? '### Rollback plan' : `**${b.name}**`;
    lines = [...lines, '', title, '', ...shiftTabStops(b.body, maxTabStop(lines))];
  }
  return lines;
}

const SECTION_TEMPLATES: Template[] = Object.values(SECTIONS_BY_ID).map((spec) => ({
  id: spec.id,
  kind: 'section',
  prefix: `mldoc-section-${spec.id}`,
  name: capitalise(spec.title),
  description: spec.prompt ?? '',
  body: [`## ${capitalise(spec.title)}`, '', ...sectionBody(spec.id)],
}));

/** A whole document for a profile: front matter, title, and every section in order. */
export function documentBody(profileName: string): string[] {
  const profile = BUILT_IN_PROFILES[profileName]!;
  // The heading mirrors the title typed in the front matter ($1).
  const lines = ['---', 'title: ${1:[Title of the design doc]}', `profile: ${profileName}`, 'status: draft', 'owner: ${2:[owner team]}', '---', '', '# $1'];
  let stop = 2;
  for (const spec of profile.sections) {
    const section = SECTION_TEMPLATES.find((t) => t.id === spec.id)!;
    lines.push('', ...shiftTabStops(section.body, stop));
    stop = Math.max(stop, maxTabStop(lines));
  }
  return lines;
}

const DOCUMENT_TEMPLATES: Template[] = Object.values(BUILT_IN_PROFILES).map((profile) => ({
  id: `doc-${profile.name}`,
  kind: 'document',
  prefix: `mldoc-doc-${profile.name}`,
  name: `ML design doc (${profile.name})`,
  description: `A whole design doc for profile "${profile.name}": ${profile.description}`,
  body: documentBody(profile.name),
}));

export const TEMPLATES: readonly Template[] = [...SECTION_TEMPLATES, ...BLOCKS, ...DOCUMENT_TEMPLATES];

export function hasTemplate(id: string): boolean {
  return TEMPLATES.some((t) => t.id === id);
}

export function templateById(id: string): Template {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no template "${id}"`);
  return template;
}

/** The snippet body with every tab stop replaced by its default (the first choice of a choice). */
export function expandDefaults(lines: string[]): string {
  const defaults = new Map<string, string>();
  const text = lines.join('\n')
    .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, n: string, first: string) => (defaults.set(n, first), first))
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => (defaults.set(n, value), value));
  // A bare "$1" mirrors the default of the same tab stop.
  return text.replace(/\$\{?(\d+)\}?/g, (_, n: string) => defaults.get(n) ?? '');
}

/** A template's text as inserted by a fix: defaults expanded, the heading at the level asked for. */
export function templateText(id: string, headingLevel?: number): string {
  const text = expandDefaults(templateById(id).body);
  return headingLevel ? text.replace(/^##(?= )/, '#'.repeat(headingLevel)) : text;
}

/** Prompt texts of every template, lower-cased: left in a doc, they are placeholders. */
export const TEMPLATE_PROMPTS: ReadonlySet<string> = new Set(
  TEMPLATES.flatMap((t) => t.body.flatMap((line) => [...line.matchAll(/\$\{\d+:\[([^\]]+)\]\}/g)].map((m) => m[1]!.toLowerCase()))),
);
