// --format sarif as GitHub code scanning takes it: valid against the official SARIF 2.1.0 JSON schema
// (vendored in test/fixtures/sarif from @microsoft/jest-sarif, the 2.1.0-rtm.5 schema), rule help
// from the shipped docs pages, fingerprints, related locations, URIs relative to the repository
// root, and an unsuccessful invocation when the config is broken.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ENGINE_FINDINGS, RULES } from '../server/src/engine/index.js';
import { FIXTURES, ROOT, runMldocLint, tempWorkspace } from './helpers.js';

const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function assertValidSarif(log: unknown): void {
  const valid = validate(log);
  assert.ok(valid, `SARIF schema errors: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('--format sarif', () => {
  const budget = fs.readFileSync(path.join(FIXTURES, 'rules', 'latency-budget-sum', 'bad.md'), 'utf8');
  const repo = () => tempWorkspace({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'docs/design notes/fraud #1.md': '---\nmldoc: true\n---\n# Fraud scoring\n\n## Problem statement\nTBD\n',
    'docs/design notes/budget.md': budget.startsWith('---\n') ? budget : `---\nmldoc: true\n---\n${budget}`,
    'tools/README.md': '# tools\n',
  });

  it('is valid SARIF 2.1.0 with rule help, fingerprints, related locations and root-relative URIs', () => {
    const dir = repo();
    // Run from a subfolder: URIs are still relative to the repository root.
    const { code, stdout, stderr } = runMldocLint(['check', '--format', 'sarif', '../docs/'], { cwd: path.join(dir, 'tools') });
    assert.equal(code, 1, stderr);
    const log = JSON.parse(stdout);
    assertValidSarif(log);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'mldoc-lint');
    assert.deepEqual(run.invocations, [{ executionSuccessful: true }]);
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(dir + path.sep).href);

    // Every rule: a readable name, a full description and help from its docs page; no helpUri
    // without a docs base URL (the docs ship in the package, there is no site to link to).
    assert.deepEqual(run.tool.driver.rules.map((r: any) => r.id), [...RULES.map((r) => r.id), ...Object.keys(ENGINE_FINDINGS)]);
    for (const rule of run.tool.driver.rules) {
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
      assert.ok(rule.fullDescription.text.length > 20, rule.id);
      const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.equal(rule.help.markdown, page);
      assert.ok(rule.help.text.includes('What it checks') && !/^#{1,6} /m.test(rule.help.text), rule.id);
      assert.equal(rule.helpUri, undefined);
    }
    assert.doesNotMatch(stdout, /github\.com/);

    const uris = new Set(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['docs/design%20notes/budget.md', 'docs/design%20notes/fraud%20%231.md']);
    for (const result of run.results) assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');

    // Several missing sections on one line stay separate alerts: one fingerprint each.
    const missing = run.results.filter((r: any) => r.ruleId === 'required-section' && r.locations[0].physicalLocation.artifactLocation.uri.includes('fraud'));
    assert.ok(missing.length >= 3);
    assert.equal(new Set(missing.map((r: any) => r.locations[0].physicalLocation.region.startLine)).size, 1);
    assert.equal(new Set(missing.map((r: any) => r.partialFingerprints['mldocLintFinding/v1'])).size, missing.length);

    // The budget rows that add up are related locations.
    const sum = run.results.find((r: any) => r.ruleId === 'latency-budget-sum');
    assert.ok(sum.relatedLocations.length >= 2);
    assert.ok(sum.relatedLocations.every((l: any) => l.physicalLocation.artifactLocation.uri === 'docs/design%20notes/budget.md' && l.message.text));
  });

  it('links rule help with --docs-base-url, and honours --root and -o', () => {
    const dir = repo();
    const out = path.join(dir, 'reports', 'mldoc.sarif');
    const { code, stdout } = runMldocLint(['check', '--format', 'sarif', '--docs-base-url', 'https://docs.example.test/mldoc-lint/rules/',
      '--root', 'docs', '-o', out, 'docs/'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    const log = JSON.parse(fs.readFileSync(out, 'utf8'));
    assertValidSarif(log);
    const run = log.runs[0];
    assert.equal(run.tool.driver.rules[0].helpUri, `https://docs.example.test/mldoc-lint/rules/${RULES[0]!.id}.md`);
    assert.ok(run.results.every((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('design%20notes/')));
  });

  it('takes the docs base URL from the config file too: docsUrl in findings and helpUri in SARIF', () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, '.mldoc.json'), JSON.stringify({ docsBaseUrl: 'https://docs.example.test/rules' }));
    const log = JSON.parse(runMldocLint(['check', '--format', 'sarif', 'docs/'], { cwd: dir }).stdout);
    assertValidSarif(log);
    assert.equal(log.runs[0].tool.driver.rules.find((r: any) => r.id === 'placeholder-text').helpUri, 'https://docs.example.test/rules/placeholder-text.md');
    const [report] = JSON.parse(runMldocLint(['check', '--format', 'json', 'docs/design notes/fraud #1.md'], { cwd: dir }).stdout);
    assert.equal(report.messages[0].docsUrl, `https://docs.example.test/rules/${report.messages[0].ruleId}.md`);
    fs.writeFileSync(path.join(dir, '.mldoc.json'), JSON.stringify({ docsBaseUrl: 'docs/rules' }));
    assert.match(runMldocLint(['check', 'docs/'], { cwd: dir }).stderr, /invalid config at "docsBaseUrl": expected an absolute URL/);
  });

  it('marks the run unsuccessful, with the config error as a notification, when the config is broken', () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, '.mldoc.json'), '{ "rules": { "placeholder-text": "loud" } }\n');
    const { code, stdout, stderr } = runMldocLint(['check', '--format', 'sarif', 'docs/'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /invalid config at "rules.placeholder-text"/);
    const log = JSON.parse(stdout);
    assertValidSarif(log);
    const [invocation] = log.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    const [note] = invocation.toolConfigurationNotifications;
    assert.equal(note.level, 'error');
    assert.match(note.message.text, /placeholder-text/);
    assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, '.mldoc.json');
    assert.equal(note.locations[0].physicalLocation.region.startLine, 1);
    assert.deepEqual(log.runs[0].results, []);
    // A document the engine cannot check (broken front matter here) is a result whose rule is described too.
    fs.rmSync(path.join(dir, '.mldoc.json'));
    fs.writeFileSync(path.join(dir, 'docs', 'broken.md'), '---\nmldoc: true\nprofile: [x\n---\n# T\n');
    const engine = JSON.parse(runMldocLint(['check', '--format', 'sarif', 'docs/broken.md'], { cwd: dir }).stdout);
    assertValidSarif(engine);
    const frontMatter = engine.runs[0].results.find((r: any) => r.ruleId === 'front-matter');
    assert.equal(engine.runs[0].tool.driver.rules[frontMatter.ruleIndex].id, 'front-matter');
    // An unreadable path is an execution notification.
    const missing = JSON.parse(runMldocLint(['check', '--format', 'sarif', 'docs/', 'nope.md'], { cwd: dir }).stdout);
    assertValidSarif(missing);
    assert.equal(missing.runs[0].invocations[0].executionSuccessful, false);
    assert.match(missing.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /nope\.md: no such file/);
  });

  it('the schema validator rejects what is not SARIF (the check can fail)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'loud' }] }] }), false);
  });
});
