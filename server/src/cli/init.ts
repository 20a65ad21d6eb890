// `mldoc-lint init`: a commented starter config (.mldoc.yaml) and a first design doc from the
// same template the editor's "New ML design doc" uses. Never overwrites a file.
import fs from 'node:fs';
import path from 'node:path';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE, own, RULES } from '../engine/index.js';
import { documentBody, expandDefaults } from '../engine/templates.js';

export interface InitOptions {
  cwd: string;
  profile: string;
  /** Folder of the first design doc, relative to cwd. */
  docsDir: string;
}

export function starterConfig(profile: string, docsDir: string): string {
  const rules = RULES.map((rule) => `  # ${rule.id}: ${rule.defaultSeverity}    # ${rule.description}`);
  return [
    '# mldoc-lint configuration (schema: node_modules/mldoc-lint/schemas/mldoc.schema.json).',
    '# Every key is optional; the rule pages are in node_modules/mldoc-lint/docs/rules/.',
    '',
    `# Required sections: ${Object.keys(BUILT_IN_PROFILES).join(', ')}, or a profile defined under "profiles".`,
    `profile: ${profile}`,
    '',
    '# Markdown files under these globs are design docs whatever their headings.',
    'include:',
    `  - ${docsDir.replace(/\/$/, '')}/**`,
    '',
    '# Files to skip when walking folders.',
    'exclude: []',
    '',
    '# Severity per rule: off, error, warning or info. Uncomment to change a default.',
    'rules: {}',
    ...rules,
    '',
    '# Severities by the front-matter "status" of a doc (defaults: a draft shows missing sections as info).',
    '# status:',
    '#   review:',
    '#     placeholder-text: error',
    '',
  ].join('\n');
}

export function firstDesignDoc(profile: string): string {
  return expandDefaults(documentBody(profile)) + '\n';
}

/** Writes the files; returns what it did, one line per file. Throws when a file already exists. */
export function init(options: InitOptions): string[] {
  if (!own(BUILT_IN_PROFILES, options.profile)) {
    throw new Error(`unknown profile "${options.profile}"; expected ${Object.keys(BUILT_IN_PROFILES).join(', ')}`);
  }
  const config = path.join(options.cwd, '.mldoc.yaml');
  const doc = path.join(options.cwd, options.docsDir, 'first-design-doc.md');
  const existingConfig = ['.mldoc.json', '.mldoc.yaml', '.mldoc.yml'].map((name) => path.join(options.cwd, name)).find((f) => fs.existsSync(f));
  if (existingConfig) throw new Error(`${existingConfig} already exists; init changes nothing`);
  if (fs.existsSync(doc)) throw new Error(`${doc} already exists; init changes nothing`);
  fs.writeFileSync(config, starterConfig(options.profile, options.docsDir), { flag: 'wx' });
  fs.mkdirSync(path.dirname(doc), { recursive: true });
  fs.writeFileSync(doc, firstDesignDoc(options.profile), { flag: 'wx' });
  return [`created ${path.relative(options.cwd, config)}`, `created ${path.relative(options.cwd, doc)} (profile "${options.profile}"; fill in the bracketed prompts)`];
}

export const DEFAULT_INIT_PROFILE = DEFAULT_PROFILE;
