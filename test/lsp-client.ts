// A small LSP client for tests: speaks JSON-RPC over the server's stdio, answers the server's own
// requests (configuration, registration, showDocument) and lets tests wait on messages, never on time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Message { id?: number | string; method?: string; params?: any; result?: any; error?: any }

export interface TextEditLike { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }

export class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  readonly received: Message[] = [];
  /** What the client answers to workspace/configuration for section "mldoc". */
  settings: Record<string, unknown> = {};
  readonly child: ChildProcessWithoutNullStreams;

  /**
   * `serverBin`: the server's script (default: this checkout's compiled server, out/server/src/lsp/main.js,
   * so that `tsc -b` is enough to test a change; the bin runs the bundle, which test/lsp-bundle.test.ts and
   * the package test start). `nodeArgs`: options for the server's Node process (benchmarks try V8 flags with it).
   */
  constructor(serverBin: string = path.join(ROOT, 'out', 'server', 'src', 'lsp', 'main.js'), nodeArgs: string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, serverBin, '--stdio']);
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.received.push(message);
      if (message.method && message.id !== undefined) this.answer(message);
      const index = this.waiters.findIndex((w) => w.test(message));
      if (index >= 0) this.waiters.splice(index, 1)[0]!.resolve(message);
    }
  }

  /** Answers requests the server sends to the editor. */
  private answer(request: Message): void {
    let result: unknown = null;
    if (request.method === 'workspace/configuration') result = request.params.items.map(() => this.settings);
    if (request.method === 'window/showDocument') result = { success: true };
    if (request.method === 'workspace/applyEdit') result = { applied: true };
    this.send({ id: request.id, result });
  }

  send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** The first message (already received, after `since`, or future) that passes the test. */
  waitFor(test: (m: Message) => boolean, since = 0): Promise<Message> {
    const seen = this.received.slice(since).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return this.waitFor((m) => m.id === id && m.method === undefined);
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Diagnostics published for a URI at a version (or, with no version, the next ones from now). */
  published(uri: string, version?: number): Promise<Message> {
    const since = this.received.length;
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri
      && (version === undefined || m.params.version === version), version === undefined ? since : 0);
  }

  /** Initializes as a client in a trusted workspace (config files are read only then). */
  async initialize(capabilities: Record<string, unknown>, rootUri: string | null = null, trusted = true): Promise<Message> {
    const init = await this.request('initialize', {
      processId: process.pid, rootUri, capabilities, clientInfo: { name: 'mldoc-tests' }, initializationOptions: { trusted },
    });
    this.notify('initialized', {});
    return init;
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.on('exit', resolve));
    await this.request('shutdown', null);
    this.notify('exit', null);
    return exited;
  }
}

/** The edits a WorkspaceEdit makes to one document, and the version it was computed for (if it says). */
export function editsOf(edit: any, uri: string): { edits: TextEditLike[]; version: number | null | undefined } {
  const change = edit.documentChanges?.find((c: any) => c.textDocument?.uri === uri);
  if (change) return { edits: change.edits, version: change.textDocument.version };
  return { edits: edit.changes?.[uri] ?? [], version: undefined };
}

/** Applies LSP edits to a text, as an editor does (all positions refer to the text before the edits). */
export function applyEdits(text: string, edits: TextEditLike[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].map((e, i) => ({ e, i })).sort((a, b) => offset(b.e.range.start) - offset(a.e.range.start) || b.i - a.i);
  let result = text;
  for (const { e } of sorted) result = result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end));
  return result;
}

/** Capabilities like VS Code's: configuration, dynamic registration, related information, markdown hovers. */
export const EDITOR_CAPABILITIES = {
  workspace: { workspaceEdit: { documentChanges: true }, configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  window: { showDocument: { support: true } },
};
