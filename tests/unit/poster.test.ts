/**
 * The "My plan" poster: drawn for every sample pupil at A4 print resolution, with a screen-sized
 * picture beside it, and kept in the cache by content hash so an unchanged plan is not drawn again.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { makePoster, posterHash, posterInput, posterScale, PREVIEW, PRINT } from '../../src/lib/symbols/poster.ts';
import { OPENMOJI_SET } from '../../src/lib/symbols/symbols.ts';

const { content } = loadContent('content');
if (!content) throw new Error('The sample content has problems: run npm run check.');
const cache = mkdtempSync(path.join(os.tmpdir(), 'waypoint-posters-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe.each(content.pupils.map((pupil) => [pupil.id, pupil] as const))('the poster for %s', (_id, pupil) => {
  test('is an A4 portrait PNG at 300 pixels per inch, with a screen-sized picture', { timeout: 120_000 }, async () => {
    const input = posterInput(content, pupil, OPENMOJI_SET);
    const poster = await makePoster(input, OPENMOJI_SET, cache);
    const print = await sharp(poster.print).metadata();
    const preview = await sharp(poster.preview).metadata();
    expect([print.format, print.width, print.height]).toEqual(['png', PRINT.width, PRINT.height]);
    expect([preview.format, preview.width, preview.height]).toEqual(['png', PREVIEW.width, PREVIEW.height]);
    // A palette PNG keeps the page's encrypted payload sensible.
    expect(poster.print.length).toBeLessThan(400_000);
    expect(posterScale(input)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the poster cache', () => {
  const pupil = content.pupils[0]!;
  const input = posterInput(content, pupil, OPENMOJI_SET);

  test('keeps a drawn poster by content hash and gives it back unchanged', { timeout: 120_000 }, async () => {
    const first = await makePoster(input, OPENMOJI_SET, cache);
    const again = await makePoster(input, OPENMOJI_SET, cache);
    expect(again.cached).toBe(true);
    expect(again.hash).toBe(first.hash);
    expect(again.print.equals(first.print)).toBe(true);
    expect(readdirSync(cache)).toContain(`${first.hash}.png`);
  });

  test('draws a poster again when what it shows changes', () => {
    const changed = { ...input, goals: [...input.goals, { text: 'I will ask for help.', symbols: ['raising-hands'] }] };
    expect(posterHash(changed, OPENMOJI_SET)).not.toBe(posterHash(input, OPENMOJI_SET));
  });

  test('shows pupil wording only, never staff wording', () => {
    const text = JSON.stringify(input);
    for (const target of pupil.plan.targets) expect(text).not.toContain(target.staff);
    expect(input.name).toBe(pupil.plan.preferredName ?? pupil.plan.name.split(' ')[0]);
  });
});
