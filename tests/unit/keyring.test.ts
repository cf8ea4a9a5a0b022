/**
 * The keyring's rules: every private page gets keys once and keeps them, a new link is a new id and
 * a new secret, no passphrase is ever stored, backups are sealed under a slow key, and a keyring
 * that git tracks is refused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { passphraseKey } from '../../src/lib/privacy/crypto.ts';
import { fromBase64Url, toBase64Url } from '../../src/lib/privacy/encoding.ts';
import {
  DEFAULT_ITERATIONS,
  KEYRING_FILE,
  KeyringError,
  addFamilyKeys,
  addStaffKeys,
  emptyKeyring,
  ensureKeyring,
  isTrackedByGit,
  readKeyring,
  removeFamilyKeys,
  removeStaff,
  rotatePage,
  rotateStaffKey,
  writeKeyring,
  type Keyring,
} from '../../src/lib/keys/keyring.ts';
import { decryptKeyringBackup, encryptKeyringBackup, type KeyringBackup } from '../../src/lib/keys/keyring-backup.ts';
import { siteAddress, writeLinks, type LinksFile } from '../../src/lib/keys/links.ts';
import { fullUrl } from '../../src/lib/privacy/page-link.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { RANDOM_ALPHABET, newPassphrase, newRandomPassphrase } from '../../src/lib/keys/passphrase.ts';
import { normalizePassphrase } from '../../src/lib/keys/passphrase-form.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { FIXTURES } from '../support/fixture-school.ts';
import { MARKER_SCHOOL_PAGE_KEYS } from '../support/marker-school.ts';

const SLOW = 30_000;
const content = (): SchoolContent => {
  const { content } = loadContent(path.join(FIXTURES, 'audience-markers'));
  if (!content) throw new Error('The audience-markers fixture should load.');
  return content;
};

const temporary: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'waypoint-keyring-'));
  temporary.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('passphrases', () => {
  test('makes six words from the EFF list, joined by hyphens, as normalisation leaves them', () => {
    const passphrase = newPassphrase();
    expect(passphrase.split('-').length).toBeGreaterThanOrEqual(6);
    expect(normalizePassphrase(passphrase)).toBe(passphrase);
    expect(newPassphrase()).not.toBe(passphrase);
  });

  test('makes 16 random characters without easily misread ones, as normalisation leaves them', () => {
    const passphrase = newRandomPassphrase();
    expect(passphrase).toMatch(new RegExp(`^[${RANDOM_ALPHABET}]{16}$`));
    expect(passphrase).not.toMatch(/[l10o]/);
    expect(normalizePassphrase(passphrase)).toBe(passphrase);
    expect(RANDOM_ALPHABET.length).toBe(32);
  });

  test('ignores case, spaces and punctuation between words when comparing passphrases', () => {
    expect(normalizePassphrase('  Maple Otter,  BRISK ')).toBe('maple-otter-brisk');
    expect(normalizePassphrase('maple-otter-brisk')).toBe('maple-otter-brisk');
  });
});

describe('a new keyring', () => {
  test('uses a 16-byte salt and at least 600,000 PBKDF2 iterations for new passphrases', () => {
    const keyring = emptyKeyring();
    expect(fromBase64Url(keyring.kdf.salt)).toHaveLength(16);
    expect(keyring.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  test('gives every private page keys, with a link secret for family and pupil pages only', () => {
    const folder = tempFolder();
    const { keyring, created, addedPages, staffWithoutKeys } = ensureKeyring({ content: content(), folder });
    expect(created).toBe(true);
    expect(addedPages.sort()).toEqual(MARKER_SCHOOL_PAGE_KEYS);
    expect(staffWithoutKeys).toEqual(['senco-one', 'key-one']);
    expect(keyring.pages['family:mark-pupil']?.secret).toBeDefined();
    expect(keyring.pages['pupil:mark-pupil']?.secret).toBeDefined();
    expect(keyring.pages['staff:mark-pupil']?.secret).toBeUndefined();
    expect(keyring.pages['register']?.secret).toBeUndefined();
    expect(
      Object.entries(keyring.pages)
        .filter(([, page]) => page.secret)
        .map(([key]) => key)
        .sort(),
    ).toEqual(['family:mark-pupil', 'pupil:mark-pupil']);
    expect(fromBase64Url(keyring.pages['family:mark-pupil']!.secret!)).toHaveLength(16);
    expect(readKeyring(folder)).toEqual(keyring);
    expect(readFileSync(path.join(folder, '.gitignore'), 'utf8')).toContain('*');
  });

  test('changes nothing on a second run', () => {
    const folder = tempFolder();
    ensureKeyring({ content: content(), folder });
    const before = readFileSync(path.join(folder, KEYRING_FILE));
    const again = ensureKeyring({ content: content(), folder });
    expect(again.created).toBe(false);
    expect(again.addedPages).toEqual([]);
    expect(readFileSync(path.join(folder, KEYRING_FILE))).toEqual(before);
  });
});

describe('a keyring from before the staff key was kept in it', () => {
  test('gets a staff key for everyone with keys and a content secret, once', { timeout: SLOW }, async () => {
    const folder = tempFolder();
    const { keyring } = ensureKeyring({ content: content(), folder });
    await addStaffKeys(keyring, 'senco-one', newPassphrase());
    const { staffKey: _staffKey, contentSecret: _contentSecret, ...older } = keyring;
    writeFileSync(path.join(folder, KEYRING_FILE), JSON.stringify(older));
    const upgraded = ensureKeyring({ content: content(), folder }).keyring;
    expect(upgraded.staffKey.holders).toEqual(['senco-one']);
    expect(fromBase64Url(upgraded.staffKey.key)).toHaveLength(32);
    expect(fromBase64Url(upgraded.contentSecret)).toHaveLength(32);
    expect(readKeyring(folder)).toEqual(upgraded);
    expect(ensureKeyring({ content: content(), folder }).keyring).toEqual(upgraded);
  });
});

describe('the staff key', () => {
  test('stays the same while everyone who was given it can still sign in', { timeout: SLOW }, async () => {
    const folder = tempFolder();
    const { keyring } = ensureKeyring({ content: content(), folder });
    await addStaffKeys(keyring, 'senco-one', newPassphrase());
    writeKeyring(keyring, folder);
    const again = ensureKeyring({ content: content(), folder });
    expect(again.keyring.staffKey).toEqual(keyring.staffKey);
    expect(again.staffKeyReplacedFor).toEqual([]);
  });

  test('is replaced when someone who was given it leaves staff.yaml, and only then', { timeout: SLOW }, async () => {
    const folder = tempFolder();
    const { keyring } = ensureKeyring({ content: content(), folder });
    await addStaffKeys(keyring, 'senco-one', newPassphrase());
    await addStaffKeys(keyring, 'ms-gone', newPassphrase());
    writeKeyring(keyring, folder);
    const after = ensureKeyring({ content: content(), folder });
    expect(after.staffKeyReplacedFor).toEqual(['ms-gone']);
    expect(after.keyring.staffKey.id).not.toBe(keyring.staffKey.id);
    expect(after.keyring.staffKey.holders).toEqual(['senco-one']);
    expect(ensureKeyring({ content: content(), folder }).keyring.staffKey).toEqual(after.keyring.staffKey);
  });

  test('is replaced when someone who was given it has their keys removed, and when rotated', { timeout: SLOW }, async () => {
    const keyring = emptyKeyring();
    await addStaffKeys(keyring, 'ms-patel', newPassphrase());
    const first = keyring.staffKey.id;
    removeStaff(keyring, 'ms-patel');
    expect(keyring.staffKey.id).not.toBe(first);
    expect(keyring.staffKey.holders).toEqual([]);
    const beforeRotating = keyring.staffKey.id;
    expect(rotateStaffKey(keyring).id).not.toBe(beforeRotating);
  });
});

describe('staff and family keys', () => {
  test('stores the PBKDF2 key of a staff passphrase, never the passphrase', { timeout: SLOW }, async () => {
    const keyring = emptyKeyring();
    const passphrase = newPassphrase();
    const keys = await addStaffKeys(keyring, 'ms-patel', passphrase);
    expect(keys.kek).toBe(toBase64Url(await passphraseKey(passphrase, keyring.kdf.salt, keyring.kdf.iterations)));
    expect(keys.salt).toBe(keyring.kdf.salt);
    expect(keys.iterations).toBe(keyring.kdf.iterations);
    expect(JSON.stringify(keyring)).not.toContain(passphrase);
    const typedDifferently = await passphraseKey(passphrase.toUpperCase().replaceAll('-', ' '), keys.salt, keys.iterations);
    expect(toBase64Url(typedDifferently)).toBe(keys.kek);
  });

  test('refuses to replace a staff passphrase that exists, and removes one', { timeout: SLOW }, async () => {
    const keyring = emptyKeyring();
    await addStaffKeys(keyring, 'ms-patel', newPassphrase());
    await expect(addStaffKeys(keyring, 'ms-patel', newPassphrase())).rejects.toThrow(/staff reset ms-patel/);
    expect(removeStaff(keyring, 'ms-patel')).toBe(true);
    expect(keyring.staff['ms-patel']).toBeUndefined();
    expect(removeStaff(keyring, 'ms-patel')).toBe(false);
  });

  test('gives a family page a passphrase key and keeps it when the link is replaced', { timeout: SLOW }, async () => {
    const folder = tempFolder();
    const { keyring } = ensureKeyring({ content: content(), folder });
    const kek = await addFamilyKeys(keyring, 'mark-pupil', newPassphrase());
    await expect(addFamilyKeys(keyring, 'mark-pupil', newPassphrase())).rejects.toThrow(KeyringError);
    rotatePage(keyring, 'family:mark-pupil');
    expect(keyring.pages['family:mark-pupil']?.familyKek).toEqual(kek);
    expect(removeFamilyKeys(keyring, 'mark-pupil')).toBe(true);
    expect(keyring.pages['family:mark-pupil']?.familyKek).toBeUndefined();
  });

  test('lists families without a passphrase when the school asks families for one', () => {
    const school = content();
    const asking = { ...school, school: { ...school.school, access: { familyPassphrase: true } } };
    expect(ensureKeyring({ content: asking, folder: tempFolder() }).familiesWithoutPassphrase).toEqual(['mark-pupil']);
    expect(ensureKeyring({ content: school, folder: tempFolder() }).familiesWithoutPassphrase).toEqual([]);
  });
});

describe('replacing a link', () => {
  test('gives the page a new id and a new secret, one version up, and leaves other pages alone', () => {
    const { keyring } = ensureKeyring({ content: content(), folder: tempFolder() });
    const before = structuredClone(keyring);
    const rotated = rotatePage(keyring, 'family:mark-pupil');
    const old = before.pages['family:mark-pupil']!;
    expect(rotated.id).not.toBe(old.id);
    expect(rotated.secret).not.toBe(old.secret);
    expect(rotated.secret).toBeDefined();
    expect(rotated.version).toBe(old.version + 1);
    const { ['family:mark-pupil']: _changed, ...others } = keyring.pages;
    const { ['family:mark-pupil']: _old, ...othersBefore } = before.pages;
    expect(others).toEqual(othersBefore);
  });
});

describe('a keyring that git tracks', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe' });

  test('is not tracked outside a repository, or when git ignores it', () => {
    const folder = tempFolder();
    expect(isTrackedByGit(path.join(folder, '.waypoint'))).toBe(false);
    git(folder, 'init', '-q');
    ensureKeyring({ content: content(), folder: path.join(folder, '.waypoint') });
    expect(isTrackedByGit(path.join(folder, '.waypoint'))).toBe(false);
  });

  test('makes ensureKeyring refuse with a message that says how to fix it', () => {
    const repo = tempFolder();
    const folder = path.join(repo, '.waypoint');
    git(repo, 'init', '-q');
    ensureKeyring({ content: content(), folder });
    git(repo, 'add', '--force', '.waypoint/keyring.json');
    git(repo, 'commit', '-q', '-m', 'oops');
    expect(isTrackedByGit(folder)).toBe(true);
    expect(() => ensureKeyring({ content: content(), folder })).toThrow(KeyringError);
    expect(() => ensureKeyring({ content: content(), folder })).toThrow(/tracked by git[\s\S]*git rm -r --cached/);
  });
});

describe('backups', () => {
  test('seal the keyring under a 16-byte salt and at least 600,000 iterations, and open again', { timeout: SLOW }, async () => {
    const keyring: Keyring = ensureKeyring({ content: content(), folder: tempFolder() }).keyring;
    const passphrase = newPassphrase();
    const text = await encryptKeyringBackup(keyring, passphrase);
    const backup = JSON.parse(text) as KeyringBackup;
    expect(backup.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64Url(backup.kdf.salt)).toHaveLength(16);
    expect(backup.kdf.salt).not.toBe(keyring.kdf.salt);
    expect(text).not.toContain(keyring.pages['family:mark-pupil']!.secret!);
    expect(await decryptKeyringBackup(text, passphrase.toUpperCase())).toEqual(keyring);
  });

  test('refuse a wrong passphrase and a header whose iteration count was lowered', { timeout: SLOW }, async () => {
    const keyring = emptyKeyring();
    const passphrase = newPassphrase();
    const text = await encryptKeyringBackup(keyring, passphrase);
    await expect(decryptKeyringBackup(text, newPassphrase())).rejects.toThrow(/passphrase does not open this backup/);
    const lowered = { ...(JSON.parse(text) as KeyringBackup), kdf: { ...(JSON.parse(text) as KeyringBackup).kdf, iterations: 1000 } };
    await expect(decryptKeyringBackup(JSON.stringify(lowered), passphrase)).rejects.toThrow(KeyringError);
    await expect(decryptKeyringBackup('{"hello":1}', passphrase)).rejects.toThrow(/not a Waypoint keyring backup/);
  });
});

describe('links and letters', () => {
  test('writes links.json with the documented shape, URLs relative to the site root', async () => {
    const folder = tempFolder();
    const school = content();
    const { keyring } = ensureKeyring({ content: school, folder });
    await writeLinks(folder, keyring, school, 'https://plans.example.sch.uk');
    const links = JSON.parse(readFileSync(path.join(folder, 'links.json'), 'utf8')) as LinksFile;
    const family = keyring.pages['family:mark-pupil']!;
    const pupil = keyring.pages['pupil:mark-pupil']!;
    expect(links).toEqual({
      site: 'https://plans.example.sch.uk',
      staffSignIn: '/staff/',
      pupils: [
        {
          id: 'mark-pupil',
          staff: `/v/${keyring.pages['staff:mark-pupil']!.id}/`,
          family: `/v/${family.id}/#${family.secret}`,
          pupil: `/v/${pupil.id}/#${pupil.secret}`,
        },
      ],
    });
  });

  test('writes links.csv with full URLs, and letters and cards with QR codes, beside the keyring', async () => {
    const folder = tempFolder();
    const school = content();
    const { keyring } = ensureKeyring({ content: school, folder });
    const site = 'https://plans.example.sch.uk';
    await writeLinks(folder, keyring, school, site);
    const family = fullUrl(site, `/v/${keyring.pages['family:mark-pupil']!.id}/#${keyring.pages['family:mark-pupil']!.secret}`);
    const csv = readFileSync(path.join(folder, 'links.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toContain('"mark-pupil","Marky Testperson","4M"');
    expect(csv).toContain(family);
    const letters = readFileSync(path.join(folder, 'letters', 'family-letters.html'), 'utf8');
    expect(letters).toContain('Dear parent or carer of Marky,');
    expect(letters).toContain('Marker Test School');
    expect(letters).toContain('01632 960 999');
    expect(letters).toContain('@page');
    expect(letters).toMatch(/<svg class="wp-qr"/);
    expect(letters).toContain(keyring.pages['family:mark-pupil']!.secret!.slice(0, 8));
    const cards = readFileSync(path.join(folder, 'letters', 'pupil-cards.html'), 'utf8');
    expect(cards).toContain('My plan');
    expect(cards).toMatch(/<svg class="wp-qr"/);
  });

  test('refuses to write links into a folder that holds no keyring, such as dist/', async () => {
    const school = content();
    const { keyring } = ensureKeyring({ content: school, folder: tempFolder() });
    const dist = tempFolder();
    await expect(writeLinks(dist, keyring, school, 'http://localhost:4321')).rejects.toThrow(/not a keyring folder/);
    expect(existsSync(path.join(dist, 'links.json'))).toBe(false);
  });

  test('takes the site address from WAYPOINT_SITE, then school.yaml, then this computer', () => {
    const school = content();
    const withSite = { ...school, school: { ...school.school, site: 'https://plans.example.sch.uk/' } };
    expect(siteAddress(withSite, { WAYPOINT_SITE: 'https://other.example' })).toBe('https://other.example');
    expect(siteAddress(withSite, {})).toBe('https://plans.example.sch.uk');
    expect(siteAddress(school, {})).toBe('http://localhost:4321');
  });
});
