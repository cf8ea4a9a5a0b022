/**
 * Tells the reader when the page they hold is older than the site's current version of it: a copy
 * from the browser's cache, or from a proxy, after a plan changed or a key was rotated. Each page
 * has a revision (bound into what it opens) and a small revision file beside it, fetched past every
 * cache. One line says so, with a button that loads the current page. Nothing personal is fetched:
 * the file holds an opaque token, under the page's random id.
 */
import { PRIVATE_FOLDER } from '../lib/privacy/page-link.ts';
import { REVISION_FILE, revisionPath, type PagePayload, type RevisionFile } from '../lib/privacy/payload.ts';

/** current: up to date; stale: an older copy; replaced: the site no longer has this page; unknown: could not tell (offline). */
export type RevisionState = 'current' | 'stale' | 'replaced' | 'unknown';

const WORDS: Partial<Record<RevisionState, string>> = {
  stale: 'This is an older copy of this page. Reload to see the latest version.',
  replaced: 'This page has been replaced. Ask the school for the new link.',
};

/** The revision file's address, kept under whatever path the site is published at. */
function revisionUrl(pageId: string): string {
  const at = location.pathname.lastIndexOf(`/${PRIVATE_FOLDER}/${pageId}`);
  return at === -1 ? REVISION_FILE : `${location.pathname.slice(0, at)}${revisionPath(pageId)}`;
}

async function currentRevision(payload: PagePayload): Promise<RevisionState> {
  try {
    const response = await fetch(revisionUrl(payload.page), { cache: 'no-store', credentials: 'same-origin' });
    if (response.status === 404) return 'replaced';
    if (!response.ok) return 'unknown';
    return ((await response.json()) as RevisionFile).revision === payload.revision ? 'current' : 'stale';
  } catch {
    return 'unknown';
  }
}

/**
 * Reloads the current page past the cache. A link's secret left the address bar when the page
 * opened, so it goes back for the reload (and leaves again when the page opens).
 */
async function reload(fragment: string): Promise<void> {
  await fetch(location.pathname, { cache: 'reload', credentials: 'same-origin' }).catch(() => undefined);
  if (fragment) history.replaceState(null, '', `${location.pathname}#${encodeURIComponent(fragment)}`);
  location.reload();
}

/** Compares the page's revision with the site's, shows the notice if it is older, and marks <html> with the result. */
export async function checkRevision(payload: PagePayload, fragment: string): Promise<RevisionState> {
  const state = await currentRevision(payload);
  const notice = document.querySelector<HTMLElement>('[data-wp-revision-notice]');
  const words = WORDS[state];
  if (notice && words) {
    notice.querySelector('[data-wp-revision-status]')!.textContent = words;
    notice.classList.add('wp-revision--shown');
    const button = notice.querySelector<HTMLButtonElement>('[data-wp-revision-reload]')!;
    button.hidden = state !== 'stale';
    button.addEventListener('click', () => void reload(fragment), { once: true });
  }
  document.documentElement.dataset['wpRevision'] = state;
  return state;
}
