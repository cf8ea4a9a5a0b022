/**
 * Worker threads for the build's independent CPU work (encryption, the audit, posters), on piscina's
 * pool: one worker a core, each loading one worker module and calling the function it exports as
 * `workerTask`. A task and its result cross as structured clones, so they must be plain data. The
 * worker module is loaded by Node itself (not by Astro's Vite), so it and what it imports must be
 * plain erasable TypeScript importing local files with the `.ts` extension.
 */
import os from 'node:os';
import { Piscina } from 'piscina';

/** The cores this process may use: the pool starts one worker for each. */
export const cores = () => os.availableParallelism();

/** The name a worker module exports its task function under. */
export const WORKER_TASK = 'workerTask';

/** What a worker module exports: `export const workerTask: WorkerTask<T, R> = …`. */
export type WorkerTask<T, R> = (task: T) => Promise<R> | R;

/**
 * Runs the `workerTask` of a worker module for every item, in at most `size` workers (one a core),
 * and returns the results in the items' order. A failed task fails the whole run with its message.
 */
export async function mapInWorkers<T, R>(module: URL, items: readonly T[], size = cores()): Promise<R[]> {
  if (items.length === 0) return [];
  const threads = Math.max(1, Math.min(size, items.length));
  const pool = new Piscina<T, R>({ filename: module.href, name: WORKER_TASK, minThreads: threads, maxThreads: threads });
  // Every task settles before the pool is destroyed: a reply arriving after destroy() is an uncaught error.
  const settled = await Promise.allSettled(items.map((item) => pool.run(item)));
  await pool.destroy();
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<R>).value);
}
