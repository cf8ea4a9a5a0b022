/**
 * The build's side of PACKING (payload.ts): raw deflate, which the browser inflates. Pages are packed
 * at zlib's default level: its smallest (9) made a page about 0.3% smaller for 60% more time, on
 * every page of every build. Posters, drawn once and cached, keep the smallest.
 */
import { promisify } from 'node:util';
import { deflateRaw, inflateRawSync } from 'node:zlib';

const deflate = promisify(deflateRaw);

/** Text or bytes, compressed as the browser's unpack (payload.ts) reads them. */
export const pack = (data: string | Uint8Array, level: 6 | 9 = 6): Promise<Buffer> => deflate(data, { level });
/** Packed bytes back as text, in Node (the build, `npm run dev`). */
export const unpackSync = (packed: Uint8Array): string => inflateRawSync(packed).toString('utf8');
