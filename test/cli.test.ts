// The built `mldoc-lint` binary, spawned as CI would: JSON contract, exit codes, error messages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULES } from '../server/src/engine/index.js';
import { minimalFullDoc, ROOT } from './helpers.js';

// These tests are about the CLI, not the rules: workspaces turn off every rule but the structural
// ones, so adding a rule does not change what they expect.
const STRUCTURAL_ONLY = Object.fromEntries(RULES.filter((r) => !r.tags.includes('structure')).map((r) => [r.id, 'off']));

const BIN = path.join(ROOT, 'bin', 'mldoc-lint.js');

function mldoc(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COMPLETE = minimalFullDoc('Ranking', 'NDCG@10 of at least 0.4.');

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-cli-'));
  if (!Object.keys(files).some((name) => /(^|\/)\.mldoc\./.test(name))) {
    files = { '.mldoc.json': JSON.stringify({ rules: STRUCTURAL_ONLY }), ...files };
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('mldoc CLI', () => {
  it('prints the JSON contract and exits 1 on errors', () => {
    const dir = workspace({ 'doc.md': '---\nmldoc: true\n---\n# Fraud\n\n## Problem statement\nTBD\n' });
    const { code, stdout } = mldoc(['check', '--format', 'json', 'doc.md'], { cwd: dir });
    assert.equal(code, 1);
    const [report] = JSON.parse(stdout);
    assert.equal(report.filePath, path.join(dir, 'doc.md'));
    assert.equal(report.isDesignDoc, true);
    assert.equal(report.profile, 'full');
    const missing = report.messages.find((m: { ruleId: string }) => m.ruleId === 'required-section');
    assert.deepEqual(Object.keys(missing).slice(0, 7), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.equal(missing.severity, 'error');
    assert.equal(missing.line, 4);
    assert.match(missing.message, /^Missing required section: success metrics/);
    assert.deepEqual(Object.keys(missing.fix.range), ['line', 'column', 'endLine', 'endColumn']);
    const placeholder = report.messages.find((m: { ruleId: string }) => m.ruleId === 'placeholder-text');
    assert.deepEqual([placeholder.line, placeholder.column, placeholder.endLine, placeholder.endColumn], [7, 1, 7, 4]);
    // Without a docs base URL a finding links to the page shipped in the package, never to another site.
    assert.equal(missing.docsUrl, pathToFileURL(path.join(ROOT, 'docs', 'rules', 'required-section.md')).href);
    assert.ok(fs.existsSync(fileURLToPath(missing.docsUrl)));
  });

  it('exits 0 on a complete doc, and 1 when warnings pass --max-warnings', () => {
    const dir = workspace({ 'ok.md': COMPLETE, 'warn.md': COMPLETE + '\nTBD\n' });
    assert.equal(mldoc(['check', 'ok.md'], { cwd: dir }).code, 0);
    assert.equal(mldoc(['check', 'warn.md'], { cwd: dir }).code, 0);
    const over = mldoc(['check', '--max-warnings', '0', 'warn.md'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warnings found, more than the --max-warnings limit of 0/);
  });

  it('--quiet reports errors only', () => {
    const dir = workspace({ 'warn.md': COMPLETE + '\nTBD\n' });
    const { stdout, code } = mldoc(['check', '--quiet', '--format', 'json', 'warn.md'], { cwd: dir });
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout)[0].messages, []);
  });

  it('walks folders, lints only design docs, skips node_modules and .gitignored paths', () => {
    const dir = workspace({
      'docs/design.md': COMPLETE,
      'docs/README.md': '# lib\n\n## Installation\n\n## Usage\n',
      'docs/notes.md': 'Just notes. TBD\n',
      'node_modules/pkg/design.md': COMPLETE,
      'build/design.md': COMPLETE,
      '.gitignore': 'build/\n',
    });
    const { stdout, code } = mldoc(['check', '--format', 'json', '.'], { cwd: dir });
    assert.equal(code, 0);
    const reports = JSON.parse(stdout) as Array<{ filePath: string; isDesignDoc: boolean; messages: unknown[] }>;
    assert.deepEqual(reports.map((r) => [path.relative(dir, r.filePath), r.isDesignDoc, r.messages.length]), [
      ['docs/design.md', true, 0], ['docs/notes.md', false, 0], ['docs/README.md', false, 0],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  });

  it('expands globs and reads stdin', () => {
    const dir = workspace({ 'a/one.md': COMPLETE, 'a/two.md': COMPLETE, 'b/three.md': COMPLETE });
    const globbed = JSON.parse(mldoc(['check', '--format', 'json', 'a/*.md'], { cwd: dir }).stdout);
    assert.deepEqual(globbed.map((r: { filePath: string }) => path.basename(r.filePath)), ['one.md', 'two.md']);
    const fromStdin = mldoc(['check', '--format', 'json', '-'], { cwd: dir, input: '# T\n\nTBD\n' });
    const [report] = JSON.parse(fromStdin.stdout);
    assert.equal(report.filePath, '<stdin>');
    assert.ok(report.messages.some((m: { ruleId: string }) => m.ruleId === 'placeholder-text'));
  });

  it('a missing path is a one-line error with exit 2, and the other files are still reported', () => {
    const dir = workspace({ 'ok.md': COMPLETE });
    const { code, stdout, stderr } = mldoc(['check', '--format', 'json', 'missing.md', 'ok.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stderr, `mldoc-lint: ${path.join(dir, 'missing.md')}: no such file or directory\n`);
    assert.equal(JSON.parse(stdout).length, 1);
  });

  it('a directory loop is reported once and the walk goes on', () => {
    const dir = workspace({ 'docs/design.md': COMPLETE });
    fs.symlinkSync(path.join(dir, 'docs'), path.join(dir, 'docs', 'loop'));
    const { code, stdout, stderr } = mldoc(['check', '--format', 'json', 'docs'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /directory loop/);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.equal(JSON.parse(stdout).length, 1);
  });

  it('an invalid config is exit 2 naming the file, line and key', () => {
    const dir = workspace({ 'doc.md': COMPLETE, '.mldoc.yaml': 'rules:\n  empty-section: loud\n' });
    const { code, stderr } = mldoc(['check', 'doc.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`^mldoc-lint: ${path.join(dir, '.mldoc.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:3: invalid config at "rules.empty-section"`));
  });

  it('config severities and --profile apply', () => {
    const dir = workspace({ 'doc.md': '---\nmldoc: true\n---\n# T\n\n## Problem statement\nx\n', '.mldoc.json': JSON.stringify({ rules: { ...STRUCTURAL_ONLY, 'required-section': 'warning' } }) });
    const { code, stdout } = mldoc(['check', '--format', 'json', '--profile', 'requirements', 'doc.md'], { cwd: dir });
    assert.equal(code, 0);
    const [report] = JSON.parse(stdout);
    assert.equal(report.profile, 'requirements');
    assert.ok(report.messages.every((m: { severity: string }) => m.severity === 'warning'));
  });

  it('usage errors exit 2: unknown flag, unknown format, unknown profile, no paths', () => {
    assert.equal(mldoc(['check', '--bogus', 'x.md']).code, 2);
    assert.match(mldoc(['check', '--format', 'xml', 'x.md']).stderr, /unknown format "xml"/);
    const dir = workspace({ 'ok.md': COMPLETE });
    assert.match(mldoc(['check', '--profile', 'nope', 'ok.md'], { cwd: dir }).stderr, /unknown profile "nope"/);
    assert.equal(mldoc(['check']).code, 2);
  });

  it('--help and --version', () => {
    assert.match(mldoc(['--help']).stdout, /Usage: mldoc-lint check/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(mldoc(['--version']).stdout.trim(), pkg.version);
  });

  it('stylish output groups by file and ends with a summary', () => {
    const dir = workspace({ 'warn.md': COMPLETE + '\nTBD\n' });
    const { stdout } = mldoc(['check', 'warn.md'], { cwd: dir });
    assert.match(stdout, /^warn\.md\n {2}27:1 {2}warning {2}Template placeholder "TBD" left in the text: replace it with the real content\. {2}placeholder-text\n\n✖ 1 problem \(0 errors, 1 warning\) in 1 design doc checked\n$/);
  });

  it('sarif and github formats carry the findings', () => {
    const dir = workspace({ 'warn.md': COMPLETE + '\nTBD\n' });
    const sarif = JSON.parse(mldoc(['check', '--format', 'sarif', 'warn.md'], { cwd: dir }).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results[0].ruleId, 'placeholder-text');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 27);
    const github = mldoc(['check', '--format', 'github', 'warn.md'], { cwd: dir }).stdout;
    assert.equal(github, '::warning file=warn.md,line=27,col=1,endLine=27,endColumn=4,title=mldoc-lint placeholder-text::Template placeholder "TBD" left in the text: replace it with the real content.\n');
  });
});
