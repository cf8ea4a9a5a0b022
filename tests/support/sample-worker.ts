/** A worker module for tests/unit/workers.test.ts: squares a number and says which thread did it. */
import { threadId } from 'node:worker_threads';
import type { WorkerTask } from '../../src/lib/workers.ts';

export const workerTask: WorkerTask<number, { square: number; thread: number }> = (n) => {
  if (n < 0) throw new Error(`No square for ${n}.`);
  return { square: n * n, thread: threadId };
};
