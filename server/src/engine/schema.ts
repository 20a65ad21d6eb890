// The JSON Schema of the config file, generated from the rule registry and the section catalogue
// so it cannot drift from them (`npm run gen` writes schemas/mldoc.schema.json; a test compares).
import { BUILT_IN_PROFILES, SECTIONS_BY_ID } from './profiles.js';
import { DEFAULT_LIMITS } from './guard.js';
import { RULES } from './rules/index.js';

export function buildConfigSchema(): Record<string, unknown> {
  const severity = { enum: ['off', 'error', 'warning', 'info'] };
  const ruleSetting = {
    oneOf: [
      severity,
      { type: 'boolean', description: 'true: on with its default severity; false: off.' },
      {
        type: 'array', minItems: 1, maxItems: 2,
        prefixItems: [severity, { type: 'object', maxProperties: 0, description: 'Rule options: no rule takes any yet, so only {} is accepted.' }],
        items: false,
      },
    ],
  };
  const sectionRef = {
    oneOf: [
      { enum: Object.keys(SECTIONS_BY_ID), description: 'A built-in section.' },
      {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        description: 'A new section (needs title and aliases), or a built-in id with extra aliases.',
        properties: {
          id: { type: 'string' },
          title: { type: 'string', description: 'The section named in words, used in messages.' },
          aliases: { type: 'array', items: { type: 'string' }, description: 'Heading texts that count as this section.' },
          prompt: { type: 'string', description: 'What the section should hold.' },
        },
      },
    ],
  };
  const wordChanges = (what: string) => ({
    type: 'object',
    additionalProperties: false,
    description: `Words to add to and remove from ${what}. A word to remove must be one mldoc has.`,
    properties: {
      add: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
      remove: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
    },
  });
  const globs = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:mldoc-lint:config',
    title: 'mldoc-lint configuration',
    description: 'Configuration for mldoc-lint, the ML design doc linter (.mldoc.json, .mldoc.yaml, or the "mldoc" key of package.json).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profile: {
        type: 'string',
        description: `Profile of required sections: ${Object.keys(BUILT_IN_PROFILES).join(', ')}, or a name from "profiles". Front matter "profile:" wins for a document.`,
        examples: Object.keys(BUILT_IN_PROFILES),
      },
      profiles: {
        type: 'object',
        description: 'Custom profiles by name.',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            description: { type: 'string' },
            extends: { type: 'string', description: 'A profile whose sections come first.' },
            sections: { type: 'array', items: sectionRef },
          },
        },
      },
      rules: {
        type: 'object',
        description: 'Severity ("off", "error", "warning", "info"), true/false, or [severity, options] per rule.',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, { ...ruleSetting, description: `${rule.description} Default: ${rule.defaultSeverity}.` }])),
      },
      status: {
        type: 'object',
        description: 'Rule severities by the document\'s front-matter "status" (draft, review, approved…), applied over "rules". Default: draft shows required-section and empty-section as info, review as error.',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(RULES.map((rule) => [rule.id, severity])),
        },
      },
      docsBaseUrl: { type: 'string', format: 'uri', description: 'Where the rule pages (docs/rules/<id>.md in the package) are published; findings link there and SARIF carries helpUri. Default: the pages shipped in the package.' },
      include: { ...globs, description: 'Globs (relative to this file) of Markdown files that are design docs whatever their headings.' },
      exclude: { ...globs, description: 'Globs (relative to this file) of Markdown files to skip when walking folders.' },
      extends: { ...globs, description: 'Config files (relative paths) this one builds on; this file wins.' },
      vocabulary: {
        type: 'object',
        description: 'A team\'s own words, added to and removed from the built-in vocabulary (vocab/README.md): section headings, cue phrases, metric names, placeholder words.',
        additionalProperties: false,
        properties: {
          sections: {
            type: 'object',
            description: 'Heading phrases (and "Label:" words) by built-in section id, e.g. "rollout-plan": { "add": ["go-to-market plan"] }.',
            additionalProperties: false,
            properties: Object.fromEntries(Object.keys(SECTIONS_BY_ID).map((id) => [id, wordChanges(`the words that name "${SECTIONS_BY_ID[id]!.title}"`)])),
          },
          cues: {
            type: 'object',
            description: 'Phrases of a named cue (vocab/<language>/cues.yaml), in its notation: "-" also matches a space, "*" ends a stem, "#" is a number, "..." up to three words.',
            additionalProperties: wordChanges('the cue\'s phrases'),
          },
          metrics: {
            type: 'object',
            additionalProperties: false,
            properties: {
              offline: wordChanges('offline ML metric names (computed from labels before launch)'),
              online: wordChanges('online and business metric names (measured in production)'),
            },
          },
          placeholders: {
            type: 'object',
            additionalProperties: false,
            properties: {
              markers: wordChanges('template markers such as TBD (matched case-sensitively)'),
              phrases: wordChanges('template phrases such as "to be determined"'),
            },
          },
        },
      },
      limits: {
        type: 'object',
        description: 'Documents beyond these limits are not checked; one finding (document-limit) says so.',
        additionalProperties: false,
        properties: {
          maxChars: { type: 'integer', minimum: 1, description: `Characters. Default: ${DEFAULT_LIMITS.maxChars}.` },
          maxLines: { type: 'integer', minimum: 1, description: `Lines. Default: ${DEFAULT_LIMITS.maxLines}.` },
          maxDepth: { type: 'integer', minimum: 1, description: `Nesting of lists and quotes. Default: ${DEFAULT_LIMITS.maxDepth}.` },
          maxEmphasisMarkers: { type: 'integer', minimum: 1, description: `* and _ characters in one paragraph. Default: ${DEFAULT_LIMITS.maxEmphasisMarkers}.` },
        },
      },
    },
  };
}
