/**
 * The staff key: one AES-256 key that opens every private page. It is kept in the keyring, so an
 * ordinary rebuild keeps it and staff stay signed in; each member of staff gets it wrapped under
 * their own passphrase key in /_wp/staff.json. It is replaced whenever someone who was given it
 * loses access — taken out of staff.yaml, their keys removed or reset — and on
 * `npm run keys -- rotate`. After the next build, an old copy of it opens nothing new.
 */
import { randomKey, randomBytes } from '../privacy/crypto.ts';
import { toBase64Url } from '../privacy/encoding.ts';

export interface StaffKey {
  /** 128 random bits (base64url). Every wrap and every page names it, so a saved sign-in knows its key. */
  id: string;
  /** 32 random bytes (base64url). */
  key: string;
  /** The staff ids it has been given to, sorted. When one of them loses access, the key is replaced. */
  holders: string[];
  created: string;
}

/** Random bytes in a staff key's id. */
const STAFF_KEY_ID_BYTES = 16;

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

export function newStaffKey(holders: Iterable<string> = [], now = new Date()): StaffKey {
  return {
    id: toBase64Url(randomBytes(STAFF_KEY_ID_BYTES)),
    key: toBase64Url(randomKey()),
    holders: sorted(holders),
    created: now.toISOString(),
  };
}

/** The key with one more holder: giving someone the key does not change it. */
export const withHolder = (staffKey: StaffKey, staffId: string): StaffKey => ({
  ...staffKey,
  holders: sorted([...staffKey.holders, staffId]),
});

/** Holders who may no longer have the key: gone from staff.yaml, or without keys. */
export const formerHolders = (staffKey: StaffKey, allowed: ReadonlySet<string>) => staffKey.holders.filter((id) => !allowed.has(id));

/**
 * The staff key for the people allowed to sign in (in staff.yaml, with keys): a new key if anyone
 * who held the old one is not among them, else the same key with any newcomers added.
 */
export function staffKeyFor(staffKey: StaffKey, allowed: ReadonlySet<string>, now = new Date()): StaffKey {
  if (formerHolders(staffKey, allowed).length > 0) return newStaffKey(allowed, now);
  const holders = sorted([...staffKey.holders, ...allowed]);
  return holders.join() === staffKey.holders.join() ? staffKey : { ...staffKey, holders };
}
