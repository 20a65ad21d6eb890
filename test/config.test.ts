// Config files: validation errors name file, line and key; discovery walks up; extends merges;
// custom profiles resolve.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, lint, parseConfigText, toLintConfig } from '../server/src/engine/index.js';
import { ConfigResolver, lintConfigFor } from '../server/src/node/config-loader.js';

function configError(text: string, format: 'json' | 'yaml' | 'package.json'): ConfigError {
  try {
    parseConfigText(text, '/repo/.mldoc.' + format, format);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('config validation', () => {
  it('accepts every documented key', () => {
    const data = parseConfigText(JSON.stringify({
      $schema: './schemas/mldoc.schema.json',
      profile: 'lean',
      profiles: { lean: { extends: 'requirements', sections: ['rollout-plan', { id: 'cost-model', title: 'cost model', aliases: ['costs'] }] } },
      rules: { 'placeholder-text': 'error', 'empty-section': 'off', 'required-section': ['warning', {}] },
      include: ['docs/design/**'], exclude: 'drafts/**', extends: './base.json',
    }), 'x.json', 'json');
    assert.equal(data.profile, 'lean');
    assert.deepEqual(data.exclude, ['drafts/**']);
  });

  it('names the line and key of an unknown rule in JSON', () => {
    const error = configError('{\n  "rules": {\n    "placeholder-text": "warning",\n    "no-such-rule": "error"\n  }\n}\n', 'json');
    assert.equal(error.line, 4);
    assert.equal(error.key, 'rules.no-such-rule');
    assert.match(error.message, /^\/repo\/\.mldoc\.json:4:\d+: invalid config at "rules\.no-such-rule": unknown rule/);
  });

  it('names the line and key of a bad severity in YAML', () => {
    const error = configError('profile: full\nrules:\n  empty-section: loud\n', 'yaml');
    assert.equal(error.line, 3);
    assert.equal(error.key, 'rules.empty-section');
  });

  it('reports JSON syntax errors with their line', () => {
    const error = configError('{\n  "profile": "full",,\n}', 'json');
    assert.equal(error.line, 2);
    assert.match(error.reason, /not valid JSON/);
  });

  it('reports YAML syntax errors with their line', () => {
    const error = configError('profile: full\nrules: [unclosed\n', 'yaml');
    assert.ok(error.line >= 2);
    assert.match(error.reason, /not valid YAML/);
  });

  it('rejects unknown top-level keys, unknown sections and new sections without aliases', () => {
    assert.equal(configError('{"rulez": {}}', 'json').key, 'rulez');
    assert.equal(configError('{"profiles": {"p": {"sections": ["no-such-section"]}}}', 'json').key, 'profiles.p.sections.0');
    assert.equal(configError('{"profiles": {"p": {"sections": [{"id": "new"}]}}}', 'json').key, 'profiles.p.sections.0');
    assert.equal(configError('{"profiles": {"p": {"extends": "ghost"}}}', 'json').key, 'profiles.p.extends');
    assert.match(configError('{"profiles": {"p": {"extends": "q"}, "q": {"extends": "p"}}}', 'json').reason, /cycle: p -> q -> p/);
  });

  it('reads the mldoc key of package.json with lines relative to the file', () => {
    const error = configError('{\n  "name": "x",\n  "mldoc": {\n    "profile": 3\n  }\n}\n', 'package.json');
    assert.equal(error.line, 4);
    assert.equal(error.key, 'profile');
  });

  it('a custom profile drives required-section, with aliases added to built-in sections', () => {
    const config = toLintConfig(parseConfigText(JSON.stringify({
      profile: 'lean',
      profiles: { lean: { sections: ['problem-statement', { id: 'cost-model', title: 'cost model', aliases: ['costs'] }, { id: 'rollout-plan', aliases: ['go to market'] }] } },
    }), 'x.json', 'json'));
    const result = lint('# T\n\n## Problem\nx\n\n## Go to market\nx\n', { config, force: true });
    assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === 'required-section').map((d) => d.message.split('.')[0]), ['Missing required section: cost model']);
  });
});

describe('config discovery', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-config-'));
  fs.mkdirSync(path.join(tmp, 'docs', 'design'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'base.yaml'), 'rules:\n  empty-section: "off"\n  placeholder-text: error\n');
  fs.writeFileSync(path.join(tmp, '.mldoc.json'), JSON.stringify({ extends: './base.yaml', rules: { 'placeholder-text': 'info' }, include: ['docs/design/**'] }));
  fs.writeFileSync(path.join(tmp, 'docs', 'package.json'), JSON.stringify({ name: 'docs-without-mldoc-key' }));

  it('walks up past a package.json without an mldoc key and follows extends (the nearer file wins)', () => {
    const loaded = new ConfigResolver().forDocument(path.join(tmp, 'docs', 'design', 'a.md'));
    assert.equal(loaded.file, path.join(tmp, '.mldoc.json'));
    assert.deepEqual(loaded.data.rules, { 'empty-section': 'off', 'placeholder-text': 'info' });
  });

  it('include globs make a file a design doc', () => {
    const resolver = new ConfigResolver();
    const inside = path.join(tmp, 'docs', 'design', 'a.md');
    const outside = path.join(tmp, 'notes.md');
    assert.equal(lintConfigFor(resolver.forDocument(inside), inside).includedByConfig, true);
    assert.equal(lintConfigFor(resolver.forDocument(outside), outside).includedByConfig, undefined);
  });

  it('an extends cycle is a config error, not a hang', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-cycle-'));
    fs.writeFileSync(path.join(dir, '.mldoc.json'), '{"extends": "./b.json"}');
    fs.writeFileSync(path.join(dir, 'b.json'), '{"extends": "./.mldoc.json"}');
    assert.throws(() => new ConfigResolver().forDocument(path.join(dir, 'x.md')), (e: unknown) => e instanceof ConfigError && /extends itself/.test(e.message));
  });
});
