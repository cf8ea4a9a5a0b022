/**
 * Staff stay signed in while they move between pages, and the device keeps nothing long-lived.
 *
 * What is kept is the staff key, which opens every page until it is rotated; never the key made
 * from the passphrase, which would open every future build until the passphrase is reset. The
 * staff key is kept in two halves, because a browser's databases keep deleted records on disk
 * until they happen to compact them (Chromium's IndexedDB does), and Lock must really erase it:
 *
 * - a device key, made fresh at each sign-in: a non-extractable AES key in IndexedDB, with the
 *   staff key's id and when the sign-in ends;
 * - the staff key sealed under that device key: in sessionStorage for a session-only sign-in (this
 *   tab only, 12 hours at most), or with "remember this device" in a file of the site's private
 *   file system (OPFS), for 30 days.
 *
 * Opening a page unwraps the sealed half with the device key straight into a non-extractable
 * CryptoKey, so no page script sees the staff key's bytes after sign-in. Lock deletes the record,
 * the sealed half and the database. What a database may leave behind is the device key alone,
 * which opens nothing without the sealed half; the private file is deleted outright.
 */
import { staffKeyAad } from '../lib/privacy/aad.ts';
import { newDeviceKey, open, passphraseCryptoKey, sealForDevice, unwrapFromDevice } from '../lib/privacy/crypto.ts';
import { fromBase64Url, toBase64Url } from '../lib/privacy/encoding.ts';
import { STAFF_KEY_FILE, type StaffKeyFile } from '../lib/privacy/payload.ts';

interface Saved {
  /** Seals and unwraps the staff key on this device; non-extractable. */
  device: CryptoKey;
  /** The id of the staff key it holds. */
  staffKey: string;
  expires: number;
  /** Whether the sealed half is in the private file system (remembered) or in sessionStorage. */
  remembered: boolean;
}

const HOUR = 3_600_000;
const SESSION_HOURS = 12;
const REMEMBER_DAYS = 30;
const DATABASE = 'waypoint';
const RECORD = 'staff';
/** The sealed half's name, in sessionStorage and in the private file system. */
const SEALED = 'wp-staff-key';

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('keys');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
}

/** Runs one request on the key store and closes the database, so it can be deleted on Lock. */
async function withStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction('keys', mode).objectStore('keys'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The private file system, where the browser can write files but also truly delete them. */
async function privateFiles(): Promise<FileSystemDirectoryHandle | undefined> {
  try {
    const root = await navigator.storage?.getDirectory?.();
    return root && 'createWritable' in FileSystemFileHandle.prototype ? root : undefined;
  } catch {
    return undefined;
  }
}

async function keepSealed(sealed: string, remember: boolean): Promise<boolean> {
  const files = remember ? await privateFiles() : undefined;
  if (!files) {
    sessionStorage.setItem(SEALED, sealed);
    return false;
  }
  const writable = await (await files.getFileHandle(SEALED, { create: true })).createWritable();
  await writable.write(sealed);
  await writable.close();
  return true;
}

async function readSealed(remembered: boolean): Promise<string | undefined> {
  if (!remembered) return sessionStorage.getItem(SEALED) ?? undefined;
  try {
    return await (await (await privateFiles())?.getFileHandle(SEALED))?.getFile().then((file) => file.text());
  } catch {
    return undefined;
  }
}

/** Lock: erases the sign-in from this device. */
export async function forget(): Promise<void> {
  sessionStorage.removeItem(SEALED);
  await (await privateFiles())?.removeEntry(SEALED).catch(() => undefined);
  await withStore('readwrite', (store) => store.delete(RECORD)).catch(() => undefined);
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Keeps the staff key on this device, in two halves (see the top of this file). */
async function keep(staffKey: Uint8Array, staffKeyId: string, remember: boolean): Promise<void> {
  await forget();
  const device = await newDeviceKey();
  const sealed = await sealForDevice(device, staffKey, staffKeyAad(staffKeyId));
  const remembered = await keepSealed(toBase64Url(sealed), remember);
  const expires = Date.now() + (remembered ? REMEMBER_DAYS * 24 : SESSION_HOURS) * HOUR;
  const saved: Saved = { device, staffKey: staffKeyId, expires, remembered };
  await withStore('readwrite', (store) => store.put(saved, RECORD));
}

/** The staff key with this id, from a sign-in on this device, as a key that can only decrypt; or undefined. */
export async function savedStaffKey(staffKeyId: string): Promise<CryptoKey | undefined> {
  const saved = (await withStore('readonly', (store) => store.get(RECORD))) as Saved | undefined;
  if (!saved) return undefined;
  if (saved.expires < Date.now()) {
    await forget();
    return undefined;
  }
  // Another key: an older copy of a page, or a sign-in from before the key was rotated.
  if (saved.staffKey !== staffKeyId) return undefined;
  const sealed = await readSealed(saved.remembered);
  if (!sealed) return undefined;
  try {
    return await unwrapFromDevice(saved.device, fromBase64Url(sealed), staffKeyAad(staffKeyId));
  } catch {
    return undefined;
  }
}

/** The staff key file; undefined when the site has none, a thrown error when it could not be read. */
async function fetchStaffKeys(): Promise<StaffKeyFile | undefined> {
  const response = await fetch(STAFF_KEY_FILE, { cache: 'no-store', credentials: 'same-origin' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`The staff key file answered ${response.status}.`);
  return (await response.json()) as StaffKeyFile;
}

export type SignInResult = { ok: true; staffKey: string } | { ok: false; reason: 'wrong-passphrase' | 'no-staff-keys' };

/** Signs in with a passphrase: one PBKDF2 run per set of parameters in use (normally one). */
export async function signIn(passphrase: string, remember: boolean): Promise<SignInResult> {
  const file = await fetchStaffKeys();
  if (!file || file.wraps.length === 0) return { ok: false, reason: 'no-staff-keys' };
  const settings = [...new Map(file.wraps.map((wrap) => [`${wrap.salt}/${wrap.iterations}`, wrap])).values()];
  for (const { salt, iterations } of settings) {
    const kek = await passphraseCryptoKey(passphrase, salt, iterations);
    for (const wrap of file.wraps.filter((each) => each.salt === salt && each.iterations === iterations)) {
      const staffKey = await open(kek, wrap, staffKeyAad(file.staffKey)).catch(() => undefined);
      if (!staffKey) continue; // Not this person's wrap: try the next.
      await keep(staffKey, file.staffKey, remember);
      staffKey.fill(0);
      return { ok: true, staffKey: file.staffKey };
    }
  }
  return { ok: false, reason: 'wrong-passphrase' };
}
