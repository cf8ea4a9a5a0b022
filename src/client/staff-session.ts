/**
 * Staff stay signed in while they move between pages: the key derived from their passphrase is
 * kept in IndexedDB as a non-extractable CryptoKey. Without "remember this device" it is tied to
 * this browser session (a marker in sessionStorage) and lasts 12 hours at most; with it, 30 days.
 * "Lock" forgets it.
 */
import { staffKeyAad } from '../lib/privacy/aad.ts';
import { STAFF_KEY_FILE, type StaffKeyFile } from '../lib/privacy/payload.ts';
import { importKey, openSealed, passphraseKey } from './webcrypto.ts';

interface Saved {
  kek: CryptoKey;
  salt: string;
  iterations: number;
  expires: number;
  /** The sessionStorage marker this key belongs to, or null when the device is remembered. */
  session: string | null;
}

const HOUR = 3_600_000;
const SESSION_HOURS = 12;
const REMEMBER_DAYS = 30;
const MARKER = 'wp-session';

function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('waypoint', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('keys');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result.transaction('keys', mode).objectStore('keys'));
  });
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function forget(): Promise<void> {
  sessionStorage.removeItem(MARKER);
  await done((await store('readwrite')).delete('staff'));
}

/** The build's staff key file; undefined when the site has none, a thrown error when it could not be read. */
async function fetchStaffKeys(): Promise<StaffKeyFile | undefined> {
  const response = await fetch(STAFF_KEY_FILE, { cache: 'no-store', credentials: 'same-origin' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`The staff key file answered ${response.status}.`);
  return (await response.json()) as StaffKeyFile;
}

/** The build's staff key, if this key-encryption key opens one of the build's wraps. */
async function unwrapStaffKey(file: StaffKeyFile, kek: CryptoKey, salt: string, iterations: number): Promise<CryptoKey | undefined> {
  for (const wrap of file.wraps) {
    if (wrap.salt !== salt || wrap.iterations !== iterations) continue;
    try {
      return await importKey(await openSealed(kek, wrap, staffKeyAad(file.build)));
    } catch {
      // Not this person's wrap: try the next.
    }
  }
  return undefined;
}

/** The staff key of the current build, from a saved sign-in, or undefined. */
export async function savedStaffKey(build: string): Promise<CryptoKey | undefined> {
  const saved = (await done((await store('readonly')).get('staff'))) as Saved | undefined;
  if (!saved) return undefined;
  if (saved.expires < Date.now() || (saved.session !== null && saved.session !== sessionStorage.getItem(MARKER))) {
    await forget();
    return undefined;
  }
  const file = await fetchStaffKeys();
  if (!file || file.build !== build) return undefined;
  return unwrapStaffKey(file, saved.kek, saved.salt, saved.iterations);
}

export type SignInResult = { ok: true; build: string } | { ok: false; reason: 'wrong-passphrase' | 'no-staff-keys' };

/** Signs in with a passphrase: one PBKDF2 run per set of parameters in use (normally one). */
export async function signIn(passphrase: string, remember: boolean): Promise<SignInResult> {
  const file = await fetchStaffKeys();
  if (!file || file.wraps.length === 0) return { ok: false, reason: 'no-staff-keys' };
  const settings = [...new Map(file.wraps.map((wrap) => [`${wrap.salt}/${wrap.iterations}`, wrap])).values()];
  for (const { salt, iterations } of settings) {
    const kek = await passphraseKey(passphrase, salt, iterations);
    if (await unwrapStaffKey(file, kek, salt, iterations)) {
      const session = remember ? null : crypto.randomUUID();
      if (session) sessionStorage.setItem(MARKER, session);
      const expires = Date.now() + (remember ? REMEMBER_DAYS * 24 : SESSION_HOURS) * HOUR;
      const saved: Saved = { kek, salt, iterations, expires, session };
      await done((await store('readwrite')).put(saved, 'staff'));
      return { ok: true, build: file.build };
    }
  }
  return { ok: false, reason: 'wrong-passphrase' };
}
