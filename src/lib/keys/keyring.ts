/**
 * The keyring: every secret a build needs, kept outside the content and outside dist/ (default
 * .waypoint/, or the folder named by WAYPOINT_PRIVATE). It holds page ids, link secrets, the staff
 * key, the secret content keys are derived from, and each staff member's key-encryption key —
 * never a passphrase.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keyringFolder } from '../config.ts';
import { displayPath } from '../content/display-path.ts';
import { passphraseKey, randomBytes, SALT_BYTES } from '../privacy/crypto.ts';
import { toBase64Url } from '../privacy/encoding.ts';
import { writePrivateFile } from '../privacy/private-file.ts';
import { CONTENT_SECRET_BYTES } from '../privacy/page-keys.ts';
import { isLinkedView, newLinkSecret, newPageId } from '../privacy/page-link.ts';
import { newStaffKey, staffKeyFor, withHolder, type StaffKey } from './staff-key.ts';
import { pageKey, privatePages } from '../routes.ts';
import type { SchoolContent } from '../content/school-content.ts';

/** PBKDF2-HMAC-SHA256 iterations for new staff passphrases (OWASP's 2023 advice: 600,000). */
export const DEFAULT_ITERATIONS = 600_000;

export interface PageKeys {
  /** The random id in the page's address, /v/<id>/. */
  id: string;
  /** 128 random bits (base64url), carried only in a link's #fragment. Family and pupil views only. */
  secret?: string;
  /** Goes up by one each time the link is replaced; bound into the ciphertext. */
  version: number;
  /** With the school's family-passphrase policy: the key derived from the family's passphrase. */
  familyKek?: StaffKeys;
  created: string;
}

export interface StaffKeys {
  /** 16 random bytes (base64url). */
  salt: string;
  /** PBKDF2 iterations used for this person's passphrase; stored so the count can rise. */
  iterations: number;
  /** The PBKDF2-SHA256 output (32 bytes, base64url) that wraps the staff key. */
  kek: string;
  created: string;
}

export interface Keyring {
  format: 1;
  /** Salt and iterations for new passphrases; shared so sign-in needs one PBKDF2 run. */
  kdf: { salt: string; iterations: number };
  /** 32 random bytes (base64url): every page's content key and revision are derived from it. */
  contentSecret: string;
  /** The key that opens every private page, wrapped for each member of staff. */
  staffKey: StaffKey;
  /** Keys of every private page, by page key: "family:amara-okafor", "staff:amara-okafor", "register". */
  pages: Record<string, PageKeys>;
  /** Key-encryption keys of every member of staff who can sign in, by staff id. */
  staff: Record<string, StaffKeys>;
}

export const KEYRING_FILE = 'keyring.json';

const newContentSecret = () => toBase64Url(randomBytes(CONTENT_SECRET_BYTES));

export function emptyKeyring(now = new Date()): Keyring {
  return {
    format: 1,
    kdf: { salt: toBase64Url(randomBytes(SALT_BYTES)), iterations: DEFAULT_ITERATIONS },
    contentSecret: newContentSecret(),
    staffKey: newStaffKey([], now),
    pages: {},
    staff: {},
  };
}

/**
 * A keyring from before the staff key and content secret were kept in it gets them now: the staff
 * key goes to everyone who has keys. Returns whether anything was added.
 */
function upgrade(keyring: Keyring): boolean {
  const old = keyring as Partial<Keyring>;
  if (old.contentSecret && old.staffKey) return false;
  keyring.contentSecret ??= newContentSecret();
  keyring.staffKey ??= newStaffKey(Object.keys(keyring.staff));
  return true;
}

export function readKeyring(folder = keyringFolder()): Keyring | undefined {
  return readKeyringFile(folder)?.keyring;
}

function readKeyringFile(folder: string): { keyring: Keyring; upgraded: boolean } | undefined {
  const file = path.join(folder, KEYRING_FILE);
  if (!existsSync(file)) return undefined;
  let keyring: Keyring;
  try {
    keyring = JSON.parse(readFileSync(file, 'utf8')) as Keyring;
  } catch {
    throw new KeyringError(
      `${displayPath(file)} is damaged: it is not a keyring Waypoint can read.`,
      'restore the keyring from your backup with npm run keys -- restore <backup-file> --replace.',
    );
  }
  if (keyring.format !== 1) throw new Error(`${file} was written by a newer Waypoint (format ${String(keyring.format)}).`);
  return { keyring, upgraded: upgrade(keyring) };
}

/** Writes the keyring atomically (a half-written keyring would lose keys), readable by its owner only. */
export function writeKeyring(keyring: Keyring, folder = keyringFolder()): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const gitignore = path.join(folder, '.gitignore');
  if (!existsSync(gitignore)) writeFileSync(gitignore, '# The keyring holds secrets: never commit it.\n*\n');
  writePrivateFile(path.join(folder, KEYRING_FILE), `${JSON.stringify(keyring, null, 2)}\n`);
}

/**
 * Adds keys for pages that have none. Never changes a key that exists: links already handed out
 * keep working. Returns the page keys it added.
 */
export function addMissingPageKeys(keyring: Keyring, pageKeys: readonly string[], now = new Date()): string[] {
  const added: string[] = [];
  for (const key of pageKeys) {
    if (keyring.pages[key]) continue;
    const linked = isLinkedView(key.split(':')[0]!);
    keyring.pages[key] = { id: newPageId(), version: 1, created: now.toISOString(), ...(linked ? { secret: newLinkSecret() } : {}) };
    added.push(key);
  }
  return added;
}

/**
 * A problem with the keyring that the person running Waypoint can fix. The message says what
 * happened, then what to do, in plain words; callers print it without a stack trace.
 */
export class KeyringError extends Error {
  readonly fix: string;
  constructor(problem: string, fix: string) {
    super(`${problem}\nTo fix it: ${fix}`);
    this.name = 'KeyringError';
    this.fix = fix;
  }
}

/** A passphrase's key-encryption key, made with the keyring's shared salt and iteration count. */
async function passphraseKeys(keyring: Keyring, passphrase: string, now: Date): Promise<StaffKeys> {
  const { salt, iterations } = keyring.kdf;
  const kek = toBase64Url(await passphraseKey(passphrase, salt, iterations));
  return { salt, iterations, kek, created: now.toISOString() };
}

/** Gives a member of staff keys from their new passphrase. Refuses to replace keys they have. */
export async function addStaffKeys(keyring: Keyring, staffId: string, passphrase: string, now = new Date()): Promise<StaffKeys> {
  if (keyring.staff[staffId]) {
    throw new KeyringError(`${staffId} already has a passphrase.`, `run npm run keys -- staff reset ${staffId} to give them a new one.`);
  }
  const keys = await passphraseKeys(keyring, passphrase, now);
  keyring.staff[staffId] = keys;
  keyring.staffKey = withHolder(keyring.staffKey, staffId);
  return keys;
}

/**
 * Takes a member of staff's keys out of the keyring, and replaces the staff key if they were given
 * it: their old copy opens nothing from the next build. Returns false if they had no keys.
 */
export function removeStaff(keyring: Keyring, staffId: string, now = new Date()): boolean {
  if (!keyring.staff[staffId]) return false;
  delete keyring.staff[staffId];
  const { holders } = keyring.staffKey;
  if (holders.includes(staffId))
    keyring.staffKey = newStaffKey(
      holders.filter((id) => id !== staffId),
      now,
    );
  return true;
}

/** Replaces the staff key (npm run keys -- rotate): everyone signs in again after the next build. */
export function rotateStaffKey(keyring: Keyring, now = new Date()): StaffKey {
  keyring.staffKey = newStaffKey(keyring.staffKey.holders, now);
  return keyring.staffKey;
}

/** Who the build gives the staff key to: everyone in staff.yaml who has keys. */
export const staffWithKeys = (keyring: Keyring, content: SchoolContent): Set<string> =>
  new Set(content.staff.map((member) => member.id).filter((id) => keyring.staff[id]));

/** Gives a family page a passphrase (the school's family-passphrase policy). Refuses to replace one. */
export async function addFamilyKeys(keyring: Keyring, pupilId: string, passphrase: string, now = new Date()): Promise<StaffKeys> {
  const page = keyring.pages[`family:${pupilId}`];
  if (!page) throw new Error(`The keyring has no family page for ${pupilId}.`);
  if (page.familyKek) {
    throw new KeyringError(
      `The family of ${pupilId} already has a passphrase.`,
      `run npm run keys -- family reset ${pupilId} to give them a new one.`,
    );
  }
  page.familyKek = await passphraseKeys(keyring, passphrase, now);
  return page.familyKek;
}

/** Takes the family passphrase's key off a family page. Returns false if it had none. */
export function removeFamilyKeys(keyring: Keyring, pupilId: string): boolean {
  const page = keyring.pages[`family:${pupilId}`];
  if (!page?.familyKek) return false;
  delete page.familyKek;
  return true;
}

/**
 * Replaces a page's link: a new id and, for family and pupil pages, a new secret, so the old
 * address and the old fragment both stop working after the next build. A family passphrase stays.
 */
export function rotatePage(keyring: Keyring, key: string, now = new Date()): PageKeys {
  const old = keyring.pages[key];
  if (!old) throw new Error(`The keyring has no page ${key}.`);
  const linked = old.secret !== undefined || isLinkedView(key.split(':')[0]!);
  const page: PageKeys = {
    id: newPageId(),
    ...(linked ? { secret: newLinkSecret() } : {}),
    version: old.version + 1,
    ...(old.familyKek ? { familyKek: old.familyKek } : {}),
    created: now.toISOString(),
  };
  keyring.pages[key] = page;
  return page;
}

/** Whether git tracks the folder or anything in it. False outside a repository or without git. */
export function isTrackedByGit(folder: string): boolean {
  const target = path.resolve(folder);
  let existing = target;
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) return false;
    existing = parent;
  }
  if (!statSync(existing).isDirectory()) existing = path.dirname(existing);
  // A deleted but still tracked file counts: ls-files lists what the index holds, not the disk.
  const relative = path.relative(existing, target) || '.';
  try {
    const listed = execFileSync('git', ['-C', existing, 'ls-files', '-z', '--', relative], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return listed.length > 0;
  } catch {
    return false;
  }
}

/** Refuses, with a message a SENCO can act on, to use a keyring that git tracks. */
export function refuseTrackedKeyring(folder: string): void {
  if (!isTrackedByGit(folder)) return;
  const shown = displayPath(folder);
  throw new KeyringError(
    `The keyring folder ${shown} is tracked by git, so the keys to every private page could be ` +
      'pushed with the rest of the project. Waypoint will not use it while git tracks it.',
    `run git rm -r --cached ${shown} and commit. Then, because anyone who can see the repository ` +
      'may have copied the keys, give each family new links (npm run keys -- rotate <pupil-id>) and ' +
      'each member of staff a new passphrase (npm run keys -- staff reset <staff-id>).',
  );
}

export interface EnsuredKeyring {
  keyring: Keyring;
  /** True when there was no keyring and this made one. */
  created: boolean;
  /** Page keys that had no keys and now have them. */
  addedPages: string[];
  /** Members of staff in staff.yaml who cannot sign in yet: npm run keys gives them a passphrase. */
  staffWithoutKeys: string[];
  /** Keys kept for people who are no longer in staff.yaml. The build leaves them out. */
  formerStaff: string[];
  /** With the family-passphrase policy: pupils whose family has no passphrase yet. */
  familiesWithoutPassphrase: string[];
  /** Staff ids whose leaving replaced the staff key: everyone signs in again after this build. */
  staffKeyReplacedFor: string[];
}

/**
 * Reads the keyring (or starts one) and gives every private page of the content its keys, writing
 * the keyring only when something changed. Never changes a page's keys; replaces the staff key when
 * someone who was given it has left staff.yaml. Refuses a keyring that git tracks.
 */
export function ensureKeyring({
  content,
  folder = keyringFolder(),
  now = new Date(),
}: {
  content: SchoolContent;
  folder?: string;
  now?: Date;
}): EnsuredKeyring {
  refuseTrackedKeyring(folder);
  const existing = readKeyringFile(folder);
  const keyring = existing?.keyring ?? emptyKeyring(now);
  const addedPages = addMissingPageKeys(keyring, privatePages(content).map(pageKey), now);
  const before = keyring.staffKey;
  keyring.staffKey = staffKeyFor(before, staffWithKeys(keyring, content), now);
  const staffKeyReplacedFor =
    keyring.staffKey.id === before.id ? [] : before.holders.filter((id) => !keyring.staffKey.holders.includes(id));
  if (!existing || existing.upgraded || addedPages.length > 0 || keyring.staffKey !== before) writeKeyring(keyring, folder);
  const staffIds = new Set(content.staff.map((member) => member.id));
  return {
    keyring,
    created: !existing,
    addedPages,
    staffKeyReplacedFor,
    staffWithoutKeys: [...staffIds].filter((id) => !keyring.staff[id]),
    formerStaff: Object.keys(keyring.staff).filter((id) => !staffIds.has(id)),
    familiesWithoutPassphrase: content.school.access.familyPassphrase
      ? content.pupils.filter((pupil) => !keyring.pages[`family:${pupil.id}`]?.familyKek).map((pupil) => pupil.id)
      : [],
  };
}
