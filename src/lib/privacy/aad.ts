/**
 * The additional authenticated data that binds each ciphertext to its place: a payload moved to
 * another page, view, key version or revision fails to open. Shared by the build and the browser.
 * A link's own AAD and HKDF info are in page-link.ts, with everything else about links.
 */
export const FORMAT = 'waypoint:v1';

/**
 * The page's content, encrypted under its content key. The revision (see page-keys.ts) binds what
 * a page opens to the version of its content and keys, so an old copy cannot pass as a new one.
 */
export const contentAad = (pageId: string, view: string, version: number, revision: string) =>
  `${FORMAT}:content:${pageId}:${view}:${version}:${revision}`;

/** The pupil view's poster (/v/<id>/poster.bin), under the page's content key, bound to its revision. */
export const posterAad = (pageId: string, view: string, version: number, revision: string) =>
  `${FORMAT}:poster:${pageId}:${view}:${version}:${revision}`;

/** The content key, wrapped for one way in: "staff", "link" or "passphrase". */
export const wrapAad = (way: string, pageId: string, view: string, version: number) => `${FORMAT}:wrap:${way}:${pageId}:${view}:${version}`;

/** The staff key, wrapped under one person's key-encryption key; bound to the staff key's id. */
export const staffKeyAad = (staffKeyId: string) => `${FORMAT}:staff-key:${staffKeyId}`;

/** One file of the staff search index, bound to its name and to the staff key its key comes from. */
export const searchFileAad = (staffKeyId: string, name: string) => `${FORMAT}:search:${staffKeyId}:${name}`;
