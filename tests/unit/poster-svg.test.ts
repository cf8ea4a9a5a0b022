/**
 * The poster's SVG made small (src/lib/symbols/poster-svg.ts): the same picture, pixel for pixel,
 * with its letters in relative coordinates, its symbols percent-encoded and no unused masks.
 */
import { deflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { compactPosterSvg, relativePath, svgDataUri } from '../../src/lib/symbols/poster-svg.ts';
import { posterInput, satoriSvg } from '../../src/lib/symbols/poster.ts';
import { OPENMOJI_SET } from '../../src/lib/symbols/symbol-sets.ts';

const { content } = loadContent('content');
if (!content) throw new Error('The sample content has problems: run npm run check.');

/** Every point a path passes through, in absolute coordinates. */
function points(d: string): string[] {
  const out: string[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([MLQCZHVmlqczhv])([^MLQCZHVmlqczhv]*)/g)) {
    const values = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const relative = command === command!.toLowerCase();
    const upper = command!.toUpperCase();
    if (upper === 'Z') [x, y] = [startX, startY];
    else if (upper === 'H') x = relative ? x + values[0]! : values[0]!;
    else if (upper === 'V') y = relative ? y + values[0]! : values[0]!;
    else {
      for (let index = 0; index < values.length; index += 2) {
        const [px, py] = relative ? [x + values[index]!, y + values[index + 1]!] : [values[index]!, values[index + 1]!];
        out.push(`${px.toFixed(1)},${py.toFixed(1)}`);
      }
      [x, y] = [Number(out.at(-1)!.split(',')[0]), Number(out.at(-1)!.split(',')[1])];
      if (upper === 'M') [startX, startY] = [x, y];
      continue;
    }
    out.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  // A line to where the pen already is draws nothing: the relative form leaves it out.
  return out.filter((point, index) => point !== out[index - 1]);
}

describe('a glyph path in relative coordinates', () => {
  const glyph = 'M117.5 148L112.8 148L112.8 114.6L120.6 114.6Q155.4 152.4 156.3 152.1L156.3 152.1C1 2 3 4 5.5 6ZM154 156.1L151.9 156.1Z';

  test('passes through the same points as the absolute path', () => {
    expect(points(relativePath(glyph))).toEqual(points(glyph));
  });

  test('is shorter, and writes the same letter the same way wherever it stands', () => {
    const moved = glyph.replace(/(\d+(?:\.\d)?) (\d+(?:\.\d)?)/g, (_pair, x: string, y: string) => `${(Number(x) + 40.3).toFixed(1)} ${y}`);
    expect(relativePath(glyph).length).toBeLessThan(glyph.length);
    // Only where each outline starts (M, absolute) differs.
    const outlines = (d: string) => relativePath(d).replace(/M[^a-z]+/g, 'M');
    expect(outlines(moved)).toBe(outlines(glyph));
  });

  test('leaves any other path as it was', () => {
    const box = 'M95,72 h1050 a23,23 0 0 1 23,23 v177';
    expect(relativePath(box)).toBe(box);
  });
});

describe('a symbol as a data: URI', () => {
  test('is UTF-8, percent-encoded only where it must be', () => {
    expect(svgDataUri('<svg viewBox="0 0 72 72"><path fill="#fff"/></svg>')).toBe(
      'data:image/svg+xml,%3Csvg viewBox=%220 0 72 72%22%3E%3Cpath fill=%22%23fff%22/%3E%3C/svg%3E',
    );
  });
});

describe("Amara's poster, made small", () => {
  test('draws exactly the same picture as satori’s own SVG, in a third of the compressed bytes', { timeout: 60_000 }, async () => {
    const input = posterInput(
      content,
      content.pupils.find((pupil) => pupil.id === 'amara-okafor')!,
      OPENMOJI_SET,
    );
    const raw = await satoriSvg(input, OPENMOJI_SET);
    const compact = compactPosterSvg(raw);
    const draw = (svg: string) => sharp(Buffer.from(svg)).flatten({ background: '#fff' }).raw().toBuffer();
    expect((await draw(compact)).equals(await draw(raw))).toBe(true);
    expect(deflateRawSync(compact).length).toBeLessThan(deflateRawSync(raw).length / 2.5);
  });
});
