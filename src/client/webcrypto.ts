/** The browser's side of Waypoint's encryption: the mirror of src/lib/privacy/crypto.ts, on WebCrypto. */
import type { Sealed } from '../lib/privacy/crypto.ts';
import { normalizePassphrase } from '../lib/privacy/passphrase-form.ts';

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const AES = { name: 'AES-GCM', length: 256 } as const;

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** Opens a sealed value; throws if the key is wrong or anything was changed. */
export async function openSealed(key: CryptoKey, sealed: Sealed, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: encoder.encode(aad) },
    key,
    fromBase64Url(sealed.ct),
  );
  return new Uint8Array(plain);
}

/** A raw key that was just unwrapped, made into a key that can only decrypt and can never be read out. */
export const importKey = (raw: Uint8Array<ArrayBuffer>) => subtle().importKey('raw', raw, AES, false, ['decrypt']);

export async function linkKey(secret: string, salt: string, info: string): Promise<CryptoKey> {
  const ikm = await subtle().importKey('raw', fromBase64Url(secret), 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: fromBase64Url(salt), info: encoder.encode(info) }, ikm, AES, false, [
    'decrypt',
  ]);
}

/** PBKDF2-HMAC-SHA256 of a passphrase, as a non-extractable key: it can be kept in IndexedDB but never read. */
export async function passphraseKey(passphrase: string, salt: string, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(salt), iterations }, material, AES, false, ['decrypt']);
}
