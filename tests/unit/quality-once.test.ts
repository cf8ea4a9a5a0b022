/**
 * A build checks the school's quality once. Astro renders the register from a bundle that holds its
 * own copy of src/lib/quality/quality.ts, so that copy must find the report the build already made
 * for the same content, not read every plan's wording again.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';

const SAMPLE = path.resolve('content');

describe('the quality report', () => {
  test('is made once for a content object, whichever copy of the module asks', async () => {
    const { content } = loadContent(SAMPLE);
    const report = checkQuality(content!);
    // A second instance of the module, as a bundle of Astro's holds: same file, its own module scope.
    const copy = (await import(
      /* @vite-ignore */ `../../src/lib/quality/quality.ts?copy=${Date.now()}`
    )) as typeof import('../../src/lib/quality/quality.ts');
    expect(copy.checkQuality).not.toBe(checkQuality);
    expect(copy.checkQuality(content!)).toBe(report);
  });

  test('is made again for content read again', () => {
    const first = checkQuality(loadContent(SAMPLE).content!);
    const again = checkQuality(loadContent(SAMPLE).content!);
    expect(again).not.toBe(first);
    expect(again.problems).toEqual(first.problems);
  });
});
