/**
 * Opens a built, encrypted page in Node the way the browser does, so tests can read what each view
 * shows. With the keyring's link secret for family and pupil views, or a staff key-encryption key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { contentAad, staffKeyAad, wrapAad } from '../../src/lib/privacy/aad.ts';
import { open } from '../../src/lib/privacy/crypto.ts';
import { fromBase64Url } from '../../src/lib/privacy/encoding.ts';
import type { Keyring } from '../../src/lib/keys/keyring.ts';
import { linkKey, linkWrapAad } from '../../src/lib/privacy/page-link.ts';
import { STAFF_KEY_FILE, type PageContent, type PagePayload, type StaffKeyFile } from '../../src/lib/privacy/payload.ts';

const decoder = new TextDecoder();

export function readPayload(dist: string, pageId: string): PagePayload {
  const html = readFileSync(path.join(dist, 'v', pageId, 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="wp-payload">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error(`The page ${pageId} has no payload.`);
  return JSON.parse(json) as PagePayload;
}

async function openContent(payload: PagePayload, contentKey: Uint8Array): Promise<PageContent> {
  const packed = await open(contentKey, payload.content, contentAad(payload.page, payload.view, payload.version, payload.revision));
  return JSON.parse(decoder.decode(inflateRawSync(packed))) as PageContent;
}

/** Opens a family or pupil page with the secret from its link. */
export async function openWithLink(dist: string, keyring: Keyring, pageKey: string): Promise<PageContent> {
  const keys = keyring.pages[pageKey]!;
  return openWithSecret(dist, keys.id, keys.secret!);
}

/** Opens the page at /v/<pageId>/ with a link secret, as a family's browser does. */
export async function openWithSecret(dist: string, pageId: string, secret: string): Promise<PageContent> {
  const payload = readPayload(dist, pageId);
  const link = payload.link!;
  const key = await linkKey(secret, fromBase64Url(link.salt), payload);
  return openContent(payload, await open(key, link, linkWrapAad(payload)));
}

/** The staff key a member of staff's key-encryption key unwraps from a build's /_wp/staff.json. */
export async function unwrapStaffKey(dist: string, kek: Uint8Array): Promise<Uint8Array> {
  const staffFile = JSON.parse(readFileSync(path.join(dist, STAFF_KEY_FILE), 'utf8')) as StaffKeyFile;
  for (const wrap of staffFile.wraps) {
    const staffKey = await open(kek, wrap, staffKeyAad(staffFile.staffKey)).catch(() => undefined);
    if (staffKey) return staffKey;
  }
  throw new Error('This key cannot open the staff key of this build.');
}

/** Opens the page at /v/<pageId>/ with a staff key, as a signed-in browser does. */
export async function openWithStaffKey(dist: string, staffKey: Uint8Array, pageId: string): Promise<PageContent> {
  const payload = readPayload(dist, pageId);
  return openContent(payload, await open(staffKey, payload.staff, wrapAad('staff', payload.page, payload.view, payload.version)));
}

/** Opens any private page as a member of staff whose key-encryption key is in the keyring. */
export async function openAsStaff(dist: string, keyring: Keyring, staffId: string, pageKey: string): Promise<PageContent> {
  const staffKey = await unwrapStaffKey(dist, fromBase64Url(keyring.staff[staffId]!.kek)).catch(() => {
    throw new Error(`${staffId} cannot open the staff key of this build.`);
  });
  return openWithStaffKey(dist, staffKey, keyring.pages[pageKey]!.id);
}
