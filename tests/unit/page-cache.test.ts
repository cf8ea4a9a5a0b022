/**
 * The rebuild cache's stored files are used again only when their bytes are what their digest says:
 * checked in a worker thread while the build checks the content (src/lib/rebuild/page-cache.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RENDER_KEY_FORMAT } from '../../src/lib/rebuild/render-keys.ts';
import { cachedFilesIntact, intactFiles, storeFile, type Manifest } from '../../src/lib/rebuild/page-cache.ts';

let dir: string;
let manifest: Manifest;
const cache = () => path.join(dir, 'cache');
const blob = (digest: string) => path.join(cache(), 'files', digest);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-page-cache-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(path.join(dist, 'v', 'page'), { recursive: true });
  const files = ['kept', 'changed', 'missing'].map((name) => {
    writeFileSync(path.join(dist, 'v', 'page', `${name}.html`), `<p>the ${name} page</p>`);
    return storeFile(cache(), dist, path.join('v', 'page', `${name}.html`));
  });
  manifest = {
    format: RENDER_KEY_FORMAT,
    code: 'code',
    shared: 'shared',
    pupils: Object.fromEntries(files.map((file, index) => [`pupil-${index}`, { key: 'key', files: [file] }])),
    audited: [],
    lastBuild: { full: true, reason: '', rendered: [], reused: 0 },
  };
  // One byte changed, the size the same: only reading the bytes again tells.
  const changed = files[1]!.digest;
  const bytes = readFileSync(blob(changed));
  bytes.writeUInt8(bytes.readUInt8(5) ^ 1, 5);
  writeFileSync(blob(changed), bytes);
  rmSync(blob(files[2]!.digest));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('finds intact only the stored files whose bytes match their digest', async () => {
  const intact = await intactFiles(cache(), manifest);
  expect([...intact]).toEqual([manifest.pupils['pupil-0']!.files[0]!.digest]);
});

test('uses a cached pupil only when every one of their files is intact', async () => {
  const intact = await intactFiles(cache(), manifest);
  const usable = Object.entries(manifest.pupils).filter(([, pupil]) => cachedFilesIntact(cache(), pupil, intact));
  expect(usable.map(([id]) => id)).toEqual(['pupil-0']);
  // The same answer as reading each file here.
  expect(Object.values(manifest.pupils).map((pupil) => cachedFilesIntact(cache(), pupil))).toEqual([true, false, false]);
});
