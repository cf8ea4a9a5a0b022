/**
 * The incremental rebuild: after one plan changes, a build draws only that pupil's pages and copies
 * the rest from its private cache, and what it publishes is byte for byte what a full build from
 * scratch publishes with the same keyring. Anything shared, or a cache it cannot trust, means a full
 * build. What a build drew is read from its own record (the rebuild cache's manifest), never timed.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSchool } from '../../scripts/lib/generate-school.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { emptyKeyring } from '../../src/lib/keys/keyring.ts';
import type { Manifest } from '../../src/lib/rebuild/page-cache.ts';
import { keepCheck, recallCheck } from '../../src/lib/rebuild/check-cache.ts';
import { codeVersion, sharedKey } from '../../src/lib/rebuild/render-keys.ts';
import { planRebuild } from '../../src/lib/rebuild/rebuild-plan.ts';
import { checkPlainText } from '../../src/lib/quality/plain-language.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';

const PASSPHRASE = 'rebuild test senco passphrase';
const NEW_SENTENCE = '\nThe class teacher checks in with the family each Friday.\n';

/** Every file of an output folder, by path, with a hash of its bytes. */
function snapshot(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dist, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return files;
}

interface School {
  dir: string;
  content: string;
  site: BuiltFixture;
  cache: string;
  build: (extra?: Record<string, string>, out?: string) => Manifest;
  remove: () => void;
}

/** A copy of a content folder with its own keyring, output and rebuild cache. */
async function schoolFrom(write: (content: string) => void): Promise<School> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-rebuild-'));
  const content = path.join(dir, 'content');
  write(content);
  const senco = loadContent(content).content!.school.senco;
  const site = await fixtureBuild(content, senco, PASSPHRASE);
  const cache = path.join(dir, 'cache');
  const build = (extra: Record<string, string> = {}, out = site.dist): Manifest => {
    const { status, output } = site.build({ env: { WAYPOINT_CACHE: cache, ...extra }, out });
    if (status !== 0) throw new Error(output);
    const cacheUsed = extra['WAYPOINT_CACHE'] ?? cache;
    return JSON.parse(readFileSync(path.join(cacheUsed, 'rebuild', 'manifest.json'), 'utf8')) as Manifest;
  };
  return {
    dir,
    content,
    site,
    cache,
    build,
    remove: () => {
      site.remove();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A copy of the sample school, built once. */
async function builtSampleSchool(): Promise<School> {
  const school = await schoolFrom((content) => cpSync('content', content, { recursive: true }));
  school.build();
  return school;
}

const pupilsOf = (content: string) => readdirSync(path.join(content, 'pupils')).sort();
const changePlan = (content: string, pupil: string) => appendFileSync(path.join(content, 'pupils', pupil, 'plan.mdx'), NEW_SENTENCE);
const pageFilesOf = (school: School, pupil: string) =>
  (['staff', 'family', 'pupil'] as const).map((view) =>
    path.join(school.site.dist, 'v', school.site.keyring().pages[`${view}:${pupil}`]!.id),
  );

/** The story every school goes through: a full build, one plan changed, a rebuild, a full build from scratch. */
function changeOnePlanAndCompare(name: string, write: (content: string) => void) {
  describe(`after one plan of the ${name} changes`, () => {
    let school: School;
    let changed: string;
    const state = {} as { first: Manifest; rebuild: Manifest; rebuilt: Map<string, string>; scratch: Map<string, string> };

    beforeAll(async () => {
      school = await schoolFrom(write);
      state.first = school.build();
      changed = pupilsOf(school.content)[1]!;
      changePlan(school.content, changed);
      state.rebuild = school.build();
      state.rebuilt = snapshot(school.site.dist);
      // The same content and keyring, built with an empty cache into another folder.
      const out = path.join(school.dir, 'scratch');
      school.build({ WAYPOINT_CACHE: path.join(school.dir, 'scratch-cache') }, out);
      state.scratch = snapshot(out);
    }, 600_000);
    afterAll(() => school.remove());

    test('the first build draws every pupil', () => {
      expect(state.first.lastBuild.full).toBe(true);
      expect(state.first.lastBuild.rendered).toEqual(pupilsOf(school.content));
    });

    test('the rebuild draws only the changed pupil and copies the others', () => {
      expect(state.rebuild.lastBuild.full).toBe(false);
      expect(state.rebuild.lastBuild.rendered).toEqual([changed]);
      expect(state.rebuild.lastBuild.reused).toBe(pupilsOf(school.content).length - 1);
    });

    test('the rebuild publishes the same files, byte for byte, as a full build from scratch', () => {
      expect([...state.rebuilt.keys()].sort()).toEqual([...state.scratch.keys()].sort());
      const differing = [...state.rebuilt].filter(([file, hash]) => state.scratch.get(file) !== hash).map(([file]) => file);
      expect(differing).toEqual([]);
    });
  });
}

changeOnePlanAndCompare('sample school', (content) => cpSync('content', content, { recursive: true }));
changeOnePlanAndCompare('generated school', (content) => {
  for (const [file, text] of generateSchool({ pupils: 12, seed: 7, sample: path.resolve('content') })) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
});

describe('a rebuild of the sample school', () => {
  let school: School;
  beforeAll(async () => {
    school = await builtSampleSchool();
  }, 600_000);
  afterAll(() => school.remove());

  test('keeps its cache private: folders 0700, files 0600', () => {
    const cache = path.join(school.cache, 'rebuild');
    for (const entry of [cache, ...readdirSync(cache, { recursive: true }).map((name) => path.join(cache, String(name)))]) {
      expect(statSync(entry).mode & 0o777).toBe(statSync(entry).isDirectory() ? 0o700 : 0o600);
    }
  });

  test('with nothing changed draws no pupil and publishes the same bytes', () => {
    const before = snapshot(school.site.dist);
    const manifest = school.build();
    expect(manifest.lastBuild).toMatchObject({ full: false, rendered: [] });
    expect(snapshot(school.site.dist)).toEqual(before);
  }, 300_000);

  test("keeps the copied pupils' posters in the poster cache", () => {
    const posters = () => readdirSync(path.join(school.cache, 'posters')).sort();
    const before = posters();
    school.build();
    expect(before.length).toBeGreaterThan(0);
    expect(posters()).toEqual(before);
  }, 300_000);

  test('draws every pupil again when the date the build uses changes', () => {
    expect(school.build({ WAYPOINT_TODAY: '2026-11-23' }).lastBuild.full).toBe(true);
  }, 300_000);

  test('ignores a cache written by another version of the code', () => {
    const file = path.join(school.cache, 'rebuild', 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"code":"[0-9a-f]+"/, `"code":"${'0'.repeat(64)}"`));
    expect(school.build().lastBuild.full).toBe(true);
  }, 300_000);

  test('draws a pupil again whose cached page was damaged', () => {
    const manifest = JSON.parse(readFileSync(path.join(school.cache, 'rebuild', 'manifest.json'), 'utf8')) as Manifest;
    const [pupil, cached] = Object.entries(manifest.pupils)[0]!;
    writeFileSync(path.join(school.cache, 'rebuild', 'files', cached.files[0]!.digest), 'damaged');
    expect(school.build().lastBuild.rendered).toEqual([pupil]);
  }, 300_000);

  test("removes a pupil's pages from the output when their folder is deleted", () => {
    const gone = pupilsOf(school.content).at(-1)!;
    const pages = pageFilesOf(school, gone);
    rmSync(path.join(school.content, 'pupils', gone), { recursive: true });
    const manifest = school.build();
    expect(manifest.lastBuild.full).toBe(false);
    expect(Object.keys(manifest.pupils)).not.toContain(gone);
    for (const page of pages) expect(() => statSync(page)).toThrow();
  }, 300_000);
});

describe('the audit of a rebuild', () => {
  let school: School;
  beforeAll(async () => {
    school = await builtSampleSchool();
  }, 600_000);
  afterAll(() => school.remove());

  test('searches the pages it copies for text that is new since the last build', () => {
    const [changed, copied] = pupilsOf(school.content);
    changePlan(school.content, changed!);
    // A cached page of another pupil that holds the new sentence, stored as if a build had written it.
    const cache = path.join(school.cache, 'rebuild');
    const manifest = JSON.parse(readFileSync(path.join(cache, 'manifest.json'), 'utf8')) as Manifest;
    const page = manifest.pupils[copied!]!.files.find((file) => file.path.endsWith('index.html'))!;
    const forged = Buffer.concat([readFileSync(path.join(cache, 'files', page.digest)), Buffer.from(NEW_SENTENCE)]);
    page.digest = createHash('sha256').update(forged).digest('hex');
    writeFileSync(path.join(cache, 'files', page.digest), forged);
    writeFileSync(path.join(cache, 'manifest.json'), JSON.stringify(manifest));
    const { status, output } = school.site.build({ env: { WAYPOINT_CACHE: school.cache } });
    expect(status).not.toBe(0);
    expect(output).toContain('The privacy audit found personal information');
    expect(output).toContain(page.path);
  }, 300_000);
});

describe('the key every pupil page shares', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-shared-key-'));
    cpSync('content', path.join(dir, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const keyring = emptyKeyring();
  const code = '0'.repeat(64);
  const keyNow = () => sharedKey(loadContent(path.join(dir, 'content')).content!, keyring, code);

  test.each([
    ['school.yaml', 'name: ', 'name: New '],
    ['staff.yaml', 'name: ', 'name: New '],
    ['glossary.yaml', 'family: The teacher', 'family: A teacher'],
    ['strategies/calm-breathing.md', '\n---\n', '\n---\nAlso see the class sheet.\n'],
  ])('changes when %s changes', (file, find, replace) => {
    const before = keyNow();
    const full = path.join(dir, 'content', file);
    const text = readFileSync(full, 'utf8');
    expect(text).toContain(find);
    writeFileSync(full, text.replace(find, replace));
    expect(keyNow()).not.toBe(before);
  });

  test("stays the same when only a pupil's plan changes", () => {
    const before = keyNow();
    changePlan(path.join(dir, 'content'), pupilsOf(path.join(dir, 'content'))[0]!);
    expect(keyNow()).toBe(before);
  });

  test('stays the same when a pupil leaves, their page keys still in the keyring', () => {
    const gone = pupilsOf(path.join(dir, 'content')).at(-1)!;
    keyring.pages[`family:${gone}`] = { id: 'left-family-page', version: 1, created: '2026-09-01' };
    const before = keyNow();
    rmSync(path.join(dir, 'content', 'pupils', gone), { recursive: true });
    expect(keyNow()).toBe(before);
  });

  test('changes when the code changes', () => {
    expect(sharedKey(loadContent(path.join(dir, 'content')).content!, keyring, codeVersion())).not.toBe(keyNow());
  });

  test('is made, in the rebuild plan, for the version of the code the build started with', async () => {
    const plan = await planRebuild(loadContent(path.join(dir, 'content')).content!, keyring, path.join(dir, 'cache'), { full: true, code });
    expect(plan.code).toBe(code);
    expect(plan.shared).toBe(keyNow());
  });
});

describe("the checker's cache", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-check-cache-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A cache file whose one finding no reading of the text would give. */
  const kept = (code: string, text: string) =>
    writeFileSync(
      path.join(dir, 'check.json'),
      JSON.stringify({
        code,
        findings: [['', [[`family\u0000${text}`, [{ rule: 'plain-words', severity: 'warning', message: 'kept', fix: '', line: 1 }]]]]],
      }),
    );

  test('gives the checker what an earlier build of the same code found, without reading the text again', () => {
    kept('same code', 'We meet on Monday.');
    recallCheck(dir, 'same code');
    expect(checkPlainText('We meet on Monday.', 'family').map((finding) => finding.message)).toEqual(['kept']);
  });

  test('ignores what a build of other code found', () => {
    kept('old code', 'We meet on Tuesday.');
    recallCheck(dir, 'new code');
    expect(checkPlainText('We meet on Tuesday.', 'family')).toEqual([]);
  });

  test('keeps only the texts this check read, in a file only its owner can read', () => {
    checkPlainText('We meet on Wednesday.', 'family');
    keepCheck(dir, 'same code');
    const file = path.join(dir, 'check.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const texts = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    expect(texts).toContain('Wednesday');
    keepCheck(dir, 'same code');
    expect(readFileSync(file, 'utf8')).not.toContain('Wednesday');
  });
});
