/**
 * Waypoint's encryption on WebCrypto, through globalThis.crypto: opening what the build sealed
 * (seal.ts seals, with Node's crypto), AES-256-GCM; HKDF-SHA256 for the link keys, which the build
 * and the browser both derive with this file, so the two cannot drift; PBKDF2-HMAC-SHA256 for
 * passphrases; and the device key a staff sign-in is kept under. Browser-safe: no node: module, no
 * Buffer.
 */
import { fromBase64Url } from './encoding.ts';
import { normalizePassphrase } from '../keys/passphrase-form.ts';

/** Bytes WebCrypto accepts: a Uint8Array over a plain ArrayBuffer. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface Sealed {
  /** 12-byte nonce, base64url. */
  iv: string;
  /** Ciphertext with its 16-byte tag, base64url. */
  ct: string;
}

/** AES-256 and HMAC-SHA256 keys: 32 bytes. */
export const KEY_BYTES = 32;
/** AES-GCM's nonce: 96 bits. */
export const NONCE_BYTES = 12;
/** Salts for PBKDF2 and HKDF: 16 bytes. */
export const SALT_BYTES = 16;

// Looked up when used: a page served over plain HTTP has no crypto.subtle, and says so kindly.
const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const bytes = (data: Uint8Array | string): Bytes => (typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data));

export const randomBytes = (length: number): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(length));
export const randomKey = (): Bytes => randomBytes(KEY_BYTES);

/** HKDF-SHA256: `length` bytes of key from key material, bound to what `info` names. */
export async function hkdf(material: Uint8Array, salt: Uint8Array, info: string, length = KEY_BYTES): Promise<Bytes> {
  const ikm = await subtle().importKey('raw', bytes(material), 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes(salt), info: encoder.encode(info) }, ikm, length * 8);
  return new Uint8Array(bits);
}

/** An AES key that can decrypt and can never be read out: how the browser holds every key it unwraps. */
export const decryptionKey = (raw: Uint8Array): Promise<CryptoKey> => subtle().importKey('raw', bytes(raw), 'AES-GCM', false, ['decrypt']);

/** The key to open with: bytes become a key that can only decrypt; a key the browser already holds is used as it is. */
const openingKey = (key: Uint8Array | CryptoKey): Promise<CryptoKey> =>
  key instanceof Uint8Array ? decryptionKey(key) : Promise.resolve(key);

function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Opens a sealed value; throws if the key or the AAD is wrong, or anything was changed. */
export async function open(key: Uint8Array | CryptoKey, sealed: Sealed, aad: string): Promise<Bytes> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: encoder.encode(aad) },
    await openingKey(key),
    fromBase64Url(sealed.ct),
  );
  return new Uint8Array(plain);
}

/** Opens what sealBytes made. */
export async function openBytes(key: Uint8Array | CryptoKey, sealed: Uint8Array, aad: string): Promise<Bytes> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: bytes(sealed.subarray(0, NONCE_BYTES)), additionalData: encoder.encode(aad) },
    await openingKey(key),
    bytes(sealed.subarray(NONCE_BYTES)),
  );
  return new Uint8Array(plain);
}

const passphraseMaterial = (passphrase: string) =>
  subtle().importKey('raw', encoder.encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
const pbkdf2 = (salt: string, iterations: number) => ({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(salt), iterations });

/** A key-encryption key from a passphrase, as bytes for the keyring: PBKDF2-HMAC-SHA256, 32 bytes. */
export async function passphraseKey(passphrase: string, salt: string, iterations: number): Promise<Bytes> {
  return new Uint8Array(await subtle().deriveBits(pbkdf2(salt, iterations), await passphraseMaterial(passphrase), KEY_BYTES * 8));
}

/** The same key as passphraseKey, as the browser holds it: it can decrypt, and can never be read out. */
export async function passphraseCryptoKey(passphrase: string, salt: string, iterations: number): Promise<CryptoKey> {
  return subtle().deriveKey(pbkdf2(salt, iterations), await passphraseMaterial(passphrase), { name: 'AES-GCM', length: 256 }, false, [
    'decrypt',
  ]);
}

/** A key for this device only, made at sign-in: it seals the staff key and unwraps it again, and can never be read out. */
export const newDeviceKey = (): Promise<CryptoKey> =>
  subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'unwrapKey']);

/** Seals a key's bytes under a device key: nonce ‖ ciphertext. A random nonce: each device key seals once. */
export async function sealForDevice(device: CryptoKey, raw: Uint8Array, aad: string): Promise<Bytes> {
  const iv = randomBytes(NONCE_BYTES);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad) }, device, bytes(raw));
  return concat(iv, new Uint8Array(ct));
}

/** Unwraps what sealForDevice made straight into a key that can only decrypt: its bytes never reach a script. */
export function unwrapFromDevice(device: CryptoKey, sealed: Uint8Array, aad: string): Promise<CryptoKey> {
  const iv = bytes(sealed.subarray(0, NONCE_BYTES));
  const algorithm = { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) };
  return subtle().unwrapKey('raw', bytes(sealed.subarray(NONCE_BYTES)), device, algorithm, 'AES-GCM', false, ['decrypt']);
}

/** Whether this browser can open private pages: WebCrypto exists only in a secure context. */
export const hasWebCrypto = () => Boolean(globalThis.crypto?.subtle);
