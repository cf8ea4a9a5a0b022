/** The build's side of PACKING (payload.ts): raw deflate at zlib's smallest, which the browser inflates. */
import { promisify } from 'node:util';
import { deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

const deflate = promisify(deflateRaw);

/** Text or bytes, compressed as the browser's unpack (payload.ts) reads them. */
export const pack = (data: string | Uint8Array): Promise<Buffer> => deflate(data, { level: 9 });
export const packSync = (data: string | Uint8Array): Buffer => deflateRawSync(data, { level: 9 });
/** Packed bytes back as text, in Node (the build, `npm run dev`). */
export const unpackSync = (packed: Uint8Array): string => inflateRawSync(packed).toString('utf8');
