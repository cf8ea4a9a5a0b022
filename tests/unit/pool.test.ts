import { describe, expect, test } from 'vitest';
import { mapConcurrent } from '../../src/lib/pool.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapConcurrent', () => {
  test('keeps the order of the items in its results', async () => {
    const out = await mapConcurrent([5, 1, 4, 2], async (n) => {
      await new Promise((resolve) => setTimeout(resolve, n));
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20]);
  });

  test('never runs more tasks at once than its limit', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrent(
      Array.from({ length: 20 }, (_, i) => i),
      async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      },
      3,
    );
    expect(most).toBe(3);
  });

  test('passes on the first failure', async () => {
    await expect(mapConcurrent([1, 2], (n) => (n === 2 ? Promise.reject(new Error('two')) : Promise.resolve(n)))).rejects.toThrow('two');
  });
});
