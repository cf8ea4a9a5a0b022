/**
 * The "My plan" poster: drawn for every sample pupil as an A4 SVG (never a bitmap at build time),
 * kept in the cache by content hash, compressed and ready to seal, so an unchanged plan is not drawn
 * again.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { posterAad } from '../../src/lib/privacy/aad.ts';
import { openBytes, randomKey } from '../../src/lib/privacy/crypto.ts';
import { sealBytes } from '../../src/lib/privacy/seal.ts';
import { unpack } from '../../src/lib/privacy/payload.ts';
import {
  drawPostersOnEveryCore,
  makePoster,
  posterFile,
  posterHash,
  posterInput,
  posterScale,
  posterSvg,
  unpackPoster,
} from '../../src/lib/symbols/poster.ts';
import { LAYOUT } from '../../src/lib/symbols/poster-layout.ts';
import { whatHelpsMe } from '../../src/lib/plan/pupil-words.ts';
import { symbolDensity } from '../../src/lib/symbols/density.ts';
import { OPENMOJI_SET, symbolSet } from '../../src/lib/symbols/symbol-sets.ts';
import { splitSentences, tokenize, withoutSymbolChoices } from '../../src/lib/symbols/symbols.ts';

// The build never turns a poster into a bitmap: the browser does, when the reader asks for one.
const sharpCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('sharp', () => ({
  default: () => {
    sharpCalls.count++;
    throw new Error('sharp was called to draw a poster');
  },
}));

const { content } = loadContent('content');
if (!content) throw new Error('The sample content has problems: run npm run check.');
const cache = mkdtempSync(path.join(os.tmpdir(), 'waypoint-posters-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe.each(content.pupils.map((pupil) => [pupil.id, pupil] as const))('the poster for %s', (_id, pupil) => {
  test('is an A4 portrait SVG, made without drawing a bitmap', { timeout: 120_000 }, async () => {
    const input = posterInput(content, pupil, OPENMOJI_SET);
    const svg = unpackPoster(await makePoster(input, OPENMOJI_SET, cache));
    expect(
      svg
        .match(/^<svg width="(\d+)" height="(\d+)"/)
        ?.slice(1)
        .map(Number),
    ).toEqual([LAYOUT.width, LAYOUT.height]);
    expect(LAYOUT.height / LAYOUT.width).toBeCloseTo(297 / 210, 2);
    expect(sharpCalls.count).toBe(0);
    expect(posterScale(input)).toBeGreaterThanOrEqual(0.5);
  });

  test('carries its symbols as UTF-8 SVG, never base64', { timeout: 120_000 }, async () => {
    const svg = unpackPoster(await makePoster(posterInput(content, pupil, OPENMOJI_SET), OPENMOJI_SET, cache));
    expect(svg).not.toMatch(/;base64,/);
    const images = svg.match(/<image\b[^>]*>/g) ?? [];
    expect(images.filter((image) => !/ href="data:image\/svg\+xml,%3Csvg /.test(image))).toEqual([]);
  });

  test('is stored compressed in a few tens of kilobytes, for the pupil view to fetch', { timeout: 120_000 }, async () => {
    const poster = await makePoster(posterInput(content, pupil, OPENMOJI_SET), OPENMOJI_SET, cache);
    expect(poster.packed.length).toBeLessThan(40_000);
    expect(poster.packed.length).toBeLessThan(unpackPoster(poster).length / 3);
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
    expect(again.packed.equals(first.packed)).toBe(true);
    expect(readdirSync(cache)).toContain(path.basename(posterFile(first.hash, cache)));
  });

  test('keeps the form the build seals, which the browser opens and inflates back to the SVG', { timeout: 120_000 }, async () => {
    const poster = await makePoster(input, OPENMOJI_SET, cache);
    const key = randomKey();
    const aad = posterAad('ZzZzZzZzZzZzZzZzZzZzZz', 'pupil', 1, 'revision');
    const opened = await openBytes(key, sealBytes(key, poster.packed, aad), aad);
    expect(await unpack(opened)).toBe(await posterSvg(input, OPENMOJI_SET));
  });

  test('draws a poster again when what it shows changes', () => {
    const changed = { ...input, goals: [...input.goals, { sentences: [[{ text: 'help.', symbol: 'help-others' }]] }] };
    expect(posterHash(changed, OPENMOJI_SET)).not.toBe(posterHash(input, OPENMOJI_SET));
  });

  test('shows pupil wording only, never staff wording', () => {
    expect(input.goals.length).toBeGreaterThan(0);
    const text = JSON.stringify(input);
    for (const target of pupil.plan.targets) expect(text).not.toContain(target.staff);
    expect(input.name).toBe(pupil.plan.preferredName ?? pupil.plan.name.split(' ')[0]);
  });
});

/** The words of a poster line, joined back into the text they came from. */
const wordsOf = (sentences: { text: string }[][]) => sentences.map((words) => words.map((word) => word.text).join(' ')).join(' ');

describe.each(content.pupils.map((pupil) => [pupil.id, pupil] as const))('the poster words for %s', (_id, pupil) => {
  const input = posterInput(content, pupil, OPENMOJI_SET);
  const goals = pupil.plan.targets.filter((target) => target.pupil).slice(0, 4);

  test("are the pupil's own words, exactly as written", () => {
    expect(input.goals.map((goal) => wordsOf(goal.sentences))).toEqual(goals.map((target) => withoutSymbolChoices(target.pupil!)));
    expect(input.helps.map((help) => wordsOf(help.sentences))).toEqual(
      whatHelpsMe(content, pupil.plan)
        .slice(0, 6)
        .map((item) => withoutSymbolChoices(item.text)),
    );
  });

  test('carry the symbols the page shows by default, over the same words', () => {
    const density = symbolDensity(pupil.plan, content.school.symbols);
    goals.forEach((target, index) => {
      const badged = density !== 'none' && !!target.symbol;
      const page = splitSentences(target.pupil!).map((sentence) =>
        tokenize(sentence, OPENMOJI_SET).map((token) =>
          density === 'every-key-word' || (density === 'one-per-sentence' && token.lead && !badged) ? (token.symbol ?? null) : null,
        ),
      );
      expect(input.goals[index]!.sentences.map((words) => words.map((word) => word.symbol ?? null))).toEqual(page);
    });
  });
});

describe('poster symbols by age', () => {
  const shown = (id: string) =>
    posterInput(
      content,
      content.pupils.find((pupil) => pupil.id === id)!,
      OPENMOJI_SET,
    )
      .goals.flatMap((goal) => goal.sentences)
      .map((words) => words.filter((word) => word.symbol).length);

  test('puts a symbol over every key word for a pupil in Year 5', () => {
    expect(Math.min(...shown('amara-okafor'))).toBeGreaterThan(1);
  });

  test('puts at most one symbol on each sentence for a pupil in Year 7', () => {
    expect(Math.max(...shown('leo-whitfield'))).toBeLessThanOrEqual(1);
  });

  test('puts no symbols over the words for a pupil in Year 11', () => {
    expect(Math.max(...shown('kiran-mistry'))).toBe(0);
  });
});

describe('posters drawn on every core before the pages render', () => {
  const school = { ...content, pupils: content.pupils.slice(0, 2) };
  const set = symbolSet(content.folder);
  const folder = path.join(cache, 'on-every-core');

  test('draws, in worker threads, each poster the cache lacks, where the pages will look for it', { timeout: 240_000 }, async () => {
    expect(await drawPostersOnEveryCore(school, folder)).toBe(2);
    for (const pupil of school.pupils) {
      expect(readdirSync(folder)).toContain(path.basename(posterFile(posterHash(posterInput(school, pupil, set), set), folder)));
      expect((await makePoster(posterInput(school, pupil, set), set, folder)).cached).toBe(true);
    }
  });

  test('draws nothing when every poster is in the cache', { timeout: 120_000 }, async () => {
    expect(await drawPostersOnEveryCore(school, folder)).toBe(0);
  });
});
