// npm run bench:lsp: time from a didChange (one character typed in the middle of the document) to
// its diagnostics, on a ~1,500-line and a ~20,000-line design doc built from ../shared/corpus, and
// the server's resident memory after opening all corpus docs. Debounce is set to 0 so the figure is
// the server's own work; the editor setting (default 150 ms) adds to it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EDITOR_CAPABILITIES, LspClient } from '../out/test/lsp-client.js';

const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'docs');
if (!fs.existsSync(corpus)) {
  console.error(`bench:lsp: no corpus at ${corpus}`);
  process.exit(2);
}
const docs = fs.readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
const all = docs.join('\n\n');
const firstLines = (text, n) => text.split('\n').slice(0, n).join('\n') + '\n';
const bigDoc = firstLines(all + '\n\n' + all, 20000);
const mediumDoc = firstLines(all, 1500);
const TYPINGS = Number(process.env.TYPINGS ?? 30);

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (n=${samples.length})`;
}

function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

const client = new LspClient();
client.settings = { debounceMs: 0, designDocs: 'all' };
await client.initialize(EDITOR_CAPABILITIES);

async function typing(name, text) {
  const uri = pathToFileURL(`/bench/${name}.md`).href;
  const opened = client.published(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  const samples = [];
  for (let i = 0; i < TYPINGS; i++) {
    const version = i + 2;
    const published = client.published(uri, version);
    const change = i % 2 === 0
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
      : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    const start = process.hrtime.bigint();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  console.log(`didChange -> diagnostics, ${name} (${lines.length} lines): ${stats(samples)}`);
}

await typing('medium', mediumDoc);
await typing('large', bigDoc);

const before = rssMiB(client.child.pid);
for (const [i, text] of docs.entries()) {
  const uri = pathToFileURL(`/bench/corpus-${i}.md`).href;
  const opened = client.published(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
}
console.log(`server memory (RSS): ${before.toFixed(0)} MiB before, ${rssMiB(client.child.pid).toFixed(0)} MiB with all ${docs.length} corpus docs open`);
await client.close();
