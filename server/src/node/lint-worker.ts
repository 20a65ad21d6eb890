// A worker thread of the lint pool (lint-pool.ts): lints each text it is sent and posts the result.
import { parentPort } from 'node:worker_threads';
import { lint } from '../engine/index.js';
import { setParseCacheBudget } from '../engine/parse.js';
import type { LintJob, WorkerReply } from './lint-pool.js';

// A pool lints each file once, and fixes (which re-lint) run on the main thread: a cache of chunk trees
// here would only be kept alive for nothing (see check.ts).
setParseCacheBudget(0);

parentPort!.on('message', ({ id, text, options }: LintJob & { id: number }) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: lint(text, options) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
