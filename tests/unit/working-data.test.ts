/**
 * Plaintext working data a build keeps between builds — Astro's content store (.astro/ and
 * node_modules/.astro/) and the poster cache — is private to the person who builds, and keeps
 * nothing of a pupil who has left. Builds run in a copy of the project, so its stores are its own.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { projectCopy, type ProjectCopy } from '../support/project-copy.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
let project: ProjectCopy;
let site: BuiltFixture;
let content: string;
let cache: string;

const entries = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? [full, ...entries(full)] : [full];
  });
const workingFolders = () => [
  path.join(project.root, '.astro'),
  path.join(project.root, 'node_modules', '.astro'),
  path.join(cache, 'posters'),
];
const posters = () => readdirSync(path.join(cache, 'posters')).sort();

function build() {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--out', site.dist], {
    cwd: project.root,
    env: { ...site.env, WAYPOINT_CONTENT: content, WAYPOINT_CACHE: cache },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${run.stdout}${run.stderr}`);
}

beforeAll(async () => {
  project = projectCopy();
  site = await fixtureBuild(path.join(PROJECT, 'tests/fixtures/valid-school'), 'mrs-khan', 'valid school senco passphrase');
  content = path.join(site.dir, 'content');
  cache = path.join(site.dir, 'cache');
  cpSync(path.join(PROJECT, 'tests/fixtures/valid-school'), content, { recursive: true });
  // As an earlier Waypoint left them: readable by everyone on the computer.
  mkdirSync(path.join(cache, 'posters'), { recursive: true, mode: 0o755 });
  chmodSync(cache, 0o755);
  build();
}, 180_000);
afterAll(() => {
  site.remove();
  project.remove();
});

describe('after a build', () => {
  test("Astro's stores and the poster cache are private to their owner: folders 0700, files 0600", () => {
    const modes = workingFolders()
      .flatMap((folder) => [folder, ...entries(folder)])
      .map((entry) => `${path.relative(site.dir, entry)} ${(statSync(entry).mode & 0o777).toString(8)}`);
    expect(modes.length).toBeGreaterThan(5);
    expect(modes.filter((line) => !/ (700|600)$/.test(line))).toEqual([]);
  });

  test('the poster cache holds the poster of every pupil view, once, compressed and ready to seal', () => {
    expect(posters()).toHaveLength(2);
    expect(posters().filter((name) => !name.endsWith('.svg.deflate'))).toEqual([]);
  });
});

describe('after a pupil leaves and the site is rebuilt', () => {
  let before: string[];
  beforeAll(() => {
    before = posters();
    rmSync(path.join(content, 'pupils', 'kai-mensah'), { recursive: true });
    build();
  }, 180_000);

  test("nothing in Astro's stores mentions them", () => {
    const mentions = workingFolders()
      .flatMap(entries)
      .filter((entry) => statSync(entry).isFile() && /kai-mensah|Kai Mensah|Kai\b/.test(readFileSync(entry, 'latin1')));
    expect(mentions).toEqual([]);
  });

  test('the poster cache keeps only the posters this build used', () => {
    const after = posters();
    expect(after).toHaveLength(1);
    expect(before).toEqual(expect.arrayContaining(after));
  });
});
