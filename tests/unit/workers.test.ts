/**
 * The build's worker threads (src/lib/workers.ts): independent work runs off the main thread, in as
 * many workers as asked, and its results come back in the order of the tasks.
 */
import { threadId } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { mapInWorkers } from '../../src/lib/workers.ts';

const WORKER = new URL('../support/sample-worker.ts', import.meta.url);
type Answer = { square: number; thread: number };

describe('mapInWorkers', () => {
  test('returns the results in the order of the tasks', async () => {
    const answers = await mapInWorkers<number, Answer>(WORKER, [5, 1, 4, 2, 3], 2);
    expect(answers.map((answer) => answer.square)).toEqual([25, 1, 16, 4, 9]);
  });

  test('runs the tasks in worker threads, as many as asked', async () => {
    const answers = await mapInWorkers<number, Answer>(
      WORKER,
      Array.from({ length: 40 }, (_, n) => n),
      2,
    );
    const threads = new Set(answers.map((answer) => answer.thread));
    expect(threads.has(threadId)).toBe(false);
    expect(threads.size).toBeLessThanOrEqual(2);
    expect(threads.size).toBeGreaterThan(0);
  });

  test('fails with the message of a task that fails', async () => {
    await expect(mapInWorkers<number, Answer>(WORKER, [1, -2, 3], 2)).rejects.toThrow('No square for -2.');
  });

  test('starts no worker when there is nothing to do', async () => {
    expect(await mapInWorkers<number, Answer>(WORKER, [], 2)).toEqual([]);
  });
});
