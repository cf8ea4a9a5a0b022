/**
 * Read once, pass explicitly: one build reads the content and the keyring once each and hands them
 * down; settings come from the environment in one module only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
let site: BuiltFixture;

beforeAll(async () => {
  site = await fixtureBuild(path.join(PROJECT, 'tests/fixtures/audience-markers'), 'senco-one', 'marker school senco passphrase');
}, 60_000);
afterAll(() => site.remove());

test('one build reads school.yaml, staff.yaml and the keyring once each', () => {
  const counts = path.join(site.dir, 'reads.json');
  const { status, output } = site.build({
    nodeOptions: ['--import', path.join(PROJECT, 'tests/support/count-reads.ts')],
    env: { WAYPOINT_TEST_COUNT_READS: 'school.yaml,staff.yaml,keyring.json', WAYPOINT_TEST_COUNT_FILE: counts },
  });
  expect(status, output).toBe(0);
  expect(JSON.parse(readFileSync(counts, 'utf8'))).toEqual({ 'school.yaml': 1, 'staff.yaml': 1, 'keyring.json': 1 });
}, 120_000);

const sources = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|mjs|astro)$/.test(name) ? [full] : [];
  });

test('reads environment variables only in src/lib/config.ts', () => {
  // Handing the environment on to a child process (...process.env) or setting a variable is not reading one.
  const reads = [...sources(path.join(PROJECT, 'src')), ...sources(path.join(PROJECT, 'scripts')), ...sources(path.join(PROJECT, 'bench'))]
    .filter((file) => file !== path.join(PROJECT, 'src/lib/config.ts'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /(?<!\.\.\.)process\.env\b(?!\[[^\]]+\]\s*=[^=])/.test(line) ? [`${path.relative(PROJECT, file)}:${index + 1}`] : [],
        ),
    );
  expect(reads).toEqual([]);
});
