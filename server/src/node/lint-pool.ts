// Lints many texts at once: this thread and `concurrency - 1` worker threads take texts from one
// queue, largest first (so that nobody is left with one long document at the end). Each worker loads
// the engine once; results come back in the order of the jobs, whatever order they finish in. A job
// that throws, or whose worker dies, comes back as an error for that text alone.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { LintOptions, LintResult } from '../engine/index.js';

export interface LintJob {
  text: string;
  options: LintOptions;
}

export type LintJobOutcome = LintResult | { error: string };

/** What the worker posts back for job `id`. */
export type WorkerReply = { id: number; result: LintResult } | { id: number; error: string };

/** The worker script sits beside this module, in the compiled tree and in the CLI bundle alike. */
const WORKER_URL = new URL('./lint-worker.js', import.meta.url);

/** Jobs a worker holds at once: it starts the next while this thread, busy linting, hands out more. */
const IN_FLIGHT = 2;

export async function lintInWorkers(jobs: LintJob[], concurrency: number, lintHere: (job: LintJob) => LintJobOutcome): Promise<LintJobOutcome[]> {
  const outcomes: LintJobOutcome[] = new Array(jobs.length);
  const queue = jobs.map((_, i) => i).sort((a, b) => jobs[b]!.text.length - jobs[a]!.text.length);
  let remaining = jobs.length;
  const live = new Set<Worker>();
  let done: () => void = () => {};
  const allDone = new Promise<void>((resolve) => (done = resolve));
  const settle = (id: number, outcome: LintJobOutcome) => {
    if (outcomes[id] !== undefined) return;
    outcomes[id] = outcome;
    if (--remaining === 0) done();
  };

  const start = () => {
    const worker = new Worker(WORKER_URL);
    live.add(worker);
    const held = new Set<number>();
    const feed = () => {
      while (held.size < IN_FLIGHT && queue.length > 0) {
        const id = queue.shift()!;
        held.add(id);
        worker.postMessage({ id, text: jobs[id]!.text, options: jobs[id]!.options });
      }
      if (held.size === 0 && live.delete(worker)) void worker.terminate();
    };
    worker.on('message', (reply: WorkerReply) => {
      held.delete(reply.id);
      settle(reply.id, 'result' in reply ? reply.result : { error: reply.error });
      feed();
    });
    // A worker that dies (out of memory, a crash in native code) costs the texts it held; a fresh
    // worker takes over the queue.
    const lost = (reason: string) => {
      if (!live.delete(worker)) return;
      for (const id of held) settle(id, { error: `worker stopped: ${reason}` });
      held.clear();
      if (queue.length > 0) start();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    feed();
  };

  for (let i = 0; i < Math.min(concurrency - 1, jobs.length); i++) start();
  // This thread lints too, one text at a time, letting worker replies through in between.
  while (queue.length > 0) {
    const id = queue.shift()!;
    settle(id, lintHere(jobs[id]!));
    await yieldToEvents();
  }
  if (remaining > 0) await allDone;
  for (const worker of live) void worker.terminate();
  live.clear();
  return outcomes;
}
