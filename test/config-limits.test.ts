// What a workspace can make mldoc do: config files must be regular files under 1 MB (never a FIFO
// or a device), YAML aliases are limited, a broken package.json that holds an "mldoc" key is
// reported, and the language server reads no config unless the client says the workspace is trusted.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { minimalFullDoc, ROOT } from './helpers.js';
import { EDITOR_CAPABILITIES, LspClient } from './lsp-client.js';

const BIN = path.join(ROOT, 'bin', 'mldoc-lint.js');
const DOC = `---\nmldoc: true\n---\n${minimalFullDoc('Ranking', 'NDCG@10 of at least 0.4.')}`;

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-limits-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Runs the CLI with a time limit: a hang fails the test instead of the suite. */
function check(dir: string) {
  const result = spawnSync(process.execPath, [BIN, 'check', 'doc.md'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(result.signal, null, 'finished within the time limit');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('config files the workspace controls', () => {
  it('extends "/dev/zero" is refused at once: not a regular file', () => {
    const dir = folder({ 'doc.md': DOC, '.mldoc.json': JSON.stringify({ extends: '/dev/zero' }) });
    const { code, stderr } = check(dir);
    assert.equal(code, 2);
    assert.match(stderr, /dev\/zero.*cannot read config: not a regular file/);
  });

  it('a FIFO named .mldoc.json does not block', { skip: process.platform === 'win32' ? 'no FIFOs' : false }, () => {
    const dir = folder({ 'doc.md': DOC });
    execFileSync('mkfifo', [path.join(dir, '.mldoc.json')]);
    const { code, stderr } = check(dir);
    assert.equal(code, 2);
    assert.match(stderr, /\.mldoc\.json.*not a regular file/);
  });

  it('a config over 1 MB is refused', () => {
    const dir = folder({ 'doc.md': DOC, '.mldoc.json': `{"rules": {}, "include": [${'"x",'.repeat(300_000)}"x"]}` });
    const { code, stderr } = check(dir);
    assert.equal(code, 2);
    assert.match(stderr, /larger than 1 MB/);
  });

  it('a YAML alias bomb is an invalid-config error naming the file, not a crash', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [i, key] of [...'bcdefghi'].entries()) {
      const prev = String.fromCharCode(97 + i);
      lines.push(`${key}: &${key} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = folder({ 'doc.md': DOC, '.mldoc.yaml': lines.join('\n') + '\n' });
    const { code, stderr } = check(dir);
    assert.equal(code, 2);
    assert.match(stderr, /\.mldoc\.yaml:1:1: invalid config at "\(file\)": not valid YAML \(.*alias/i);
  });

  it('a broken package.json with an "mldoc" key is reported; one without it is not ours', () => {
    const ours = folder({ 'doc.md': DOC, 'package.json': '{ "name": "x", "mldoc": { "rules": {} }, }}' });
    const reported = check(ours);
    assert.equal(reported.code, 2);
    assert.match(reported.stderr, /package\.json:\d+:\d+: invalid config/);
    const theirs = check(folder({ 'doc.md': DOC, 'package.json': '{ "name": "x", }}' }));
    assert.notEqual(theirs.code, 2);
    assert.equal(theirs.stderr, '');
  });

  it('profile names are looked up as own properties: "constructor" is an unknown profile, not a crash', () => {
    const dir = folder({ 'doc.md': DOC.replace('mldoc: true', 'mldoc: true\nprofile: constructor'), '.mldoc.json': JSON.stringify({ profile: '__proto__' }) });
    const { code, stdout } = check(dir);
    assert.equal(code, 1);
    assert.match(stdout, /Unknown profile "constructor"/);
    const cli = spawnSync(process.execPath, [BIN, 'check', '--profile', 'toString', 'doc.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /unknown profile "toString"/);
  });
});

describe('language server trust', () => {
  const dir = folder({ '.mldoc.json': JSON.stringify({ rules: { 'required-section': 'off' } }) });
  const uri = pathToFileURL(path.join(dir, 'doc.md')).href;
  const text = '---\nmldoc: true\n---\n# Spam filter\n\n## Problem statement\n\nSpam.\n';
  const clients: LspClient[] = [];
  after(() => clients.forEach((c) => c.child.kill()));

  async function codesWith(initializationOptions: unknown): Promise<string[]> {
    const client = new LspClient();
    clients.push(client);
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: EDITOR_CAPABILITIES, ...(initializationOptions === undefined ? {} : { initializationOptions }) });
    client.notify('initialized', {});
    const published = client.published(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return (await published).params.diagnostics.map((d: { code: string }) => d.code);
  }

  it('a client that says nothing about trust gets no config files read', async () => {
    assert.ok((await codesWith(undefined)).includes('required-section'), 'config ignored');
    assert.ok((await codesWith({ trusted: 'yes' })).includes('required-section'), 'only true is trusted');
    assert.ok(!(await codesWith({ trusted: true })).includes('required-section'), 'config read when trusted');
  });
});
