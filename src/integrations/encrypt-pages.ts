/**
 * Encrypts every private page after Astro has rendered it: its nav, main content and footer go into
 * an AES-256-GCM payload under a fresh content key, wrapped for staff and, on family and pupil views,
 * for the page's link. What is left in the HTML is the generic gate.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { contentAad, linkInfo, staffKeyAad, wrapAad } from '../lib/privacy/aad.ts';
import { linkKey, randomKey, seal } from '../lib/privacy/crypto.ts';
import { fromBase64Url, toBase64Url } from '../lib/privacy/encoding.ts';
import type { Keyring } from '../lib/privacy/keyring.ts';
import { STAFF_KEY_FILE, type PageContent, type PagePayload, type StaffKeyFile } from '../lib/privacy/payload.ts';
import { pageKey, pageView, type PrivatePage } from '../lib/routes.ts';

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
  /** This build's id, bound into every staff-key wrap. */
  build: string;
  /** The key of the encrypted search index: it goes, encrypted, into the search page only. */
  searchKey?: Uint8Array | undefined;
}

export async function encryptPages({
  dist,
  pages,
  keyring,
  staffIds,
  familyPassphrase,
  build,
  searchKey,
}: EncryptOptions): Promise<EncryptReport> {
  const staffKey = randomKey();
  let bytes = 0;
  for (const page of pages) {
    const keys = keyring.pages[pageKey(page)];
    if (!keys) throw new Error(`The keyring has no keys for the page ${pageKey(page)}. Run npm run keys, then build again.`);
    const file = path.join(dist, 'v', keys.id, 'index.html');
    if (!existsSync(file)) throw new Error(`Astro did not write the page ${pageKey(page)} (${file}).`);
    const view = pageView(page);
    const html = parse(readFileSync(file, 'utf8'), { comment: false });
    const content = takePrivateRegions(html, pageKey(page));
    if (page.kind === 'search' && searchKey)
      content.main = content.main.replace(
        'data-wp-search-key="wp-search-key-placeholder"',
        `data-wp-search-key="${toBase64Url(searchKey)}"`,
      );

    const contentKey = randomKey();
    const payload: PagePayload = {
      format: 1,
      page: keys.id,
      view,
      version: keys.version,
      build,
      // Compressed before it is encrypted: ciphertext does not compress, and pages are read on phones.
      content: await seal(contentKey, deflateRawSync(JSON.stringify(content), { level: 9 }), contentAad(keys.id, view, keys.version)),
      staff: await seal(staffKey, contentKey, wrapAad('staff', keys.id, view, keys.version)),
    };
    if (keys.secret && view !== 'staff') {
      const salt = randomBytes(16);
      const wrap = await seal(
        await linkKey(keys.secret, salt, linkInfo(keys.id, view, keys.version)),
        contentKey,
        wrapAad('link', keys.id, view, keys.version),
      );
      if (view === 'family' && familyPassphrase) {
        if (!keys.familyKek) throw new Error(`The family of ${pageKey(page)} has no passphrase yet. Run npm run keys, then build again.`);
        const outer = await seal(
          fromBase64Url(keys.familyKek.kek),
          JSON.stringify(wrap),
          wrapAad('passphrase', keys.id, view, keys.version),
        );
        payload.link = { ...outer, salt: toBase64Url(salt) };
        payload.passphrase = { salt: keys.familyKek.salt, iterations: keys.familyKek.iterations };
      } else payload.link = { ...wrap, salt: toBase64Url(salt) };
    }
    const script = `<script type="application/json" id="wp-payload">${JSON.stringify(payload)}</script>`;
    html.querySelector('body')!.insertAdjacentHTML('beforeend', script);
    const out = `<!doctype html>\n${html.toString().replace(/^<!doctype html>/i, '')}`;
    writeFileSync(file, out);
    bytes += out.length;
  }

  const staffFile: StaffKeyFile = { format: 1, build, wraps: [] };
  for (const [id, member] of Object.entries(keyring.staff)) {
    if (!staffIds.has(id)) continue;
    staffFile.wraps.push({
      salt: member.salt,
      iterations: member.iterations,
      ...(await seal(fromBase64Url(member.kek), staffKey, staffKeyAad(build))),
    });
  }
  // The order of wraps would otherwise follow staff.yaml.
  staffFile.wraps.sort((a, b) => a.ct.localeCompare(b.ct));
  const staffPath = path.join(dist, STAFF_KEY_FILE);
  mkdirSync(path.dirname(staffPath), { recursive: true });
  writeFileSync(staffPath, JSON.stringify(staffFile));
  return { pages: pages.length, staff: staffFile.wraps.length, bytes };
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
