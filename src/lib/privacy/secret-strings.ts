/**
 * The keyring's secrets, as the audit looks for them: every link secret and every key-encryption key
 * (a member of staff's, a family's), each in every form code could write it — base64url as the
 * keyring holds it, standard base64 with and without padding, hex, and the raw bytes. Salts and page
 * ids are left out: they are published by design.
 */
import type { SchoolContent } from '../content/school-content.ts';
import type { Keyring } from '../keys/keyring.ts';
import { personalStrings, schoolStrings, type PersonalString } from './personal-strings.ts';

/** The forms of one secret (base64url text in the keyring). */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'base64url');
  const base64 = bytes.toString('base64');
  const hex = bytes.toString('hex');
  const raw = bytes.toString('latin1').replace(/\s+/g, ' ').trim();
  return [...new Set([secret, base64, base64.replace(/=+$/, ''), hex, hex.toUpperCase(), raw])].filter((form) => form.length >= 12);
}

export function keyringSecrets(keyring: Keyring): PersonalString[] {
  const found: PersonalString[] = [];
  const add = (secret: string, field: string) => {
    for (const text of secretForms(secret)) found.push({ text, pupil: '', field, wholeWord: false });
  };
  for (const [page, keys] of Object.entries(keyring.pages)) {
    if (keys.secret) add(keys.secret, `the link secret of ${page}`);
    if (keys.familyKek) add(keys.familyKek.kek, `the family passphrase key of ${page}`);
  }
  for (const [staffId, keys] of Object.entries(keyring.staff)) add(keys.kek, `the passphrase key of ${staffId}`);
  // The keys every page's ciphertext follows from: the content secret and the staff key.
  if (keyring.contentSecret) add(keyring.contentSecret, 'the content secret');
  if (keyring.staffKey?.key) add(keyring.staffKey.key, 'the staff key');
  return found;
}

/** Everything a build's audit looks for: each pupil's personal text, the school's own text, the keyring's secrets. */
export function auditStrings(content: SchoolContent, keyring: Keyring | undefined): PersonalString[] {
  return [...personalStrings(content), ...schoolStrings(content), ...(keyring ? keyringSecrets(keyring) : [])];
}
