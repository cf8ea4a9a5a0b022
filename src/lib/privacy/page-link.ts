/**
 * Page identity and links, in one place: how a page id, a link secret, a link key and its AAD are
 * made and read. The build, `npm run keys` and the browser all import this file (it is
 * browser-safe), so a change here changes all three at once.
 *
 * A private page lives at /v/<id>/, the id 128 random bits. A family or pupil link adds a second
 * 128-bit secret after the #, which browsers never send to the host:
 * https://host/v/<id>/#<secret>. The link key is HKDF-SHA256 of that secret, bound to the page, its
 * view and the link's version, and it unwraps the page's content key.
 */
import { FORMAT, wrapAad } from './aad.ts';
import { hkdf, randomBytes, type Bytes } from './crypto.ts';
import { fromBase64Url, toBase64Url } from './encoding.ts';
import type { View } from '../routes.ts';

/** Random bytes in a page id and in a link secret: 128 bits each. */
export const PAGE_ID_BYTES = 16;
export const LINK_SECRET_BYTES = 16;

/** How many base64url characters `count` bytes take, unpadded. */
const base64UrlLength = (count: number) => Math.ceil((count * 4) / 3);
export const PAGE_ID_LENGTH = base64UrlLength(PAGE_ID_BYTES);
export const LINK_SECRET_LENGTH = base64UrlLength(LINK_SECRET_BYTES);
const PAGE_ID_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${PAGE_ID_LENGTH}}$`);
const LINK_SECRET_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${LINK_SECRET_LENGTH}}$`);

/** The views opened by a link as well as by staff: the family's and the pupil's. */
export const LINKED_VIEWS: readonly View[] = ['family', 'pupil'];
export const isLinkedView = (view: string) => (LINKED_VIEWS as readonly string[]).includes(view);

export const newPageId = () => toBase64Url(randomBytes(PAGE_ID_BYTES));
export const newLinkSecret = () => toBase64Url(randomBytes(LINK_SECRET_BYTES));
export const isPageId = (text: string) => PAGE_ID_PATTERN.test(text);
export const isLinkSecret = (text: string) => LINK_SECRET_PATTERN.test(text);

/** The folder of the output every private page lives in. */
export const PRIVATE_FOLDER = 'v';

/** A page's address relative to the site root: /v/<id>/. */
export const pagePath = (id: string) => `/${PRIVATE_FOLDER}/${id}/`;

/** A page's link relative to the site root: /v/<id>/, with #<secret> for family and pupil pages. */
export const pageLink = (id: string, secret?: string) => `${pagePath(id)}${secret ? `#${secret}` : ''}`;

/** A link relative to the site root made whole, keeping any path the site lives under. */
export const fullUrl = (site: string, link: string) => `${site.replace(/\/+$/, '')}${link}`;

/**
 * A page's address as the browser has it: the id after /v/ (the site may live under a path), and
 * what follows the # — a link secret, or the id of a target a staff search result points at.
 */
export function readPageAddress(pathname: string, hash: string): { id: string | undefined; fragment: string } {
  const parts = pathname.split('/').filter(Boolean);
  const at = parts.lastIndexOf(PRIVATE_FOLDER);
  const raw = hash.replace(/^#/, '');
  let fragment = raw;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    // A stray % in a hand-typed link: keep it as it is, and let it fail to open as a secret.
  }
  return { id: at === -1 ? undefined : parts[at + 1], fragment };
}

/** Which page, view and link version a link key belongs to. A page's payload carries all three. */
export interface LinkedPage {
  page: string;
  view: string;
  /** Goes up by one each time the link is replaced. */
  version: number;
}

/** HKDF's info for a link key. */
const linkInfo = ({ page, view, version }: LinkedPage) => `${FORMAT}:link:${page}:${view}:${version}`;

/** The AAD of the content key wrapped under a link key. */
export const linkWrapAad = ({ page, view, version }: LinkedPage) => wrapAad('link', page, view, version);

/** A link key: HKDF-SHA256 of the link's secret, with the page's salt, bound to its page. */
export function linkKey(secret: string, salt: Uint8Array, page: LinkedPage): Promise<Bytes> {
  return hkdf(fromBase64Url(secret), salt, linkInfo(page));
}
