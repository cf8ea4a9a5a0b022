/**
 * How what the build seals (a page's content, a pupil view's poster) is compressed before it is
 * encrypted, and inflated after it is opened: raw deflate, which the browser's DecompressionStream
 * reads. Ciphertext does not compress, and pages are read on phones. The build packs with
 * src/lib/privacy/pack.ts (Node's zlib, at its smallest); this file is shared with the browser.
 */
export const PACKING = 'deflate-raw';

/** Packed bytes back as the text they were made from (in the browser, and in Node alike). */
export const unpack = (packed: Uint8Array<ArrayBuffer>): Promise<string> =>
  new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream(PACKING))).text();
