/**
 * Only allowed files are published: after a build, any file not on the allow-list in
 * src/lib/privacy/published-files.ts fails the build, and nothing is published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEARCH_DATA_FILE, unexpectedFiles } from '../../src/lib/privacy/published-files.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { projectCopy, type ProjectCopy } from '../support/project-copy.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const PAGE = 'AbCdEfGhIjKlMnOpQrStUv';

describe('the allow-list', () => {
  test('passes every kind of file Waypoint publishes', () => {
    const files = [
      'index.html',
      '404.html',
      'staff/index.html',
      'credits/index.html',
      `v/${PAGE}/index.html`,
      `v/${PAGE}/revision.json`,
      `v/${PAGE}/poster.bin`,
      '_astro/Shell.BTQPK8_T.css',
      '_astro/Shell.astro_astro_type_script_index_0_lang.Bt6qXjVa.js',
      '_astro/webcrypto.DK4hig_G.js',
      '_astro/lexend-latin-ext-700-normal.iR1cPiNX.woff',
      '_astro/atkinson-hyperlegible-latin-400-normal.BrHNak5F.woff2',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_421b761841.pf_meta',
      'pagefind/index/en_97a5d1a.pf_index',
      'pagefind/fragment/en_f0f1413.pf_fragment',
      'pagefind/filter/en_f61ffd9.pf_filter',
      '_wp/staff.json',
      'robots.txt',
      '_headers',
    ];
    expect(unexpectedFiles(files, new Set([PAGE]))).toEqual([]);
  });

  test('refuses images, copies of pages, source and data files, and pages of no page of this build', () => {
    const files = [
      '_astro/report.Ab12Cd34.webp',
      '_astro/diagram.Ab12Cd34.svg',
      'v/ZzZzZzZzZzZzZzZzZzZzZz/index.html',
      'v/ZzZzZzZzZzZzZzZzZzZzZz/poster.bin',
      `v/${PAGE}/poster.bin.png`,
      `v/${PAGE}/poster.png`,
      'v/family-amara-okafor/index.html',
      '.prerender/chunks/plan.mjs',
      'notes.txt',
      'sitemap-index.xml',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-worker.js',
      '_wp/keyring.json',
    ];
    expect(unexpectedFiles(files, new Set([PAGE]))).toEqual(files);
  });

  test("names Pagefind's data files once, for the build, the browser and the tests", () => {
    expect(SEARCH_DATA_FILE.test('pagefind-entry.json')).toBe(true);
    expect(SEARCH_DATA_FILE.test('fragment/en_f0f1413.pf_fragment')).toBe(true);
    expect(SEARCH_DATA_FILE.test('pagefind.js')).toBe(false);
  });
});

describe('a build whose output holds a file that is not on the list', () => {
  let project: ProjectCopy;
  let site: BuiltFixture;
  let run: { status: number | null; output: string };

  beforeAll(async () => {
    project = projectCopy();
    writeFileSync(path.join(project.root, 'public', 'notes.txt'), 'Staff meeting notes.\n');
    site = await fixtureBuild(path.join(PROJECT, 'tests/fixtures/audience-markers'), 'senco-one', 'marker school senco passphrase');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', site.dist], {
      cwd: project.root,
      env: site.env,
      encoding: 'utf8',
    });
    run = { status: result.status, output: `${result.stdout}${result.stderr}` };
  }, 180_000);
  afterAll(() => {
    site.remove();
    project.remove();
  });

  test('fails, naming the file and saying what to do', () => {
    expect(run.status).toBe(1);
    expect(run.output).toContain('The build made 1 file(s) that Waypoint does not publish:\n  notes.txt\n');
    expect(run.output).toContain('To fix it: take out whatever made these files');
  });

  test('publishes nothing', () => {
    expect(existsSync(site.dist)).toBe(false);
  });
});
