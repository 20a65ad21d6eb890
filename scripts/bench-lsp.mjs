// npm run bench:lsp: time from a didChange to its diagnostics over the protocol (debounce 0, so the
// figure is the server's own work; the editor setting, default 150 ms, adds to it), on a ~1,500-line
// and a ~20,000-line design doc built from ../shared/corpus, as ratios to one markdownlint lint of the
// same text measured in the same run; then the server's resident memory after editing the large doc
// and after opening every corpus doc.
//
// Every edit types one character at the end of a prose line, a different line each time, and the
// characters accumulate: no text (and no section's text) the server sees twice, so no edit can be
// answered from a cache of earlier texts.
//
// Environment: TYPINGS (edits per doc, default 100), SERVER_NODE_OPTIONS (passed to the server process
// as NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" or "--heapsnapshot-signal=SIGUSR2").
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint as markdownlint } from 'markdownlint/sync';
import { EDITOR_CAPABILITIES, LspClient } from '../out/test/lsp-client.js';

const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'docs');
if (!fs.existsSync(corpus)) {
  console.log(`bench:lsp: skipped, no corpus at ${corpus} (the benchmark builds its docs from it)`);
  process.exit(0);
}
const docs = fs.readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
const all = docs.join('\n\n');
const firstLines = (text, n) => text.split('\n').slice(0, n).join('\n') + '\n';
const mediumDoc = firstLines(all, 1500);
const bigDoc = firstLines(all + '\n\n' + all + '\n\n' + all, 20000);
const TYPINGS = Number(process.env.TYPINGS ?? 100);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function median(samples) {
  return quantile([...samples].sort((a, b) => a - b), 0.5);
}

function procStatus(pid, field) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)[1]) / 1024;
}

/** One markdownlint lint (default rules) of the text: median of `runs` after one warm-up run. */
function markdownlintMs(text, runs) {
  const once = () => {
    const start = process.hrtime.bigint();
    markdownlint({ strings: { doc: text } });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

/** Lines an edit may type at the end of: prose, not headings, tables, fences, HTML or front matter. */
function proseLines(lines) {
  const found = [];
  let fence = null;
  for (const [i, line] of lines.entries()) {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1][0] === fence) fence = null;
      continue;
    }
    if (open) {
      fence = open[1][0];
      continue;
    }
    if (line.length > 20 && !/^\s*(?:#|<|\||-{3,}\s*$)/.test(line) && !line.includes('|') && /[\p{L}\d.,;:)]$/u.test(line)) found.push(i);
  }
  return found;
}

if (process.env.SERVER_NODE_OPTIONS) process.env.NODE_OPTIONS = process.env.SERVER_NODE_OPTIONS;
const client = new LspClient();
delete process.env.NODE_OPTIONS;
client.settings = { debounceMs: 0, designDocs: 'all' };
await client.initialize(EDITOR_CAPABILITIES);
const startRss = procStatus(client.child.pid, 'VmRSS');

async function typing(name, text) {
  const uri = pathToFileURL(`/bench/${name}.md`).href;
  const opened = client.published(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const lines = text.split('\n');
  // Positions spread over the middle half of the doc, visited in a scattered order.
  const candidates = proseLines(lines).filter((i) => i >= lines.length / 4 && i < (3 * lines.length) / 4);
  const samples = [];
  for (let i = 0; i < TYPINGS; i++) {
    const version = i + 2;
    const line = candidates[(i * 7919) % candidates.length];
    const character = lines[line].length;
    const typed = String.fromCharCode(97 + (i % 26));
    lines[line] += typed;
    const published = client.published(uri, version);
    const change = { range: { start: { line, character }, end: { line, character } }, text: typed };
    const start = process.hrtime.bigint();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const rssAfterTyping = procStatus(client.child.pid, 'VmRSS');
  client.notify('textDocument/didClose', { textDocument: { uri } });
  const peer = markdownlintMs(text, name === 'large' ? 3 : 7);
  const sorted = [...samples].sort((a, b) => a - b);
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => quantile(sorted, q));
  const ratio = (ms) => `${(ms / peer).toFixed(3)}x`;
  console.log(`didChange -> diagnostics, ${name} (${lines.length} lines, ${TYPINGS} distinct edits over ${candidates.length} prose lines):`);
  console.log(`  p50 ${p50.toFixed(1)} ms (${ratio(p50)}), p95 ${p95.toFixed(1)} ms (${ratio(p95)}), p99 ${p99.toFixed(1)} ms (${ratio(p99)}) of one markdownlint lint (${peer.toFixed(0)} ms)`);
  console.log(`  server RSS after the edits: ${rssAfterTyping.toFixed(0)} MiB`);
}

await typing('medium', mediumDoc);
await typing('large', bigDoc);

const before = procStatus(client.child.pid, 'VmRSS');
for (const [i, text] of docs.entries()) {
  const uri = pathToFileURL(`/bench/corpus-${i}.md`).href;
  const opened = client.published(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
}
const withCorpus = procStatus(client.child.pid, 'VmRSS');
console.log(`server RSS: ${startRss.toFixed(0)} MiB after initialize, ${before.toFixed(0)} MiB after the typing (docs closed), `
  + `${withCorpus.toFixed(0)} MiB with all ${docs.length} corpus docs open; peak ${procStatus(client.child.pid, 'VmHWM').toFixed(0)} MiB`);
if (process.env.HOLD_MS) await new Promise((resolve) => setTimeout(resolve, Number(process.env.HOLD_MS)));
await client.close();
