/**
 * The QR codes of the family and pupil links, as SVG. A build draws them in one worker thread while
 * Astro renders (Astro renders on the main thread, so the other core would be idle), and the letters
 * (link-letters.ts) take them from there; on their own, the letters draw their codes themselves.
 */
import QRCode from 'qrcode';
import { mapInWorkers, type WorkerTask } from '../workers.ts';

/** Drawn QR codes, by the link they hold. */
export type QrCodes = ReadonlyMap<string, string>;

/** One link's QR code: medium error correction (a creased letter still scans), a 4-module quiet zone. */
export const qrCode = (url: string): Promise<string> => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });

/** Run in a worker thread (src/lib/workers.ts): every link's code, in order. */
export const workerTask: WorkerTask<readonly string[], string[]> = (urls) => Promise.all(urls.map(qrCode));

/** Starts drawing the codes of these links in one worker thread; resolves when all are drawn. */
export async function drawQrCodes(urls: readonly string[]): Promise<QrCodes> {
  const unique = [...new Set(urls)];
  const [svgs = []] = await mapInWorkers<readonly string[], string[]>(new URL(import.meta.url), [unique], 1);
  return new Map(unique.map((url, index) => [url, svgs[index]!]));
}
