/** "My plan" in the browser, once its content is in place: glossary terms show their meaning on a tap. */
import { wireTerms } from './explain-terms.ts';

function setup(): void {
  const root = document.querySelector<HTMLElement>('.wp-pupil');
  if (!root || root.dataset['wpReady'] !== undefined) return;
  root.dataset['wpReady'] = '';
  wireTerms(root);
}

if (document.documentElement.hasAttribute('data-wp-opened')) setup();
else document.addEventListener('wp:opened', setup, { once: true });
