/**
 * The build's side of Waypoint's encryption, on WebCrypto (the same API the browser uses to open
 * pages): AES-256-GCM, HKDF-SHA256 for link keys, PBKDF2-HMAC-SHA256 for passphrases.
 */
import { fromBase64Url, toBase64Url } from './encoding.ts';
import { normalizePassphrase } from './passphrase-form.ts';

const subtle = globalThis.crypto.subtle;
const encoder = new TextEncoder();

export interface Sealed {
  /** 12-byte nonce, base64url. */
  iv: string;
  /** Ciphertext with its 16-byte tag, base64url. */
  ct: string;
}

/** Bytes WebCrypto accepts: a Uint8Array over a plain ArrayBuffer. */
type Bytes = Uint8Array<ArrayBuffer>;
const bytes = (data: Uint8Array): Bytes => new Uint8Array(data);

export const randomKey = (): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(32));

const aesKey = (raw: Uint8Array, usage: KeyUsage) => subtle.importKey('raw', bytes(raw), 'AES-GCM', false, [usage]);

export async function seal(key: Uint8Array, plaintext: Uint8Array | string, aad: string): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = typeof plaintext === 'string' ? encoder.encode(plaintext) : bytes(plaintext);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad) }, await aesKey(key, 'encrypt'), data);
  return { iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

export async function open(key: Uint8Array, sealed: Sealed, aad: string): Promise<Uint8Array> {
  const plain = await subtle.decrypt(
    { name: 'AES-GCM', iv: bytes(fromBase64Url(sealed.iv)), additionalData: encoder.encode(aad) },
    await aesKey(key, 'decrypt'),
    bytes(fromBase64Url(sealed.ct)),
  );
  return new Uint8Array(plain);
}

/** A link key: HKDF-SHA256 of the link's 128-bit secret, bound to the page. */
export async function linkKey(secret: string, salt: Uint8Array, info: string): Promise<Uint8Array> {
  const ikm = await subtle.importKey('raw', bytes(fromBase64Url(secret)), 'HKDF', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes(salt), info: encoder.encode(info) }, ikm, 256);
  return new Uint8Array(bits);
}

/** A key-encryption key from a passphrase: PBKDF2-HMAC-SHA256, 32 bytes. */
export async function passphraseKey(passphrase: string, salt: string, iterations: number): Promise<Uint8Array> {
  const material = await subtle.importKey('raw', encoder.encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: bytes(fromBase64Url(salt)), iterations }, material, 256);
  return new Uint8Array(bits);
}

/** Seals binary data as one array: the 12-byte nonce, then the ciphertext and tag. */
export async function sealBytes(key: Uint8Array, data: Uint8Array, aad: string): Promise<Uint8Array> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad) }, await aesKey(key, 'encrypt'), bytes(data));
  const out = new Uint8Array(12 + ct.byteLength);
  out.set(iv);
  out.set(new Uint8Array(ct), 12);
  return out;
}
