/**
 * npm start's first run makes the SENCO a passphrase: it is always shown, even when the build after
 * it fails, because it is stored nowhere and could not be shown again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { passphraseKey } from '../../src/lib/privacy/crypto.ts';
import { readKeyring } from '../../src/lib/keys/keyring.ts';
import { toBase64Url } from '../../src/lib/privacy/encoding.ts';
import { fixtureSchool, type FixtureSchool } from '../support/fixture-school.ts';
import { projectCopy, type ProjectCopy } from '../support/project-copy.ts';

const PASSPHRASE = /passphrase for [^:]+: ([a-z]+(?:-[a-z]+){5})/;
let project: ProjectCopy;
let school: FixtureSchool;
let run: { status: number | null; output: string };
let keys: string;

beforeAll(() => {
  project = projectCopy();
  school = fixtureSchool();
  keys = path.join(school.root, 'keys');
  // "Private" is on the public front page, so the audit stops this build after the passphrase is made.
  const plan = path.join(school.folder, 'pupils/ruby-hale/plan.mdx');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('preferredName: Ruby', 'preferredName: Private'));
  const result = spawnSync(process.execPath, ['scripts/start.ts'], {
    cwd: project.root,
    env: { ...process.env, WAYPOINT_CONTENT: school.folder, WAYPOINT_PRIVATE: keys, WAYPOINT_TODAY: '2026-11-22', PORT: '0' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  run = { status: result.status, output: `${result.stdout}${result.stderr}` };
}, 180_000);
afterAll(() => {
  school.remove();
  project.remove();
});

test("shows the SENCO's new passphrase even though the build after it fails", async () => {
  expect(run.status).toBe(1);
  expect(run.output).toContain('The privacy audit found personal information');
  const shown = PASSPHRASE.exec(run.output)?.[1];
  expect(shown, run.output).toBeDefined();
  // It is the passphrase the keyring now holds the key of.
  const keyring = readKeyring(keys)!;
  const senco = keyring.staff['mrs-khan']!;
  expect(toBase64Url(await passphraseKey(shown!, senco.salt, senco.iterations))).toBe(senco.kek);
});
