/**
 * <wp-search>: staff search across every plan, in the page. Pagefind runs without a worker so that
 * every file it fetches passes through the shim below, which decrypts the index with the search key
 * this page carries (inside its own encrypted content). The words searched for stay in the page.
 */
import { searchFileAad } from '../lib/privacy/aad.ts';
import { decryptionKey, openBytes } from '../lib/privacy/crypto.ts';
import { fromBase64Url } from '../lib/privacy/encoding.ts';
import type { PagePayload } from '../lib/privacy/payload.ts';
import { SEARCH_DATA_FILE, SEARCH_FOLDER } from '../lib/privacy/published-files.ts';
import { formText } from './form-text.ts';

interface PagefindData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const BASE = `/${SEARCH_FOLDER}/`;

/** Serves Pagefind its index files decrypted, from the encrypted files the host holds. */
function installFetchShim(key: CryptoKey, staffKeyId: string): void {
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const name = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : '';
    if (url.origin !== location.origin || !SEARCH_DATA_FILE.test(name)) return original(input, init);
    const response = await original(url.pathname, { cache: 'no-store' });
    if (!response.ok) return response;
    const plain = await openBytes(key, new Uint8Array(await response.arrayBuffer()), searchFileAad(staffKeyId, name));
    return new Response(plain, { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
  };
}

/** Results read at a time (each is a file to fetch and decrypt) and listed as soon as they are read. */
const FIRST_RESULTS = 8;
/** Results listed at most. */
const MOST_RESULTS = 50;

class WaypointSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  /** Counts searches, so the results of one overtaken by a newer search are dropped. */
  private searches = 0;

  connectedCallback(): void {
    // The index loads while the reader types, once the page is drawn: the first search then
    // answers as fast as the ones after it.
    requestAnimationFrame(() => setTimeout(() => void this.load().catch(() => undefined)));
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    form?.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).tagName === 'SELECT') void this.run();
    });
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const payload = JSON.parse(document.getElementById('wp-payload')?.textContent ?? '{}') as Partial<PagePayload>;
      const key = await decryptionKey(fromBase64Url(this.dataset['wpSearchKey'] ?? ''));
      installFetchShim(key, payload.staffKey ?? '');
      const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind.js`)) as Pagefind;
      await pagefind.options({ basePath: BASE, noWorker: true, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return this.pagefind;
  }

  private async run(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-wp-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-wp-search-results]')!;
    const form = this.querySelector('form')!;
    const search = ++this.searches;
    const data = new FormData(form);
    const terms = formText(data, 'terms').trim();
    const filters: Record<string, string> = {};
    for (const name of ['area', 'year', 'class', 'keyAdult']) {
      const value = formText(data, name);
      if (value) filters[name] = value;
    }
    if (!terms && Object.keys(filters).length === 0) {
      status.textContent = 'Type a word to search for, or choose a filter.';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await this.load();
      const { results } = await pagefind.search(terms || null, { filters });
      // A few results at a time, each batch listed as it arrives; a newer search stops the older
      // one's next batch, so the two do not compete for the network.
      const found: PagefindData[] = [];
      for (let from = 0; from < Math.min(results.length, MOST_RESULTS); from += FIRST_RESULTS) {
        const batch = await Promise.all(results.slice(from, Math.min(from + FIRST_RESULTS, MOST_RESULTS)).map((result) => result.data()));
        if (search !== this.searches) return;
        if (from === 0) list.replaceChildren();
        list.append(...batch.map((result) => this.item(result)));
        found.push(...batch);
      }
      if (found.length === 0) list.replaceChildren();
      status.textContent =
        found.length === 0
          ? 'No plans match. Try another word, or fewer filters.'
          : `${found.length} ${found.length === 1 ? 'plan matches' : 'plans match'}.`;
    } catch {
      if (search === this.searches) status.textContent = 'The search could not run. Reload the page and try again.';
    }
  }

  private item(result: PagefindData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'wp-search__result';
    const heading = document.createElement('h2');
    const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
    heading.append(link);
    item.append(heading);
    const matches = (result.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3);
    for (const match of matches.length > 0 ? matches : [{ url: result.url, title: '', excerpt: result.excerpt }]) {
      const line = document.createElement('p');
      if (match.title) {
        line.append(Object.assign(document.createElement('a'), { href: match.url, textContent: match.title }), ': ');
      }
      const excerpt = document.createElement('span');
      excerpt.innerHTML = match.excerpt; // Pagefind escapes the page's text and adds only <mark>.
      line.append(excerpt);
      item.append(line);
    }
    return item;
  }
}

customElements.define('wp-search', WaypointSearch);
