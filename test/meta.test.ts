// Facts that must not drift: every rule has a docs page, fixtures and a README entry (and the
// reverse), and the committed config schema is the one the rule registry generates.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ENGINE_FINDINGS, RULES } from '../server/src/engine/index.js';
import { buildConfigSchema } from '../server/src/engine/schema.js';
import { scopeSection } from '../server/src/engine/rule-docs.js';
import { ROOT } from './helpers.js';

describe('rule metadata', () => {
  const docsDir = path.join(ROOT, 'docs', 'rules');
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  for (const rule of RULES) {
    it(`${rule.id} has a docs page that matches its metadata`, () => {
      const page = fs.readFileSync(path.join(docsDir, `${rule.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.id}\n`), 'the page starts with "# <id>"');
      assert.ok(page.includes(rule.description), 'the page states the rule description');
      assert.ok(page.includes(`Default severity: **${rule.defaultSeverity}**`), 'the page states the default severity');
      assert.ok(page.includes(`Fixable: ${rule.fixable ? 'yes' : 'no'}`), 'the page states whether it is fixable');
      for (const part of ['## What it checks', '## Why', '## Bad', '## Good', '## How to fix', '## Options', '## Suppressing']) {
        assert.ok(page.includes(part), `the page has "${part}"`);
      }
    });
    it(`${rule.id} has a docs page that says where it does not apply (npm run gen)`, () => {
      const page = fs.readFileSync(path.join(docsDir, `${rule.id}.md`), 'utf8');
      assert.ok(page.includes(scopeSection(rule)), 'the generated "When it does not apply" section is out of date');
    });
    it(`${rule.id} is listed in the README`, () => {
      assert.ok(readme.includes(`\`${rule.id}\``), `README mentions \`${rule.id}\``);
    });
  }

  for (const [id, description] of Object.entries(ENGINE_FINDINGS)) {
    it(`engine finding ${id} has a docs page and no rule shares its id`, () => {
      const page = fs.readFileSync(path.join(docsDir, `${id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${id}\n\n${description}\n`), 'the page starts with "# <id>" and the description');
      assert.ok(!RULES.some((r) => r.id === id));
    });
  }

  it('has no docs page for a rule or engine finding that does not exist', () => {
    const ids = new Set([...RULES.map((r) => r.id), ...Object.keys(ENGINE_FINDINGS)]);
    for (const file of fs.readdirSync(docsDir)) assert.ok(ids.has(file.replace(/\.md$/, '')), `stray docs page ${file}`);
  });

  it('has unique rule ids in kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('declares every rule, and only rules, in the mldoc.rules setting of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const declared = Object.keys(pkg.contributes.configuration.properties['mldoc.rules'].properties).sort();
    assert.deepEqual(declared, RULES.map((r) => r.id).sort());
  });

  it('declares every setting of the shared settings type in package.json', async () => {
    const { DEFAULT_SETTINGS } = await import('../server/src/shared/settings.js');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const declared = Object.keys(pkg.contributes.configuration.properties).map((k) => k.replace(/^mldoc\./, '')).sort();
    assert.deepEqual(declared, Object.keys(DEFAULT_SETTINGS).sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      assert.deepEqual(pkg.contributes.configuration.properties[`mldoc.${key}`].default, value, `default of mldoc.${key}`);
    }
  });

  it('ships the config schema generated from the registry (run `npm run gen` after changing rules)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'mldoc.schema.json'), 'utf8'));
    assert.deepEqual(committed, buildConfigSchema());
  });
});
