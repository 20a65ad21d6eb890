// Lints many texts on worker threads: each worker loads the engine once and lints one text at a
// time; results come back in the order of the jobs, whatever order the workers finish in. A job
// that throws, or whose worker dies, comes back as an error for that text alone.
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

export async function lintInWorkers(jobs: LintJob[], concurrency: number): Promise<LintJobOutcome[]> {
  const outcomes: LintJobOutcome[] = new Array(jobs.length);
  // Largest texts first, so that no worker is left with one long document at the end.
  const queue = jobs.map((_, i) => i).sort((a, b) => jobs[b]!.text.length - jobs[a]!.text.length);
  let remaining = jobs.length;
  if (remaining === 0) return outcomes;

  return new Promise((resolve) => {
    const live = new Set<Worker>();
    const finish = () => {
      for (const worker of live) void worker.terminate();
      live.clear();
      resolve(outcomes);
    };
    const settle = (id: number, outcome: LintJobOutcome) => {
      if (outcomes[id] !== undefined) return;
      outcomes[id] = outcome;
      if (--remaining === 0) finish();
    };
    const start = () => {
      const worker = new Worker(WORKER_URL);
      live.add(worker);
      let current: number | undefined;
      const next = () => {
        current = queue.shift();
        if (current === undefined) {
          live.delete(worker);
          void worker.terminate();
          return;
        }
        worker.postMessage({ id: current, text: jobs[current]!.text, options: jobs[current]!.options });
      };
      worker.on('message', (reply: WorkerReply) => {
        settle(reply.id, 'result' in reply ? reply.result : { error: reply.error });
        if (remaining > 0) next();
      });
      // A worker that dies (out of memory, a crash in native code) costs the text it held; a fresh
      // worker takes over the queue.
      const lost = (reason: string) => {
        if (!live.delete(worker)) return;
        if (current !== undefined) settle(current, { error: `worker stopped: ${reason}` });
        current = undefined;
        if (remaining > 0 && queue.length > 0) start();
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`exit code ${code}`));
      next();
    };
    for (let i = 0; i < Math.min(concurrency, jobs.length); i++) start();
  });
}
