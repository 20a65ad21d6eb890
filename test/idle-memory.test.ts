// The Node server gives its heap back once lints stop (server/src/lsp/idle-memory.ts): when it collects,
// how often, and that the collection it asks for is real in a process started without --expose-gc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { DocumentLinter } from '../server/src/lsp/document-linter.js';
import { DEFAULT_SETTINGS } from '../server/src/shared/settings.js';
import { IdleMemoryRelease, processHeap, type HeapControl } from '../server/src/lsp/idle-memory.js';

const MB = 1024 * 1024;

/** A heap whose size after each collection is scripted, with a clock the test moves by hand. */
class FakeHeap implements HeapControl {
  now = 0;
  size: number;
  /** Bytes in use: what stays live. */
  used = 30 * MB;
  collected: number[] = [];
  private timers: Array<{ at: number; then: () => void; live: boolean }> = [];
  constructor(size: number, private readonly afterEach: (size: number, pass: number) => number) {
    this.size = size;
  }
  collect(): void {
    this.collected.push(this.now);
    this.size = this.afterEach(this.size, this.collected.length);
  }
  heapBytes(): number {
    return this.size;
  }
  usedBytes(): number {
    return this.used;
  }
  later(ms: number, then: () => void) {
    const timer = { at: this.now + ms, then, live: true };
    this.timers.push(timer);
    return { cancel: () => void (timer.live = false) };
  }
  /** Moves the clock, firing what falls due in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      due.live = false;
      this.now = due.at;
      due.then();
    }
    this.now = end;
  }
}

test('nothing is collected while lints keep coming, one quiet spell later it is', () => {
  const heap = new FakeHeap(200 * MB, (size) => size);
  const memory = new IdleMemoryRelease(heap, { quietMs: 2000, gapMs: 1000 });
  for (let i = 0; i < 10; i++) {
    memory.afterWork();
    heap.advance(500);
  }
  assert.deepEqual(heap.collected, [], 'typing every 500 ms never lets 2 s of quiet pass');
  heap.advance(1500);
  assert.deepEqual(heap.collected, [6500], 'the first collection comes 2 s after the last lint');
});

test('collections go on a second apart until the heap is little more than what is live', () => {
  // As measured: the first collection frees no pages, the next ones halve the heap; 30 MB stay live.
  const heap = new FakeHeap(160 * MB, (size, pass) => (pass === 1 ? size : Math.max(40 * MB, size / 2)));
  const memory = new IdleMemoryRelease(heap, { quietMs: 2000, gapMs: 1000, maxPasses: 6, slack: 16 * MB });
  memory.afterWork();
  heap.advance(60_000);
  // 160 (no gain) -> 80 -> 40: within 30 + 16 MB, so no more.
  assert.deepEqual(heap.collected, [2000, 3000, 4000]);
  assert.equal(heap.size, 40 * MB);
  assert.equal(memory.collections, 3);
});

test('a collection that frees nothing does not end the spell early', () => {
  // Gains as uneven as measured: nothing, then 8 MB, then nothing, then half.
  const sizes = [160, 152, 152, 76, 40].map((mb) => mb * MB);
  const heap = new FakeHeap(160 * MB, (_size, pass) => sizes[Math.min(pass - 1, sizes.length - 1)]!);
  const memory = new IdleMemoryRelease(heap, { maxPasses: 6, slack: 16 * MB });
  memory.afterWork();
  heap.advance(60_000);
  assert.equal(heap.size, 40 * MB);
  assert.equal(heap.collected.length, 5);
});

test('a quiet spell on a heap already near its use collects nothing', () => {
  const heap = new FakeHeap(40 * MB, (size) => size);
  const memory = new IdleMemoryRelease(heap, { slack: 16 * MB });
  memory.afterWork();
  heap.advance(60_000);
  assert.deepEqual(heap.collected, [], '40 MB of heap with 30 MB in use: within the slack');
});

test('a heap that stays big gets at most maxPasses collections per quiet spell', () => {
  const heap = new FakeHeap(1000 * MB, (size) => size - 10 * MB);
  const memory = new IdleMemoryRelease(heap, { maxPasses: 5, slack: 16 * MB });
  memory.afterWork();
  heap.advance(60_000);
  assert.equal(heap.collected.length, 5);
});

test('a lint during the collections stops them and waits for quiet again', () => {
  const heap = new FakeHeap(160 * MB, (size) => size - 20 * MB);
  const memory = new IdleMemoryRelease(heap, { quietMs: 2000, gapMs: 1000, maxPasses: 8 });
  memory.afterWork();
  heap.advance(3500); // collections at 2000 and 3000
  memory.afterWork(); // typing resumed at 3500
  heap.advance(1000);
  assert.deepEqual(heap.collected, [2000, 3000], 'no collection 1 s after the new lint');
  heap.advance(1000);
  assert.deepEqual(heap.collected.slice(0, 3), [2000, 3000, 5500], 'the next spell starts 2 s after it');
});

test('dispose cancels what is still to come', () => {
  const heap = new FakeHeap(100 * MB, (size) => size - 10 * MB);
  const memory = new IdleMemoryRelease(heap);
  memory.afterWork();
  memory.dispose();
  heap.advance(60_000);
  assert.deepEqual(heap.collected, []);
});

test('this process (started without --expose-gc) can be collected on demand, and that frees garbage', () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the test runs without --expose-gc, as a server started by another editor does');
  const heap = processHeap();
  assert.ok(heap, 'processHeap found a way to collect');
  const used = () => v8.getHeapStatistics().used_heap_size;
  heap.collect();
  const before = used();
  let garbage: unknown[] | null = Array.from({ length: 400_000 }, (_, i) => ({ i, text: `item ${i}` }));
  assert.ok(used() > before + 10 * MB, 'the garbage took heap');
  const grown = heap.heapBytes();
  garbage = null;
  void garbage;
  heap.collect();
  assert.ok(used() < before + 4 * MB, `one collection frees the objects (${Math.round(used() / MB)} MB used, ${Math.round(before / MB)} before)`);
  // The pages they were on go back in the next collections (why the release collects several times).
  for (let i = 0; i < 3; i++) heap.collect();
  assert.ok(heap.heapBytes() < grown - 10 * MB, `the heap shrinks: ${Math.round(grown / MB)} -> ${Math.round(heap.heapBytes() / MB)} MB`);
});

test('a pending collection never keeps the process alive', () => {
  // A server whose editor went away must exit even while a quiet spell is pending.
  const module = pathToFileURL(path.join(import.meta.dirname, '..', 'server', 'src', 'lsp', 'idle-memory.js')).href;
  const script = `import(${JSON.stringify(module)}).then((m) => { m.processHeap().later(1e6, () => {}); console.log('scheduled'); });`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.signal, null, 'the process ended by itself, not by the test\'s timeout');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /scheduled/);
});

test('the linter reports every lint to the release, one that throws too', () => {
  const linter = new DocumentLinter();
  let reported = 0;
  linter.afterLint = () => reported++;
  linter.lint('file:///tmp/idle-memory-test.md', '# Doc\n\nText.\n', DEFAULT_SETTINGS);
  assert.equal(reported, 1);
  (linter as unknown as { lintNow: () => never }).lintNow = () => {
    throw new Error('a broken lint');
  };
  assert.throws(() => linter.lint('file:///tmp/idle-memory-test.md', 'text', DEFAULT_SETTINGS), /a broken lint/);
  assert.equal(reported, 2);
});
