/**
 * Astro caches the content it has read (node_modules/.astro/ and .astro/). The cache is keyed by
 * entry, not by content folder, so after building another folder (a test fixture, a generated school)
 * it would still list files from the last one. Forget it whenever the content folder changes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LAST = path.resolve('node_modules', '.cache', 'waypoint-last-content.txt');
const CACHES = ['node_modules/.astro', '.astro/data-store.json', '.astro/content-modules.mjs', '.astro/content-assets.mjs'];

export function forgetAstroCacheIfContentChanged(contentFolder: string): void {
  const last = existsSync(LAST) ? readFileSync(LAST, 'utf8') : '';
  if (last === contentFolder) return;
  for (const cache of CACHES) rmSync(path.resolve(cache), { recursive: true, force: true });
  mkdirSync(path.dirname(LAST), { recursive: true });
  writeFileSync(LAST, contentFolder);
}
