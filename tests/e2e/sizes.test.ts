/**
 * The size budgets of DESIGN.md §6 on the sample school (sizes, never timings): what the pupil and
 * family views transfer in Chromium, gzipped as a host would, and the print poster kept out of the
 * pupil view in its own encrypted file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

  test('publish each pupil view’s print poster as its own file, beside the page', () => {
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
});
