/** "My plan" in the browser, once its content is in place: glossary terms show their meaning on a tap, and the poster shows, downloads and prints. */
import { OPENED_PAGE, type OpenedPage } from '../lib/privacy/payload.ts';
import { wireTerms } from './explain-terms.ts';
import { wirePoster } from './poster.ts';

function setup(): void {
  const root = document.querySelector<HTMLElement>('.wp-pupil');
  if (!root || root.dataset['wpReady'] !== undefined) return;
  root.dataset['wpReady'] = '';
  wireTerms(root);
  const opened = (globalThis as Record<symbol, OpenedPage | undefined>)[Symbol.for(OPENED_PAGE)];
  wirePoster(opened);
}

if (document.documentElement.hasAttribute('data-wp-opened')) setup();
else document.addEventListener('wp:opened', setup, { once: true });
