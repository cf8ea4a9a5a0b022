/**
 * A build and the checker's cache (src/lib/rebuild/check-cache.ts): a rebuild takes what the last
 * build read of each unchanged file from the private cache, and `npm run build -- --full` reads every
 * file anew. Shown with a cache entry no reading of the file would give: a problem of its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { memoKey, recallFile, rememberFile } from '../../src/lib/content/read-memo.ts';
import { keepCheck } from '../../src/lib/rebuild/check-cache.ts';
import { codeVersion } from '../../src/lib/rebuild/render-keys.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { fixtureSchool, type FixtureSchool } from '../support/fixture-school.ts';

const PLANTED = 'A problem only the planted cache entry has.';
let school: FixtureSchool;
let site: BuiltFixture;
const cache = () => path.join(site.dir, 'cache');

beforeAll(async () => {
  school = fixtureSchool();
  site = await fixtureBuild(school.folder, loadContent(school.folder).content!.school.senco, 'check cache build passphrase');
  // What this code read of the school, with one plan's reading changed to carry a problem.
  const text = readFileSync(path.join(school.folder, 'pupils', 'kai-mensah', 'plan.mdx'), 'utf8');
  const key = memoKey('plan', 'frontmatter', text);
  const memo = recallFile(key)!;
  rememberFile(key, { ...memo, body: { findings: [{ line: 1, message: PLANTED, fix: 'None.', severity: 'error' }], images: [] } });
  keepCheck(path.join(cache(), 'rebuild'), codeVersion());
}, 60_000);
afterAll(() => {
  site.remove();
  school.remove();
});

test('a build takes what the last build of the same code read of an unchanged file from the cache', () => {
  const { status, output } = site.build({ env: { WAYPOINT_CACHE: cache() } });
  expect(status).not.toBe(0);
  expect(output).toContain(PLANTED);
}, 120_000);

test('npm run build -- --full reads every file anew, and keeps what it read for the next build', () => {
  const full = execFileSync(process.execPath, ['scripts/build.ts', '--full', '--out', site.dist], {
    env: { ...site.env, WAYPOINT_CACHE: cache() },
    encoding: 'utf8',
    stdio: 'pipe',
  });
  expect(full).not.toContain(PLANTED);
  const { status, output } = site.build({ env: { WAYPOINT_CACHE: cache() } });
  expect(status, output).toBe(0);
  expect(output).not.toContain(PLANTED);
}, 300_000);
