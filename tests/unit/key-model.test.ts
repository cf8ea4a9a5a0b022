/**
 * The key model: a page's ciphertext follows its content and its keys, so a rebuild with no change
 * publishes the same bytes; the staff key lives in the keyring and changes only when someone leaves
 * or the SENCO rotates it. Builds the valid fixture school several times into temporary folders.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hkdf as browserHkdf, open } from '../../src/lib/privacy/crypto.ts';
import { hkdf as buildHkdf, seal } from '../../src/lib/privacy/seal.ts';
import { fromBase64Url } from '../../src/lib/privacy/encoding.ts';
import { addStaffKeys, writeKeyring, type Keyring } from '../../src/lib/keys/keyring.ts';
import { STAFF_KEY_FILE, type StaffKeyFile } from '../../src/lib/privacy/payload.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { fixtureSchool, type FixtureSchool } from '../support/fixture-school.ts';
import { openAsStaff, openWithSecret, openWithStaffKey, readPayload, unwrapStaffKey } from '../support/decrypt-page.ts';

const SENCO = 'mrs-khan';
const LEAVER = 'ms-leaver';
const PASSPHRASE = 'key model senco passphrase';

let school: FixtureSchool;
let site: BuiltFixture;

type Snapshot = Map<string, string>;
/** Every file of the output, by path, with a hash of its bytes. */
function snapshot(dist: string, dir = dist): Snapshot {
  const files: Snapshot = new Map();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) for (const [file, hash] of snapshot(dist, full)) files.set(file, hash);
    else files.set(path.relative(dist, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return files;
}
const changed = (before: Snapshot, after: Snapshot) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();

function build(): Snapshot {
  const { status, output } = site.build();
  if (status !== 0) throw new Error(output);
  return snapshot(site.dist);
}
const keys = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/keys.ts', ...args, '--json'], {
    env: { ...process.env, WAYPOINT_CONTENT: school.folder, WAYPOINT_PRIVATE: site.keys },
    encoding: 'utf8',
  });
const staffFile = () => JSON.parse(readFileSync(path.join(site.dist, STAFF_KEY_FILE), 'utf8')) as StaffKeyFile;
const kekOf = (keyring: Keyring, staffId: string) => fromBase64Url(keyring.staff[staffId]!.kek);
const pageFiles = (keyring: Keyring, pupilId: string) =>
  (['staff', 'family', 'pupil'] as const).map((view) => `v/${keyring.pages[`${view}:${pupilId}`]!.id}/index.html`);

/** What each step of the story below left behind, for the tests to compare. */
const state = {} as {
  first: Snapshot;
  second: Snapshot;
  afterPlanChange: Snapshot;
  keyring: Keyring;
  firstStaffKey: Uint8Array;
  leaverStaffKey: Uint8Array;
  afterLeaving: { keyring: Keyring; staffKeyId: string };
  beforeRotate: { staffKey: Uint8Array; staffKeyId: string };
  oldFamily: { id: string; secret: string };
};

beforeAll(async () => {
  school = fixtureSchool();
  writeFileSync(
    path.join(school.folder, 'staff.yaml'),
    `${readFileSync(path.join(school.folder, 'staff.yaml'), 'utf8')}\n- id: ${LEAVER}\n  name: Ms Lea Verr\n  role: Teaching assistant\n`,
  );
  site = await fixtureBuild(school.folder, SENCO, PASSPHRASE);
  const keyring = site.keyring();
  await addStaffKeys(keyring, LEAVER, 'the leaver passphrase here');
  writeKeyring(keyring, site.keys);

  state.first = build();
  state.keyring = site.keyring();
  state.firstStaffKey = await unwrapStaffKey(site.dist, kekOf(state.keyring, SENCO));
  state.second = build();

  const plan = path.join(school.folder, 'pupils/ruby-hale/plan.mdx');
  const changedPlan = readFileSync(plan, 'utf8').replace('Excellent oral vocabulary;', 'Excellent oral vocabulary and a changed note;');
  if (!changedPlan.includes('a changed note')) throw new Error('The fixture plan no longer has the sentence this test changes.');
  writeFileSync(plan, changedPlan);
  state.afterPlanChange = build();
}, 240_000);
afterAll(() => {
  site?.remove();
  school?.remove();
});

describe('a rebuild with nothing changed', () => {
  test('publishes byte-identical files, the search index included', () => {
    expect(changed(state.first, state.second)).toEqual([]);
    expect([...state.first.keys()].some((file) => file.startsWith('pagefind/') && file.endsWith('.pf_fragment'))).toBe(true);
  });
});

describe('a rebuild after one plan changes', () => {
  test("leaves every other pupil's pages byte-identical", () => {
    const files = changed(state.second, state.afterPlanChange);
    for (const file of pageFiles(state.keyring, 'kai-mensah')) expect(files).not.toContain(file);
    expect(files).toContain(pageFiles(state.keyring, 'ruby-hale')[0]);
  });

  test('keeps the staff key: a key saved from the first build opens the new pages, so staff stay signed in', async () => {
    const ruby = state.keyring.pages['staff:ruby-hale']!.id;
    expect((await openWithStaffKey(site.dist, state.firstStaffKey, ruby)).main).toContain('a changed note');
    expect(readPayload(site.dist, ruby).staffKey).toBe(state.keyring.staffKey.id);
  });

  test('gives the changed page a new revision and the others the same one', () => {
    const [rubyStaff] = pageFiles(state.keyring, 'ruby-hale');
    const [kaiStaff] = pageFiles(state.keyring, 'kai-mensah');
    const revision = (file: string) => readFileSync(path.join(site.dist, file.replace('index.html', 'revision.json')), 'utf8');
    expect(changed(state.second, state.afterPlanChange)).toContain(rubyStaff!.replace('index.html', 'revision.json'));
    expect(revision(kaiStaff!)).toContain(readPayload(site.dist, state.keyring.pages['staff:kai-mensah']!.id).revision);
  });
});

describe('a member of staff removed from staff.yaml', () => {
  beforeAll(async () => {
    state.leaverStaffKey = await unwrapStaffKey(site.dist, kekOf(state.keyring, LEAVER));
    const staffYaml = path.join(school.folder, 'staff.yaml');
    writeFileSync(staffYaml, readFileSync(staffYaml, 'utf8').replace(/\n- id: ms-leaver[\s\S]*$/, '\n'));
    build();
    const keyring = site.keyring();
    state.afterLeaving = { keyring, staffKeyId: staffFile().staffKey };
  }, 120_000);

  test('opens nothing from the next build: not with their passphrase, not with the staff key they had', async () => {
    await expect(unwrapStaffKey(site.dist, kekOf(state.keyring, LEAVER))).rejects.toThrow(/cannot open/);
    const ruby = state.keyring.pages['staff:ruby-hale']!.id;
    await expect(openWithStaffKey(site.dist, state.leaverStaffKey, ruby)).rejects.toThrow();
    expect(state.afterLeaving.staffKeyId).not.toBe(state.keyring.staffKey.id);
  });

  test('leaves everyone else able to sign in', async () => {
    expect((await openAsStaff(site.dist, state.afterLeaving.keyring, SENCO, 'staff:ruby-hale')).main).toContain('Ruby');
  });
});

describe('npm run keys -- rotate', () => {
  beforeAll(async () => {
    const keyring = site.keyring();
    state.beforeRotate = { staffKey: await unwrapStaffKey(site.dist, kekOf(keyring, SENCO)), staffKeyId: keyring.staffKey.id };
    keys('rotate');
    build();
  }, 120_000);

  test('makes a new staff key: the old one opens nothing from the next build, passphrases still sign in', async () => {
    const keyring = site.keyring();
    expect(keyring.staffKey.id).not.toBe(state.beforeRotate.staffKeyId);
    await expect(openWithStaffKey(site.dist, state.beforeRotate.staffKey, keyring.pages['staff:kai-mensah']!.id)).rejects.toThrow();
    expect((await openAsStaff(site.dist, keyring, SENCO, 'staff:kai-mensah')).main).toContain('Kai');
  });
});

describe("a pupil's rotated family link", () => {
  beforeAll(() => {
    const family = site.keyring().pages['family:ruby-hale']!;
    state.oldFamily = { id: family.id, secret: family.secret! };
    keys('rotate', 'ruby-hale', '--view', 'family');
    build();
  }, 120_000);

  test('stops working: its address is gone, and its secret opens nothing at the new address', async () => {
    const now = site.keyring().pages['family:ruby-hale']!;
    expect(readdirSync(path.join(site.dist, 'v'))).not.toContain(state.oldFamily.id);
    await expect(openWithSecret(site.dist, now.id, state.oldFamily.secret)).rejects.toThrow();
    expect((await openWithSecret(site.dist, now.id, now.secret!)).main).toContain('Ruby');
  });
});

describe('a page revision', () => {
  test('is bound into what the page opens: a payload whose revision is changed opens nothing', async () => {
    const keyring = site.keyring();
    const page = keyring.pages['staff:kai-mensah']!;
    const staffKey = await unwrapStaffKey(site.dist, kekOf(keyring, SENCO));
    const html = path.join(site.dist, 'v', page.id, 'index.html');
    const original = readFileSync(html, 'utf8');
    const payload = readPayload(site.dist, page.id);
    writeFileSync(html, original.replace(`"revision":"${payload.revision}"`, `"revision":"${'A'.repeat(payload.revision.length)}"`));
    await expect(openWithStaffKey(site.dist, staffKey, page.id)).rejects.toThrow();
    writeFileSync(html, original);
    expect((await openWithStaffKey(site.dist, staffKey, page.id)).main).toContain('Kai');
  });
});

describe('sealing (AES-256-GCM with a nonce derived from what is sealed)', () => {
  const key = new Uint8Array(32).fill(9);

  test('gives equal output for equal key, plaintext and AAD', () => {
    expect(seal(key, 'same words', 'same place')).toEqual(seal(key, 'same words', 'same place'));
  });

  test('gives the bytes it always gave, so a page that did not change is published as before', async () => {
    // Sealed by the WebCrypto implementation the build used until 2 December 2026.
    const counting = new Uint8Array(32).map((_, index) => index);
    const sealed = seal(counting, 'Waypoint known answer: a fictional pupil’s plan.', 'waypoint:v2:test');
    expect(sealed).toEqual({
      iv: '8SVkgfOzmFHcqEGI',
      ct: 'gKiyDCKBs6O54GoG5snVYAkUwB9w30_WM8-eT1kTSSm5yzOh_PW7JeLQ0jevc69VYsHYmcpZ1j8PleLMLvwfRK6n',
    });
    expect(new TextDecoder().decode(await open(counting, sealed, 'waypoint:v2:test'))).toBe(
      'Waypoint known answer: a fictional pupil’s plan.',
    );
  });

  test("derives with HKDF the bytes the browser derives: the build's link keys and the browser's agree", async () => {
    const material = new Uint8Array(16).fill(3);
    const salt = new Uint8Array(16).fill(5);
    expect(buildHkdf(material, salt, 'waypoint:v2:link', 32)).toEqual(await browserHkdf(material, salt, 'waypoint:v2:link', 32));
  });

  test('never uses one nonce under one key for two different plaintexts, or for two different AADs', async () => {
    const base = seal(key, 'one plaintext', 'one place');
    expect(seal(key, 'another plaintext', 'one place').iv).not.toBe(base.iv);
    expect(seal(key, 'one plaintext', 'another place').iv).not.toBe(base.iv);
    // Moving bytes between the AAD and the plaintext is a different input too.
    expect(seal(key, 'b', 'a').iv).not.toBe(seal(key, '', 'ab').iv);
    expect(new TextDecoder().decode(await open(key, base, 'one place'))).toBe('one plaintext');
  });
});
