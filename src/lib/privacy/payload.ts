/** The shape of what the site publishes for its private pages: shared by the build that writes it and the browser that opens it. */
import type { Sealed } from './crypto.ts';
import { pagePath } from './page-link.ts';

/**
 * How what the build seals (a page's content, a pupil view's poster) is compressed before it is
 * encrypted, and inflated after it is opened: raw deflate, which the browser's DecompressionStream
 * reads. Ciphertext does not compress, and pages are read on phones. The build packs with pack.ts
 * (Node's zlib, at its smallest).
 */
export const PACKING = 'deflate-raw';

/**
 * Packed bytes back as the text they were made from (in the browser, and in Node alike). The bytes
 * go straight into the decompressor and are read straight out of it: every step is a promise, so
 * the page's content is ready in the same task that opened it. Reading through a Response (or a
 * Blob's stream) waits for a task of its own, and the page's other scripts ran first.
 */
export async function unpack(packed: Uint8Array<ArrayBuffer>): Promise<string> {
  const inflate = new DecompressionStream(PACKING);
  const writer = inflate.writable.getWriter();
  const [, text] = await Promise.all([writer.write(packed).then(() => writer.close()), readText(inflate.readable)]);
  return text;
}

async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
  return text + decoder.decode();
}

/** In clear, in <script type="application/json" id="wp-payload"> on the page. */
export interface PagePayload {
  format: 2;
  /** The page's id: the browser checks it against the address before opening anything. */
  page: string;
  view: 'staff' | 'family' | 'pupil';
  /** The link's version: it goes up each time the link is replaced. */
  version: number;
  /** The id of the staff key that opens `staff`: a saved sign-in with another key asks again. */
  staffKey: string;
  /**
   * The version of this page's content and keys (page-keys.ts), bound into the content's AAD. The
   * page compares it with its revision file to tell a reader holding an older copy.
   */
  revision: string;
  /** The page's content (PageContent as JSON, packed: PACKING), under its content key. */
  content: Sealed;
  /** The content key under the staff key. */
  staff: Sealed;
  /** The content key under the link key (family and pupil views). */
  link?: (Sealed & { salt: string }) | undefined;
  /** With the family-passphrase policy: the link wrap is itself sealed under the family passphrase. */
  passphrase?: { salt: string; iterations: number } | undefined;
}

/** Inside the content: the page's private regions and the attributes the shell takes on. */
export interface PageContent {
  main: string;
  nav: string;
  footer: string;
  lang: string;
  dir: string;
  bodyClass: string;
}

/** /_wp/staff.json: the staff key, wrapped once per member of staff. */
export interface StaffKeyFile {
  format: 2;
  /** The staff key's id. */
  staffKey: string;
  wraps: (Sealed & { salt: string; iterations: number })[];
}

export const STAFF_KEY_FILE = '/_wp/staff.json';

/**
 * /v/<id>/revision.json: the page's current revision, fetched with no-store so that a page served
 * from a cache can tell it is older. Opaque: a random id's folder and a keyed hash, nothing more.
 */
export interface RevisionFile {
  revision: string;
}
export const REVISION_FILE = 'revision.json';
export const revisionPath = (pageId: string) => `${pagePath(pageId)}${REVISION_FILE}`;

/**
 * /v/<id>/poster.bin: the pupil view's poster, an SVG packed (PACKING) and sealed with sealBytes
 * under the page's content key. The opened page fetches it to show it, and draws the print picture
 * from it in the browser.
 */
export const POSTER_FILE = 'poster.bin';
/** On the pupil view's poster section (inside the encrypted content): the cached poster's hash. */
export const POSTER_ATTRIBUTE = 'data-wp-poster';

/** What a page's own scripts need to fetch more of an opened page (the pupil view's poster). */
export interface OpenedPage {
  payload: PagePayload;
  contentKey: CryptoKey;
}
/** Where the opened page's key is kept, in memory only, for the view's own script: globalThis[Symbol.for(OPENED_PAGE)]. */
export const OPENED_PAGE = 'waypoint.opened-page';
