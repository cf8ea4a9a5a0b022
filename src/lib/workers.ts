/**
 * Worker threads for the build's independent CPU work (encryption, the audit, posters): a small
 * pool of node:worker_threads, one a core, each running one module that answers tasks with
 * serveTasks(). A task and its result cross as structured clones, so they must be plain data. The
 * worker module is loaded by Node itself (not by Astro's Vite), so it and what it imports must be
 * plain erasable TypeScript importing local files with the `.ts` extension. A module serves tasks
 * only in a worker this pool started, so importing it anywhere else (a test runner's worker) is safe.
 */
import os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** The cores this process may use: the pool starts one worker for each. */
export const cores = () => os.availableParallelism();

/** Marks the workers this pool starts, with the module each one serves. */
const SERVE = 'waypointTasks';

interface Request<T> {
  id: number;
  task: T;
}
type Reply<R> = { id: number; result: R } | { id: number; error: string };

/**
 * Runs `work` in a worker module for every item, at most `size` workers at once (one a core), and
 * returns the results in the items' order. A failed task fails the whole run with its message.
 */
export async function mapInWorkers<T, R>(module: URL, items: readonly T[], size = cores()): Promise<R[]> {
  const results = new Array<R>(items.length);
  if (items.length === 0) return results;
  const count = Math.max(1, Math.min(size, items.length));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () => {
        const worker = new Worker(module, { workerData: { [SERVE]: module.href } });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          const send = () => {
            if (next >= items.length) return resolve();
            const id = next++;
            worker.postMessage({ id, task: items[id] as T } satisfies Request<T>);
          };
          worker.on('message', (reply: Reply<R>) => {
            if ('error' in reply) return reject(new Error(reply.error));
            results[reply.id] = reply.result;
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            next < items.length || code !== 0 ? reject(new Error(`A build worker stopped (exit code ${code}).`)) : resolve(),
          );
          send();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * In a worker module: answers every task with `handle`. `module` is the calling module's
 * import.meta.url: only the module a worker was started for serves it, so a worker module may import
 * another (encryption imports the posters' module). Does nothing outside a pool's worker.
 */
export function serveTasks<T, R>(module: string, handle: (task: T) => Promise<R> | R): void {
  if (!parentPort || (workerData as Record<string, unknown> | null)?.[SERVE] !== module) return;
  const port = parentPort;
  port.on('message', async ({ id, task }: Request<T>) => {
    try {
      port.postMessage({ id, result: await handle(task) } satisfies Reply<R>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply<R>);
    }
  });
}
