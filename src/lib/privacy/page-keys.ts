/**
 * The key model: every key and nonce a page's ciphertext depends on is derived from the keyring and
 * from the page itself, so a page that did not change publishes the same bytes build after build
 * (deploys upload only what changed, browsers keep what they cached), and a page whose content or
 * whose keys changed publishes new ones.
 *
 *   digest      = SHA-256(the page's compressed content)
 *   revision    = HMAC-SHA256(K_r, page id, view, link version, staff key id, family passphrase key,
 *                 digest), first 96 bits; K_r = HKDF(content secret, "…:revision")
 *   content key = HKDF-SHA256(content secret, salt = digest, info = the content's AAD)
 *   link salt   = HKDF-SHA256(content secret, info = page id, view and link version)
 *   search key  = HKDF-SHA256(staff key, info "…:search-key")
 *
 * One content key encrypts one page content only: the key is derived from the content's digest and
 * from its AAD, which holds the page's place and its revision. A key that wraps many things (the
 * staff key, a link key, a person's key-encryption key, the search key) relies on crypto.ts's
 * derived nonces instead, which never repeat for different inputs under one key.
 *
 * The revision is keyed so that it says nothing about the content: an unkeyed hash would let anyone
 * who can guess a page's words check the guess against the published revision. It changes when the
 * content changes or when any key that opens the page changes, and it is bound into the content's
 * AAD, so an old copy of a page cannot claim to be the current one.
 */
import { FORMAT } from './aad.ts';
import { SALT_BYTES, type Bytes } from './crypto.ts';
import { hkdf, hmac } from './seal.ts';
import { toBase64Url } from './encoding.ts';
import type { LinkedPage } from './page-link.ts';

/** Random bytes of the keyring's content secret. */
export const CONTENT_SECRET_BYTES = 32;
/** Bytes of a revision: 96 bits, written as 16 base64url characters. */
const REVISION_BYTES = 12;

/** Everything besides its content that decides a page's ciphertext. */
export interface PageFacts extends LinkedPage {
  /** The id of the staff key its staff wrap is under. */
  staffKeyId: string;
  /** With the family-passphrase policy, the family's passphrase key: a new passphrase, a new revision. */
  familyKek?: string | undefined;
}

/** The version of a page's content and keys: 16 base64url characters. */
export function pageRevision(contentSecret: Uint8Array, facts: PageFacts, digest: Uint8Array): string {
  const revisionKey = hkdf(contentSecret, new Uint8Array(0), `${FORMAT}:revision`);
  const { page, view, version, staffKeyId, familyKek = '' } = facts;
  const described = JSON.stringify([page, view, version, staffKeyId, familyKek, toBase64Url(digest)]);
  return toBase64Url(hmac(revisionKey, described).slice(0, REVISION_BYTES));
}

/** A page content's own key: one key for one content in one place. */
export function contentKey(contentSecret: Uint8Array, digest: Uint8Array, contentAad: string): Bytes {
  return hkdf(contentSecret, digest, contentAad);
}

/** The HKDF salt of a page's link key: fixed for the link, so the link's wrap changes only with the content key. */
export function linkSalt(contentSecret: Uint8Array, { page, view, version }: LinkedPage): Bytes {
  return hkdf(contentSecret, new Uint8Array(0), `${FORMAT}:link-salt:${page}:${view}:${version}`, SALT_BYTES);
}

/** The key of the encrypted search index: it changes when the staff key does, and only then. */
export function searchKey(staffKey: Uint8Array): Bytes {
  return hkdf(staffKey, new Uint8Array(0), `${FORMAT}:search-key`);
}
