// npm run bench:lsp: time from a didChange to its diagnostics over the protocol (debounce 0, so the
// figure is the server's own work; the editor setting, default 150 ms, adds to it), on a ~1,500-line
// and a ~20,000-line design doc built from ../shared/corpus, as ratios to one markdownlint lint of the
// same text measured in the same run; the server's resident memory after editing the large doc, and
// (in a server of its own) after opening every corpus doc.
//
// The server is the one VS Code runs: the bundle dist/server.cjs, with the node options the client
// starts it with (SERVER_NODE_FLAGS, server/src/shared/server-flags.ts), so its RSS is what a user sees
// (over stdio here, over Node IPC in VS Code: the same process otherwise).
//
// Every edit types one character at the end of a prose line, a different line each time, and the
// characters accumulate: no text (and no section's text) the server sees twice, so no edit can be
// answered from a cache of earlier texts.
//
// Environment: TYPINGS (edits per doc, default 100), WARM_UP (edits typed and reported apart before those, default 100), SERVER_NODE_OPTIONS (passed to the server process
// as NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), SERVER_NODE_ARGS (options on the server's
// node command line instead of the client's SERVER_NODE_FLAGS, to try V8 flags; "" for none),
// SERVER_BIN (another server script, e.g. out/server/src/lsp/main.js, the compiled sources unbundled), SNAPSHOT (a folder: with
// SERVER_NODE_OPTIONS="--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=FOLDER", a heap snapshot of the
// server with the corpus open is written there).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint as markdownlint } from 'markdownlint/sync';
import { EDITOR_CAPABILITIES, LspClient } from '../out/test/lsp-client.js';
import { SERVER_NODE_FLAGS } from '../out/server/src/shared/server-flags.js';

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
// Edits typed first and reported apart: V8 optimises the server's code over its first hundred or so
// edits after a document opens (their p95 is about twice the later one's); a user types thousands.
const WARM_UP = Number(process.env.WARM_UP ?? 100);

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

/** CPU time (user + system, all threads) a process has used, in ms (clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * One markdownlint lint (default rules) of the text: median wall time of `runs` after one warm-up run,
 * and the mean CPU time of those runs (steadier than wall time on a machine shared with other work).
 */
function markdownlintMs(text, runs) {
  const once = () => {
    const start = process.hrtime.bigint();
    markdownlint({ strings: { doc: text } });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  once();
  const cpuBefore = process.cpuUsage();
  const wall = median(Array.from({ length: runs }, once));
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 / runs };
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

const serverBin = path.resolve(process.env.SERVER_BIN ?? path.join(import.meta.dirname, '..', 'dist', 'server.cjs'));
const serverArgs = process.env.SERVER_NODE_ARGS === undefined ? [...SERVER_NODE_FLAGS] : process.env.SERVER_NODE_ARGS.split(' ').filter(Boolean);
console.log(`server: node ${[...serverArgs, path.relative(process.cwd(), serverBin), '--stdio'].join(' ')}`);

/** A server process (with SERVER_NODE_OPTIONS as its NODE_OPTIONS), initialized, linting every doc at debounce 0. */
async function startServer() {
  if (process.env.SERVER_NODE_OPTIONS) process.env.NODE_OPTIONS = process.env.SERVER_NODE_OPTIONS;
  const started = new LspClient(serverBin, serverArgs);
  delete process.env.NODE_OPTIONS;
  started.settings = { debounceMs: 0, designDocs: 'all' };
  await started.initialize(EDITOR_CAPABILITIES);
  return started;
}

// The corpus in a server of its own: what a workspace of real docs costs, apart from the typing below.
let client = await startServer();
const startRss = procStatus(client.child.pid, 'VmRSS');
for (const [i, text] of docs.entries()) {
  const uri = pathToFileURL(`/bench/corpus-${i}.md`).href;
  const opened = client.published(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
}
const withCorpus = procStatus(client.child.pid, 'VmRSS');
const corpusPeak = procStatus(client.child.pid, 'VmHWM');
if (process.env.SNAPSHOT) {
  // With SERVER_NODE_OPTIONS=--heapsnapshot-signal=SIGUSR2: a heap snapshot of the server with the corpus open.
  const dir = path.resolve(process.env.SNAPSHOT);
  const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  process.kill(client.child.pid, 'SIGUSR2');
  for (let waited = 0; waited < 120_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const written = fs.readdirSync(dir).filter((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (written.length > 0 && fs.statSync(path.join(dir, written[0])).size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      console.log(`heap snapshot: ${path.join(dir, written[0])}`);
      break;
    }
  }
}
// What stays resident once the server has been idle a while: it gives its heap back from 2 s after its
// last lint (server/src/lsp/idle-memory.ts). Aim: <= 100 MB (95 MiB) with the corpus open.
await new Promise((resolve) => setTimeout(resolve, 5000));
const idle5 = procStatus(client.child.pid, 'VmRSS');
await new Promise((resolve) => setTimeout(resolve, 15000));
console.log(`server RSS: ${startRss.toFixed(0)} MiB after initialize, ${withCorpus.toFixed(0)} MiB with all ${docs.length} corpus docs open `
  + `(peak ${corpusPeak.toFixed(0)} MiB), ${idle5.toFixed(0)} MiB after 5 s idle, ${procStatus(client.child.pid, 'VmRSS').toFixed(0)} MiB after 20 s (aim <= 95 MiB = 100 MB)`);
await client.close();

client = await startServer();
async function typing(name, text) {
  const uri = pathToFileURL(`/bench/${name}.md`).href;
  const opened = client.published(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const lines = text.split('\n');
  // Positions spread over the middle half of the doc, visited in a scattered order.
  const candidates = proseLines(lines).filter((i) => i >= lines.length / 4 && i < (3 * lines.length) / 4);
  const samples = [];
  const warmUp = [];
  let cpuBefore = cpuMs(client.child.pid);
  for (let i = 0; i < WARM_UP + TYPINGS; i++) {
    if (i === WARM_UP) cpuBefore = cpuMs(client.child.pid);
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
    (i < WARM_UP ? warmUp : samples).push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const serverCpu = (cpuMs(client.child.pid) - cpuBefore) / TYPINGS;
  const rssAfterTyping = procStatus(client.child.pid, 'VmRSS');
  client.notify('textDocument/didClose', { textDocument: { uri } });
  const peer = markdownlintMs(text, name === 'large' ? 3 : 7);
  const sorted = [...samples].sort((a, b) => a - b);
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => quantile(sorted, q));
  const ratio = (ms) => `${(ms / peer.wall).toFixed(3)}x`;
  console.log(`didChange -> diagnostics, ${name} (${lines.length} lines, ${TYPINGS} distinct edits over ${candidates.length} prose lines, after ${WARM_UP} others):`);
  console.log(`  p50 ${p50.toFixed(1)} ms (${ratio(p50)}), p95 ${p95.toFixed(1)} ms (${ratio(p95)}), p99 ${p99.toFixed(1)} ms (${ratio(p99)}) of one markdownlint lint (${peer.wall.toFixed(0)} ms); aim p95 <= ${name === 'large' ? '0.05' : '0.12'}x`);
  if (warmUp.length > 0) {
    const early = [...warmUp].sort((a, b) => a - b);
    console.log(`  the ${warmUp.length} edits before (the server's code still being optimised by V8, not counted above): p50 ${quantile(early, 0.5).toFixed(1)} ms (${ratio(quantile(early, 0.5))}), p95 ${quantile(early, 0.95).toFixed(1)} ms (${ratio(quantile(early, 0.95))})`);
  }
  console.log(`  CPU time: server ${serverCpu.toFixed(1)} ms per edit (mean), markdownlint ${peer.cpu.toFixed(0)} ms per lint: ${(serverCpu / peer.cpu).toFixed(3)}x`);
  console.log(`  server RSS after the edits: ${rssAfterTyping.toFixed(0)} MiB`);
}

await typing('medium', mediumDoc);
await typing('large', bigDoc);
console.log(`typing server: peak RSS ${procStatus(client.child.pid, 'VmHWM').toFixed(0)} MiB; ${procStatus(client.child.pid, 'VmRSS').toFixed(0)} MiB once both docs are closed`);
await client.close();
