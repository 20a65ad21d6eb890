// The language server as users start it: VS Code runs the bundle dist/server.cjs on a node command line
// with the options of SERVER_NODE_FLAGS (an option this node does not know would stop it at start-up);
// other editors run the bin, mldoc-lint-server --stdio (the bundle out/lsp/server.cjs). Both must lint
// as the compiled sources (out/server/src/lsp/main.js, which the other protocol tests start) do.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '../server/src/shared/server-flags.js';
import { ROOT } from './helpers.js';
import { EDITOR_CAPABILITIES, LspClient, type Message } from './lsp-client.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DOC = fs.readFileSync(path.join(ROOT, 'test', 'editor', 'workspace', 'fraud.md'), 'utf8');
const BUNDLE = path.join(ROOT, 'dist', 'server.cjs');

async function findings(client: LspClient): Promise<string[]> {
  client.settings = { designDocs: 'all', debounceMs: 0 };
  await client.initialize(EDITOR_CAPABILITIES);
  const uri = pathToFileURL(path.join(ROOT, 'fraud-bundle-test.md')).href;
  const published = client.published(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DOC } });
  const message: Message = await published;
  return message.params.diagnostics.map((d: any) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
}

describe('the bundled language servers', () => {
  const forVsCode = new LspClient(BUNDLE, [...SERVER_NODE_FLAGS]);
  const bin = new LspClient(path.join(ROOT, 'bin', 'mldoc-lint-server.js'));
  const sources = new LspClient();
  after(() => {
    for (const client of [forVsCode, bin, sources]) client.child.kill();
  });

  it('start (dist/server.cjs with the client\'s node options, and the bin) and publish the findings of the compiled sources', async () => {
    const [fromVsCodeBundle, fromBin, fromSources] = await Promise.all([findings(forVsCode), findings(bin), findings(sources)]);
    assert.ok(fromSources.length > 0, 'the test doc has findings');
    assert.deepEqual(fromVsCodeBundle, fromSources);
    assert.deepEqual(fromBin, fromSources);
  });
});
