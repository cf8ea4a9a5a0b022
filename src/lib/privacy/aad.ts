/**
 * The additional authenticated data that binds each ciphertext to its place: a payload moved to
 * another page, view or key version fails to open. Shared by the build and the browser.
 */
export const FORMAT = 'waypoint:v1';

/** The page's content, encrypted under its content key. */
export const contentAad = (pageId: string, view: string, version: number) => `${FORMAT}:content:${pageId}:${view}:${version}`;

/** The content key, wrapped for one way in: "staff", "link" or "link+passphrase". */
export const wrapAad = (way: string, pageId: string, view: string, version: number) => `${FORMAT}:wrap:${way}:${pageId}:${view}:${version}`;

/** A build's staff key, wrapped under one person's key-encryption key. */
export const staffKeyAad = (build: string) => `${FORMAT}:staff-key:${build}`;

/** HKDF's info for a link key. */
export const linkInfo = (pageId: string, view: string, version: number) => `${FORMAT}:link:${pageId}:${view}:${version}`;

/** One file of the staff search index, bound to its name and build. */
export const searchFileAad = (build: string, name: string) => `${FORMAT}:search:${build}:${name}`;
