/**
 * Opens a built, encrypted page in Node the way the browser does, so tests can read what each view
 * shows. With the keyring's link secret for family and pupil views, or a staff key-encryption key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { contentAad, linkInfo, staffKeyAad, wrapAad } from '../../src/lib/privacy/aad.ts';
import { linkKey, open } from '../../src/lib/privacy/crypto.ts';
import { fromBase64Url } from '../../src/lib/privacy/encoding.ts';
import type { Keyring } from '../../src/lib/privacy/keyring.ts';
import { STAFF_KEY_FILE, type PageContent, type PagePayload, type StaffKeyFile } from '../../src/lib/privacy/payload.ts';

const decoder = new TextDecoder();

export function readPayload(dist: string, pageId: string): PagePayload {
  const html = readFileSync(path.join(dist, 'v', pageId, 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="wp-payload">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error(`The page ${pageId} has no payload.`);
  return JSON.parse(json) as PagePayload;
}

async function openContent(payload: PagePayload, contentKey: Uint8Array): Promise<PageContent> {
  const packed = await open(contentKey, payload.content, contentAad(payload.page, payload.view, payload.version));
  return JSON.parse(decoder.decode(inflateRawSync(packed))) as PageContent;
}

/** Opens a family or pupil page with the secret from its link. */
export async function openWithLink(dist: string, keyring: Keyring, pageKey: string): Promise<PageContent> {
  const keys = keyring.pages[pageKey]!;
  const payload = readPayload(dist, keys.id);
  const link = payload.link!;
  const key = await linkKey(keys.secret!, fromBase64Url(link.salt), linkInfo(payload.page, payload.view, payload.version));
  return openContent(payload, await open(key, link, wrapAad('link', payload.page, payload.view, payload.version)));
}

/** Opens any private page as a member of staff whose key-encryption key is in the keyring. */
export async function openAsStaff(dist: string, keyring: Keyring, staffId: string, pageKey: string): Promise<PageContent> {
  const staffFile = JSON.parse(readFileSync(path.join(dist, STAFF_KEY_FILE), 'utf8')) as StaffKeyFile;
  const kek = fromBase64Url(keyring.staff[staffId]!.kek);
  let staffKey: Uint8Array | undefined;
  for (const wrap of staffFile.wraps) {
    staffKey = await open(kek, wrap, staffKeyAad(staffFile.build)).catch(() => undefined);
    if (staffKey) break;
  }
  if (!staffKey) throw new Error(`${staffId} cannot open the staff key of this build.`);
  const payload = readPayload(dist, keyring.pages[pageKey]!.id);
  return openContent(payload, await open(staffKey, payload.staff, wrapAad('staff', payload.page, payload.view, payload.version)));
}
