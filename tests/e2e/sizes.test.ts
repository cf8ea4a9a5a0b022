/**
 * The size budgets of DESIGN.md §6 on the sample school (sizes, never timings): what the pupil and
 * family views transfer in Chromium, gzipped as a host would (the pupil view with its poster), and
 * the poster kept out of the pupil page in its own encrypted file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, inflateRawSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { measureViewBytes, type PupilLinks } from '../../scripts/lib/bench-browser.ts';
import { POSTER_FILE } from '../../src/lib/privacy/payload.ts';

const siteDir = inject('siteDir');
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as { pupils: PupilLinks[] };
const KB = 1024;

describe('the views of the sample school', () => {
  test('stay within their transfer budgets: pupil 100 KB, family 60 KB with 10 KB of JavaScript', async () => {
    const bytes = await measureViewBytes({ dist: siteDir, links: links.pupils.slice(0, 3), passphrase: inject('staffPassphrase') });
    expect(bytes.pupil.gzipBytes).toBeLessThanOrEqual(100 * KB);
    expect(bytes.family.gzipBytes).toBeLessThanOrEqual(60 * KB);
    expect(bytes.family.jsGzipBytes).toBeLessThanOrEqual(10 * KB);
  }, 180_000);

  test('publish each pupil view’s poster as its own file, beside the page', () => {
    const folders = readdirSync(path.join(siteDir, 'v'));
    const posters = folders.filter((id) => {
      try {
        return statSync(path.join(siteDir, 'v', id, POSTER_FILE)).size > 0;
      } catch {
        return false;
      }
    });
    expect(posters).toHaveLength(links.pupils.length);
  });

  test('publish each poster as ciphertext: no SVG in it, nothing to inflate, nothing to compress', () => {
    const files = readdirSync(path.join(siteDir, 'v'))
      .map((id) => path.join(siteDir, 'v', id, POSTER_FILE))
      .filter((file) => existsSync(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes('<svg')).toBe(false);
      // Random bytes sometimes happen to be a short valid deflate stream: what matters is that the
      // poster's own packed SVG is not in the file.
      expect(inflatedText(bytes)).not.toContain('<svg');
      expect(gzipSync(bytes).length).toBeGreaterThan(bytes.length * 0.99);
      // The compressed SVG is a few tens of kilobytes: the pupil view fetches it when it opens.
      expect(bytes.length).toBeLessThan(40 * KB);
    }
  });
});

/** The bytes inflated as raw deflate, as text; empty when they are not a deflate stream at all. */
function inflatedText(bytes: Buffer): string {
  try {
    return inflateRawSync(bytes).toString('utf8');
  } catch {
    return '';
  }
}
