/**
 * Sealing, which only the build does (and `npm run keys` for its backups): AES-256-GCM with a nonce
 * derived from what is sealed, and the SHA-256, HMAC-SHA256 and HKDF-SHA256 that page keys and
 * revisions are made with, through Node's crypto and synchronously. A build seals about ten values
 * a page; through WebCrypto each was a hop to Node's thread pool, 1.7 ms a page against 0.2 here.
 * The browser only opens what this seals, with WebCrypto (crypto.ts: open, openBytes): the sealed
 * format is AES-GCM's own (nonce, ciphertext and tag), and tests open with crypto.ts what this
 * file seals.
 */
import { createCipheriv, createHash, createHmac, hkdfSync } from 'node:crypto';
import { KEY_BYTES, NONCE_BYTES, type Bytes, type Sealed } from './crypto.ts';
import { toBase64Url } from './encoding.ts';

const encoder = new TextEncoder();
const bytes = (data: Uint8Array | string): Uint8Array => (typeof data === 'string' ? encoder.encode(data) : data);
const own = (buffer: Buffer | ArrayBuffer): Bytes => new Uint8Array(buffer);

export const sha256 = (data: Uint8Array | string): Bytes => own(createHash('sha256').update(bytes(data)).digest());

export const hmac = (key: Uint8Array, data: Uint8Array | string): Bytes => own(createHmac('sha256', key).update(bytes(data)).digest());

/** HKDF-SHA256: `length` bytes of key from key material, bound to what `info` names. */
export const hkdf = (material: Uint8Array, salt: Uint8Array, info: string, length = KEY_BYTES): Bytes =>
  own(hkdfSync('sha256', material, salt, info, length));

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
function syntheticNonce(key: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Bytes {
  const nonceKey = hkdf(key, new Uint8Array(0), 'waypoint:v1:nonce');
  const aadLength = new Uint8Array(8);
  new DataView(aadLength.buffer).setBigUint64(0, BigInt(aad.length));
  return own(createHmac('sha256', nonceKey).update(aadLength).update(aad).update(plaintext).digest().subarray(0, NONCE_BYTES));
}

function encrypt(key: Uint8Array, plaintext: Uint8Array | string, aad: string): { iv: Bytes; ct: Bytes } {
  const data = bytes(plaintext);
  const additionalData = encoder.encode(aad);
  const iv = syntheticNonce(key, additionalData, data);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(additionalData);
  return { iv, ct: own(Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()])) };
}

/** Seals with AES-256-GCM, deterministically (see syntheticNonce). The AAD binds it to its place. */
export function seal(key: Uint8Array, plaintext: Uint8Array | string, aad: string): Sealed {
  const { iv, ct } = encrypt(key, plaintext, aad);
  return { iv: toBase64Url(iv), ct: toBase64Url(ct) };
}

/** Seals binary data as one array: the 12-byte nonce, then the ciphertext and tag. */
export function sealBytes(key: Uint8Array, data: Uint8Array, aad: string): Bytes {
  const { iv, ct } = encrypt(key, data, aad);
  return own(Buffer.concat([iv, ct]));
}
