// Gives memory back to the system once the server has nothing to do. Linting a document makes garbage in
// proportion to its size, and V8 grows its heap to several times what survives, then keeps that size: with
// the 93 corpus docs opened, the server held ~215 MiB of RSS for as long as it ran, of which ~30 MB was live.
// V8 does not shrink a heap on its own while the process sleeps, and one full collection frees objects but
// not the pages they were on; later ones release more, and V8 shrinks its 32 MB young generation only once
// a few collections in a row found little new allocation (after the 5th or 6th, 1 s apart, measured with
// the corpus open). So, once the server has been quiet for a moment, it collects a second apart until the
// whole heap, young generation included, is little more than what is in use, or 6 times (`npm run
// bench:lsp`: 215 -> ~90 MiB). A collection takes 15-40 ms; a spell costs at most ~0.2 s of CPU, and runs
// only while nobody types (any change or lint starts the wait again).
// Node only: the web worker has no way to ask for a collection, and its browser manages that memory.
import v8 from 'node:v8';
import vm from 'node:vm';

/** What the release needs from the runtime; tests give a fake one. */
export interface HeapControl {
  /** A full garbage collection, now. */
  collect(): void;
  /** The heap's size (bytes reserved, live or not). */
  heapBytes(): number;
  /** Bytes of the heap in use (live, or garbage not yet collected). */
  usedBytes(): number;
  /** Runs `then` after `ms` unless cancelled; never keeps the process alive. */
  later(ms: number, then: () => void): { cancel(): void };
}

export interface IdleMemoryOptions {
  /** Quiet time after the last lint before the first collection. */
  quietMs: number;
  /** Time between collections. */
  gapMs: number;
  /** Collections at most, per quiet spell. */
  maxPasses: number;
  /** The spell ends once the heap is no bigger than what is in use plus this much (bytes). */
  slack: number;
}

const DEFAULTS: IdleMemoryOptions = { quietMs: 2_000, gapMs: 1_000, maxPasses: 6, slack: 16 * 1024 * 1024 };

export class IdleMemoryRelease {
  private pending: { cancel(): void } | null = null;
  private passes = 0;
  private readonly options: IdleMemoryOptions;
  /** Collections made since the server started, for tests. */
  collections = 0;

  constructor(private readonly heap: HeapControl, options: Partial<IdleMemoryOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The server did work, or the user typed: start waiting for quiet again. */
  afterWork(): void {
    this.pending?.cancel();
    this.passes = 0;
    this.pending = this.heap.later(this.options.quietMs, () => this.pass());
  }

  private pass(): void {
    this.pending = null;
    if (this.nearUse()) return; // nothing much to give back (a small edit after the last spell)
    this.heap.collect();
    this.collections++;
    this.passes++;
    // How much a collection gives back varies (the first frees objects but seldom their pages; a later
    // one may give back half the heap at once): go on until little is left to give, or enough tries.
    if (this.passes >= this.options.maxPasses || this.nearUse()) return;
    this.pending = this.heap.later(this.options.gapMs, () => this.pass());
  }

  /** Whether the heap is no bigger than what is in use plus the slack. */
  private nearUse(): boolean {
    return this.heap.heapBytes() <= this.heap.usedBytes() + this.options.slack;
  }

  /** Stops any collection still to come (the server is shutting down). */
  dispose(): void {
    this.pending?.cancel();
    this.pending = null;
  }
}

/**
 * This process's heap, or null when it cannot be collected on demand. A server started with
 * `--expose-gc` has `gc`; otherwise the flag is turned on now and the function taken from a new context
 * (functions a flag adds appear only in contexts made after it is set), so that the server gets it however
 * it was started (VS Code, `mldoc-lint-server --stdio` from another editor).
 */
export function processHeap(): HeapControl | null {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as (() => void) | undefined;
    } catch {
      gc = undefined;
    }
  }
  if (typeof gc !== 'function') return null;
  const collect = gc;
  return {
    collect: () => collect(),
    heapBytes: () => v8.getHeapStatistics().total_heap_size,
    usedBytes: () => v8.getHeapStatistics().used_heap_size,
    later: (ms, then) => {
      const timer = setTimeout(then, ms);
      timer.unref();
      return { cancel: () => clearTimeout(timer) };
    },
  };
}
