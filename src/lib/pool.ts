/**
 * Runs independent work on every core: at most `limit` tasks at once (one a core by default). The
 * build's heavy steps (AES-GCM, HMAC, deflate, sharp) run in Node's thread pool, so keeping several
 * in flight keeps every core busy without a worker per task. Results keep the order of the items.
 */
import os from 'node:os';

export const cores = () => os.availableParallelism();

export async function mapConcurrent<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  limit = cores(),
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
