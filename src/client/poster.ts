/**
 * The pupil view's "My plan" poster in the browser. The build makes the poster as SVG only and seals
 * it, compressed, into its own file beside the page (poster.bin, under the page's content key): once
 * the page is open, this fetches and opens it and shows it in the page. "Download my poster" draws
 * the A4 print picture from the same SVG on a canvas, at 300 pixels per inch on white, and saves it
 * as a PNG; "Print my poster" prints the poster alone. In `npm run dev` nothing is encrypted: the
 * page carries the SVG as a data: URI, and the rest is the same.
 */
import { posterAad } from '../lib/privacy/aad.ts';
import { openBytes } from '../lib/privacy/crypto.ts';
import { POSTER_ATTRIBUTE, POSTER_FILE, unpack, type OpenedPage } from '../lib/privacy/payload.ts';
import { PRINT, SAVED_AS } from '../lib/symbols/poster-size.ts';

const SAYS = {
  failed: 'My poster could not load. Check the internet connection, then open this page again.',
  drawing: 'Making my poster picture…',
  saved: `My poster is saved as ${SAVED_AS}.`,
  notSaved: 'My poster could not be saved. Check the internet connection and try again.',
};

/** The poster's SVG as an address an <img> can show: a blob: URL of the opened poster file. */
async function openPoster({ payload, contentKey }: OpenedPage): Promise<string> {
  const response = await fetch(new URL(POSTER_FILE, location.href), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`poster ${response.status}`);
  const sealed = new Uint8Array(await response.arrayBuffer());
  const packed = await openBytes(contentKey, sealed, posterAad(payload.page, payload.view, payload.version, payload.revision));
  return URL.createObjectURL(new Blob([await unpack(packed)], { type: 'image/svg+xml' }));
}

/** The A4 print picture, drawn from the SVG at print size (a vector drawn large stays sharp). */
async function printPicture(address: string): Promise<Blob> {
  const image = new Image(PRINT.width, PRINT.height);
  image.src = address;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = PRINT.width;
  canvas.height = PRINT.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no picture'))), 'image/png'));
}

function save(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = SAVED_AS;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Shows the poster in the page and wires its buttons; `opened` is the opened page (none in `npm run dev`). */
export function wirePoster(opened: OpenedPage | undefined): void {
  const section = document.querySelector<HTMLElement>(`[${POSTER_ATTRIBUTE}]`);
  const image = section?.querySelector<HTMLImageElement>('img.wp-poster');
  if (!section || !image) return;
  const message = section.querySelector<HTMLElement>('[data-wp-poster-message]');
  const status = section.querySelector<HTMLElement>('[data-wp-poster-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  // In `npm run dev` the page already carries the SVG; a built page fetches and opens it.
  const preview = image.getAttribute('src');
  let poster: Promise<string> | undefined;
  const load = () => (poster ??= preview ? Promise.resolve(preview) : opened ? openPoster(opened) : Promise.reject(new Error('closed')));

  const show = async () => {
    try {
      image.src = await load();
      await image.decode();
      image.hidden = false;
      if (message) message.hidden = true;
    } catch {
      poster = undefined;
      if (message) message.textContent = SAYS.failed;
    }
  };
  void show();

  const download = section.querySelector<HTMLButtonElement>('[data-wp-poster-download]');
  download?.addEventListener('click', async () => {
    download.disabled = true;
    say(SAYS.drawing);
    try {
      const address = await load();
      save(await printPicture(address));
      say(SAYS.saved);
      if (image.hidden) void show();
    } catch {
      poster = undefined;
      say(SAYS.notSaved);
    } finally {
      download.disabled = false;
    }
  });

  const print = section.querySelector<HTMLButtonElement>('[data-wp-poster-print]');
  print?.addEventListener('click', async () => {
    if (image.hidden) await show();
    if (image.hidden) return say(SAYS.failed);
    document.documentElement.dataset['wpPrinting'] = 'poster';
    addEventListener('afterprint', () => delete document.documentElement.dataset['wpPrinting'], { once: true });
    print.blur();
    window.print();
  });
}
