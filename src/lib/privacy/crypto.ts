/**
 * Waypoint's encryption, on WebCrypto through globalThis.crypto: the build seals with this file and
 * the browser opens with this same file, so the two cannot drift. AES-256-GCM for everything sealed,
 * HKDF-SHA256 to derive keys, HMAC-SHA256 for nonces and page revisions, PBKDF2-HMAC-SHA256 for
 * passphrases. Browser-safe: no node: module, no Buffer.
 */
import { fromBase64Url, toBase64Url } from './encoding.ts';
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

export async function sha256(data: Uint8Array | string): Promise<Bytes> {
  return new Uint8Array(await subtle().digest('SHA-256', bytes(data)));
}

export async function hmac(key: Uint8Array, data: Uint8Array | string): Promise<Bytes> {
  const hmacKey = await subtle().importKey('raw', bytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', hmacKey, bytes(data)));
}

/** HKDF-SHA256: `length` bytes of key from key material, bound to what `info` names. */
export async function hkdf(material: Uint8Array, salt: Uint8Array, info: string, length = KEY_BYTES): Promise<Bytes> {
  const ikm = await subtle().importKey('raw', bytes(material), 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes(salt), info: encoder.encode(info) }, ikm, length * 8);
  return new Uint8Array(bits);
}

/** An AES key that can decrypt and can never be read out: how the browser holds every key it unwraps. */
export const decryptionKey = (raw: Uint8Array): Promise<CryptoKey> => subtle().importKey('raw', bytes(raw), 'AES-GCM', false, ['decrypt']);

const asKey = (key: Uint8Array | CryptoKey, usage: KeyUsage): Promise<CryptoKey> =>
  key instanceof Uint8Array ? subtle().importKey('raw', bytes(key), 'AES-GCM', false, [usage]) : Promise.resolve(key);

function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The nonce for sealing `plaintext` with `aad` under `key`: the first 96 bits of
 * HMAC-SHA256(K_n, len(aad) ‖ aad ‖ plaintext), where K_n = HKDF(key, "waypoint:v1:nonce").
 *
 * Why a derived nonce, not a random one. A rebuild must publish the same bytes for a page that did
 * not change, so sealing must be deterministic: equal (key, AAD, plaintext) give equal output. The
 * danger of determinism in AES-GCM is nonce reuse: one key and one nonce on two different inputs
 * reveals the XOR of the plaintexts and lets anyone forge messages under that key. A nonce that is
 * a pseudo-random function of the whole input (the SIV construction of Rogaway and Shrimpton) rules
 * that out: two different inputs under one key share a nonce only if HMAC-SHA256 truncated to 96
 * bits collides, about n²/2⁹⁷ for n messages, the same bound as random nonces. The AAD's length
 * comes first so that moving bytes between the AAD and the plaintext is a different input, and
 * K_n is derived from the key (not the key itself) so HMAC and AES never share a key. What
 * determinism gives away is only that two ciphertexts under one key hold the same plaintext and
 * AAD, which an unchanged, byte-identical page shows anyway.
 */
async function syntheticNonce(key: Uint8Array, aad: Bytes, plaintext: Bytes): Promise<Bytes> {
  const nonceKey = await hkdf(key, new Uint8Array(0), 'waypoint:v1:nonce');
  const aadLength = new Uint8Array(8);
  new DataView(aadLength.buffer).setBigUint64(0, BigInt(aad.length));
  return (await hmac(nonceKey, concat(aadLength, aad, plaintext))).slice(0, NONCE_BYTES);
}

async function encrypt(key: Uint8Array, plaintext: Uint8Array | string, aad: string): Promise<{ iv: Bytes; ct: Bytes }> {
  const data = bytes(plaintext);
  const additionalData = encoder.encode(aad);
  const iv = await syntheticNonce(key, additionalData, data);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData }, await asKey(key, 'encrypt'), data);
  return { iv, ct: new Uint8Array(ct) };
}

/** Seals with AES-256-GCM, deterministically (see syntheticNonce). The AAD binds it to its place. */
export async function seal(key: Uint8Array, plaintext: Uint8Array | string, aad: string): Promise<Sealed> {
  const { iv, ct } = await encrypt(key, plaintext, aad);
  return { iv: toBase64Url(iv), ct: toBase64Url(ct) };
}

/** Opens a sealed value; throws if the key or the AAD is wrong, or anything was changed. */
export async function open(key: Uint8Array | CryptoKey, sealed: Sealed, aad: string): Promise<Bytes> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: encoder.encode(aad) },
    await asKey(key, 'decrypt'),
    fromBase64Url(sealed.ct),
  );
  return new Uint8Array(plain);
}

/** Seals binary data as one array: the 12-byte nonce, then the ciphertext and tag. */
export async function sealBytes(key: Uint8Array, data: Uint8Array, aad: string): Promise<Bytes> {
  const { iv, ct } = await encrypt(key, data, aad);
  return concat(iv, ct);
}

/** Opens what sealBytes made. */
export async function openBytes(key: Uint8Array | CryptoKey, sealed: Uint8Array, aad: string): Promise<Bytes> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: bytes(sealed.subarray(0, NONCE_BYTES)), additionalData: encoder.encode(aad) },
    await asKey(key, 'decrypt'),
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
