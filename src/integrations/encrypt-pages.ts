/**
 * Encrypts every private page after Astro has rendered it: its nav, main content and footer go into
 * an AES-256-GCM payload under a content key that follows the content (src/lib/privacy/page-keys.ts),
 * wrapped for staff and, on family and pupil views, for the page's link. What is left in the HTML is
 * the generic gate, and beside each page a revision file says which version of it is current. A pupil
 * view's poster (SVG, compressed like the page) is sealed under the same content key into its own
 * file beside the page.
 * Everything is derived from the keyring, so an unchanged page is written byte for byte as before.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { contentAad, posterAad, staffKeyAad, wrapAad } from '../lib/privacy/aad.ts';
import { seal, sealBytes, sha256 } from '../lib/privacy/seal.ts';
import { fromBase64Url, toBase64Url } from '../lib/privacy/encoding.ts';
import type { Keyring, PageKeys } from '../lib/keys/keyring.ts';
import { contentKey, linkSalt, pageRevision } from '../lib/privacy/page-keys.ts';
import { isLinkedView, linkKey, linkWrapAad, pagePath } from '../lib/privacy/page-link.ts';
import {
  POSTER_ATTRIBUTE,
  POSTER_FILE,
  REVISION_FILE,
  STAFF_KEY_FILE,
  type PageContent,
  type PagePayload,
  type RevisionFile,
  type StaffKeyFile,
} from '../lib/privacy/payload.ts';
import { formerHolders } from '../lib/keys/staff-key.ts';
import { pack } from '../lib/privacy/pack.ts';
import { posterFile } from '../lib/symbols/poster.ts';
import { pageKey, pageView, type PrivatePage } from '../lib/routes.ts';
import { mapInWorkers, type WorkerTask } from '../lib/workers.ts';

export interface EncryptReport {
  pages: number;
  staff: number;
  bytes: number;
}

export interface EncryptOptions {
  dist: string;
  pages: PrivatePage[];
  keyring: Keyring;
  /** Staff ids in staff.yaml: only they get a wrap of the staff key, so a leaver opens nothing new. */
  staffIds: ReadonlySet<string>;
  /** The school's policy: family links also need the family's passphrase. */
  familyPassphrase: boolean;
  /** The key of the encrypted search index: it goes, encrypted, into the search page only. */
  searchKey?: Uint8Array | undefined;
  /** Where the render left the posters (the build context's poster cache). */
  posterFolder: string;
}

export async function encryptPages({
  dist,
  pages,
  keyring,
  staffIds,
  familyPassphrase,
  searchKey,
  posterFolder,
}: EncryptOptions): Promise<EncryptReport> {
  const allowed = new Set([...staffIds].filter((id) => keyring.staff[id]));
  const former = formerHolders(keyring.staffKey, allowed);
  if (former.length > 0) {
    // ensureKeyring replaces the key when someone leaves; a build that skipped it must not reuse it.
    throw new Error(`The staff key was given to ${former.join(', ')}, who can no longer sign in. Run npm run build, which replaces it.`);
  }
  const staffKey = fromBase64Url(keyring.staffKey.key);
  const tasks = pages.map((page): PageTask => {
    const keys = keyring.pages[pageKey(page)];
    if (!keys) throw new Error(`The keyring has no keys for the page ${pageKey(page)}. Run npm run keys, then build again.`);
    const view = pageView(page);
    if (view === 'family' && familyPassphrase && !keys.familyKek) {
      throw new Error(`The family of ${pageKey(page)} has no passphrase yet. Run npm run keys, then build again.`);
    }
    return {
      key: pageKey(page),
      file: path.join(dist, pagePath(keys.id), 'index.html'),
      keys,
      view,
      staffKey,
      staffKeyId: keyring.staffKey.id,
      contentSecret: keyring.contentSecret,
      familyKek: view === 'family' && familyPassphrase ? keys.familyKek : undefined,
      searchKey: page.kind === 'search' && searchKey ? toBase64Url(searchKey) : undefined,
      posterFolder,
    };
  });
  // Pages are independent: each is parsed, compressed and sealed in a worker thread, one a core.
  const sizes = await mapInWorkers<PageTask, number>(new URL(import.meta.url), tasks);
  const bytes = sizes.reduce((sum, size) => sum + size, 0);

  const staffFile: StaffKeyFile = { format: 2, staffKey: keyring.staffKey.id, wraps: [] };
  for (const id of [...allowed].sort()) {
    const member = keyring.staff[id]!;
    staffFile.wraps.push({
      salt: member.salt,
      iterations: member.iterations,
      ...seal(fromBase64Url(member.kek), staffKey, staffKeyAad(keyring.staffKey.id)),
    });
  }
  // Sorted by ciphertext, so the order says nothing about staff.yaml.
  staffFile.wraps.sort((a, b) => a.ct.localeCompare(b.ct));
  const staffPath = path.join(dist, STAFF_KEY_FILE);
  mkdirSync(path.dirname(staffPath), { recursive: true });
  writeFileSync(staffPath, JSON.stringify(staffFile));
  return { pages: pages.length, staff: staffFile.wraps.length, bytes };
}

/** One page to encrypt, as plain data for a worker thread. */
interface PageTask {
  key: string;
  file: string;
  keys: PageKeys;
  view: PagePayload['view'];
  staffKey: Uint8Array;
  staffKeyId: string;
  contentSecret: string;
  familyKek: PageKeys['familyKek'];
  /** On the search page only: the search index's key, put into its content. */
  searchKey: string | undefined;
  posterFolder: string;
}

/** Run in a worker thread for each page (src/lib/workers.ts). */
export const workerTask: WorkerTask<PageTask, number> = (task) => encryptPage(task);

/** Encrypts one rendered page in place, writes its revision file and its poster file; returns the bytes written. */
async function encryptPage(task: PageTask): Promise<number> {
  const { file, keys, view } = task;
  if (!existsSync(file)) throw new Error(`Astro did not write the page ${task.key} (${file}).`);
  const html = parse(readFileSync(file, 'utf8'), { comment: false });
  const content = takePrivateRegions(html, task.key);
  if (task.searchKey)
    content.main = content.main.replace('data-wp-search-key="wp-search-key-placeholder"', `data-wp-search-key="${task.searchKey}"`);
  const { payload, key } = await sealPage({
    // Compressed before it is encrypted: ciphertext does not compress, and pages are read on phones.
    packed: await pack(JSON.stringify(content)),
    keys,
    view,
    staffKey: task.staffKey,
    staffKeyId: task.staffKeyId,
    contentSecret: fromBase64Url(task.contentSecret),
    familyKek: task.familyKek,
  });
  const script = `<script type="application/json" id="wp-payload">${JSON.stringify(payload)}</script>`;
  html.querySelector('body')!.insertAdjacentHTML('beforeend', script);
  const out = `<!doctype html>\n${html.toString().replace(/^<!doctype html>/i, '')}`;
  writeFileSync(file, out);
  const revision: RevisionFile = { revision: payload.revision };
  writeFileSync(path.join(path.dirname(file), REVISION_FILE), JSON.stringify(revision));
  const poster = posterHashIn(content.main);
  return out.length + (poster ? sealPoster(posterFile(poster, task.posterFolder), key, payload, path.dirname(file)) : 0);
}

interface PageToSeal {
  /** The page's content, compressed. */
  packed: Uint8Array;
  keys: PageKeys;
  view: PagePayload['view'];
  staffKey: Uint8Array;
  staffKeyId: string;
  contentSecret: Uint8Array;
  /** With the family-passphrase policy, the family's passphrase key. */
  familyKek?: PageKeys['familyKek'];
}

/** The payload of one page: its content under its own content key, and that key wrapped for each way in. */
async function sealPage({
  packed,
  keys,
  view,
  staffKey,
  staffKeyId,
  contentSecret,
  familyKek,
}: PageToSeal): Promise<{ payload: PagePayload; key: Uint8Array }> {
  const place = { page: keys.id, view, version: keys.version };
  const digest = sha256(packed);
  const revision = pageRevision(contentSecret, { ...place, staffKeyId, familyKek: familyKek?.kek }, digest);
  const aad = contentAad(keys.id, view, keys.version, revision);
  const key = contentKey(contentSecret, digest, aad);
  const payload: PagePayload = {
    format: 2,
    ...place,
    staffKey: staffKeyId,
    revision,
    content: seal(key, packed, aad),
    staff: seal(staffKey, key, wrapAad('staff', keys.id, view, keys.version)),
  };
  if (!keys.secret || !isLinkedView(view)) return { payload, key };
  const salt = linkSalt(contentSecret, place);
  const wrap = seal(await linkKey(keys.secret, salt, place), key, linkWrapAad(place));
  if (!familyKek) {
    payload.link = { ...wrap, salt: toBase64Url(salt) };
    return { payload, key };
  }
  const outer = seal(fromBase64Url(familyKek.kek), JSON.stringify(wrap), wrapAad('passphrase', keys.id, view, keys.version));
  payload.link = { ...outer, salt: toBase64Url(salt) };
  payload.passphrase = { salt: familyKek.salt, iterations: familyKek.iterations };
  return { payload, key };
}

const POSTER_HASH = new RegExp(`${POSTER_ATTRIBUTE}="([0-9a-f]{32})"`);
const posterHashIn = (main: string) => POSTER_HASH.exec(main)?.[1];

/**
 * Seals the pupil view's poster (from the poster cache, where the render left it, already packed)
 * into poster.bin beside the page, under the page's content key: an unchanged page gives the same bytes.
 */
function sealPoster(source: string, key: Uint8Array, payload: PagePayload, folder: string): number {
  if (!existsSync(source)) throw new Error(`The poster of the page ${payload.page} is missing from the poster cache (${source}).`);
  const sealed = sealBytes(key, readFileSync(source), posterAad(payload.page, payload.view, payload.version, payload.revision));
  writeFileSync(path.join(folder, POSTER_FILE), sealed);
  return sealed.length;
}

/**
 * Takes the nav, main content and footer out of the page and makes the shell generic: default
 * language and direction, a neutral body class, the gate shown.
 */
function takePrivateRegions(html: HTMLElement, key: string): PageContent {
  const region = (name: string) => {
    const element = html.querySelector(`[data-wp-private="${name}"]`);
    if (!element) throw new Error(`The page ${key} has no private ${name} region to encrypt.`);
    const inner = element.innerHTML;
    element.innerHTML = '';
    return inner;
  };
  const root = html.querySelector('html')!;
  const body = html.querySelector('body')!;
  const content: PageContent = {
    nav: region('nav'),
    main: region('main'),
    footer: region('footer'),
    lang: root.getAttribute('lang') ?? 'en-GB',
    dir: root.getAttribute('dir') ?? 'ltr',
    bodyClass: body.getAttribute('class') ?? '',
  };
  root.setAttribute('lang', 'en-GB');
  root.setAttribute('dir', 'ltr');
  body.setAttribute('class', 'wp-view wp-view--locked');
  const gate = html.querySelector('[data-wp-gate]');
  if (!gate) throw new Error(`The page ${key} has no gate to show while it is locked.`);
  gate.removeAttribute('hidden');
  return content;
}
