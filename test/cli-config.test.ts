// Config ergonomics: init, --print-config, -o, rule options that are rejected rather than ignored,
// and a config error that prints only the error.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../server/src/engine/index.js';
import { ROOT, runMldocLint, tempWorkspace } from './helpers.js';

const COMPLETE = fs.readFileSync(path.join(ROOT, 'examples', 'fraud-scoring.md'), 'utf8');

describe('mldoc-lint init', () => {
  it('writes a commented starter config and a first doc from the template, which then lint', () => {
    const dir = tempWorkspace({});
    const { code, stdout } = runMldocLint(['init', '--profile', 'requirements'], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stdout, /created \.mldoc\.yaml\ncreated docs\/design\/first-design-doc\.md/);
    const config = fs.readFileSync(path.join(dir, '.mldoc.yaml'), 'utf8');
    assert.deepEqual(parseYaml(config), { profile: 'requirements', include: ['docs/design/**'], exclude: [] });
    for (const rule of RULES) assert.ok(config.includes(`#   ${rule.id}: ${rule.defaultSeverity}`), `${rule.id} is listed with its default`);
    // Uncommenting "rules:" and one line gives a valid config.
    const edited = config.replace('# rules:', 'rules:').replace('#   placeholder-text: warning', '  placeholder-text: error');
    fs.writeFileSync(path.join(dir, '.mldoc.yaml'), edited);
    const printed = JSON.parse(runMldocLint(['--print-config', 'docs/design/first-design-doc.md'], { cwd: dir }).stdout);
    assert.equal(printed.file, path.join(dir, '.mldoc.yaml'));
    assert.deepEqual(printed.config.rules, { 'placeholder-text': 'error' });
    const doc = fs.readFileSync(path.join(dir, 'docs', 'design', 'first-design-doc.md'), 'utf8');
    assert.match(doc, /^---\ntitle: \[Title of the design doc\]\nprofile: requirements\nstatus: draft\n/);
    const [report] = JSON.parse(runMldocLint(['check', '--format', 'json', 'docs/'], { cwd: dir }).stdout);
    assert.equal(report.linted, true);
    assert.deepEqual(report.messages.filter((m: { ruleId: string }) => m.ruleId === 'required-section'), [], 'every required section is there');
    assert.ok(report.messages.some((m: { ruleId: string }) => m.ruleId === 'placeholder-text'), 'the prompts are to fill in');
  });

  it('never overwrites: a second init changes nothing and says why', () => {
    const dir = tempWorkspace({ '.mldoc.json': '{}\n' });
    const { code, stdout, stderr } = runMldocLint(['init'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, `mldoc-lint: ${path.join(dir, '.mldoc.json')} already exists; init changes nothing\n`);
    assert.deepEqual(fs.readdirSync(dir), ['.mldoc.json']);
  });
});

describe('config ergonomics', () => {
  it('--print-config shows the file that applies and its settings after extends', () => {
    const dir = tempWorkspace({
      'base.json': JSON.stringify({ rules: { ownership: 'off', 'placeholder-text': 'info' } }),
      'docs/.mldoc.json': JSON.stringify({ extends: '../base.json', rules: { 'placeholder-text': 'error' } }),
      'docs/a.md': COMPLETE,
    });
    const { code, stdout } = runMldocLint(['--print-config', 'docs/a.md'], { cwd: dir });
    assert.equal(code, 0);
    const printed = JSON.parse(stdout);
    assert.equal(printed.file, path.join(dir, 'docs', '.mldoc.json'));
    assert.deepEqual(printed.config.rules, { ownership: 'off', 'placeholder-text': 'error' });
    assert.deepEqual(JSON.parse(runMldocLint(['--print-config', 'a.md'], { cwd: tempWorkspace({ 'a.md': '' }) }).stdout), { file: null, config: {} });
  });

  it('rejects rule options no rule reads, in the config and in the JSON schema', () => {
    const dir = tempWorkspace({ '.mldoc.json': '{\n  "rules": {\n    "ownership": ["warning", { "minTeams": 2 }]\n  }\n}\n', 'a.md': COMPLETE });
    const { code, stdout, stderr } = runMldocLint(['check', 'a.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stdout, '', 'a config error prints only the error: no "No problems"');
    assert.equal(stderr, `mldoc-lint: ${path.join(dir, '.mldoc.json')}:3:32: invalid config at "rules.ownership.1.minTeams": rule "ownership" takes no options (got "minTeams"); use "ownership": "warning"\n`);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'mldoc.schema.json'), 'utf8'));
    assert.equal(schema.properties.rules.properties.ownership.oneOf[2].prefixItems[1].maxProperties, 0);
    // An empty options object is still accepted.
    fs.writeFileSync(path.join(dir, '.mldoc.json'), '{ "rules": { "ownership": ["info", {}] } }');
    assert.equal(runMldocLint(['check', 'a.md'], { cwd: dir }).code, 0);
  });

  it('-o writes the report to a file (folders created), stdout stays empty; an unwritable path is exit 2', () => {
    const dir = tempWorkspace({ 'a.md': '---\nmldoc: true\n---\n# T\n\nTBD\n' });
    const { code, stdout } = runMldocLint(['check', '--format', 'json', '-o', 'reports/out.json', 'a.md'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'reports', 'out.json'), 'utf8'))[0].filePath, path.join(dir, 'a.md'));
    fs.writeFileSync(path.join(dir, 'blocker'), '');
    const blocked = runMldocLint(['check', '-o', 'blocker/out.txt', 'a.md'], { cwd: dir });
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /blocker\/out\.txt: cannot write the output \((ENOTDIR|EEXIST)\)/);
  });
});
