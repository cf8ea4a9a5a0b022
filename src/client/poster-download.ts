/**
 * The pupil view's "Download my poster" button. The page carries only the poster's preview; the
 * print-size picture is its own encrypted file beside the page (poster.bin, under the page's content
 * key), fetched and opened only when the reader presses the button, then saved as a PNG.
 */
import { posterAad } from '../lib/privacy/aad.ts';
import { openBytes } from '../lib/privacy/crypto.ts';
import { POSTER_ATTRIBUTE, POSTER_FILE, type PagePayload } from '../lib/privacy/payload.ts';

const SAVED_AS = 'my-plan-poster.png';

async function fetchPoster(payload: PagePayload, contentKey: CryptoKey): Promise<Blob> {
  const response = await fetch(new URL(POSTER_FILE, location.href), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`poster ${response.status}`);
  const sealed = new Uint8Array(await response.arrayBuffer());
  const png = await openBytes(contentKey, sealed, posterAad(payload.page, payload.view, payload.version, payload.revision));
  return new Blob([png], { type: 'image/png' });
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

/** Wires the download button, if the opened page has one, to the page's content key. */
export function wirePosterDownload(payload: PagePayload, contentKey: CryptoKey): void {
  const button = document.querySelector<HTMLButtonElement>(`[${POSTER_ATTRIBUTE}]`);
  if (!button) return;
  const status = button.closest('section')?.querySelector<HTMLElement>('.wp-poster__status');
  let poster: Promise<Blob> | undefined;
  button.addEventListener('click', async () => {
    button.disabled = true;
    if (status) status.textContent = 'Getting your poster ready…';
    try {
      poster ??= fetchPoster(payload, contentKey);
      save(await poster);
      if (status) status.textContent = 'Your poster is saved as my-plan-poster.png.';
    } catch {
      poster = undefined;
      if (status) status.textContent = 'Your poster could not be downloaded. Check the internet connection and try again.';
    } finally {
      button.disabled = false;
    }
  });
}
