/**
 * Staff search: a Pagefind index of every plan's search document (search-documents.ts), built with
 * Pagefind's Node API in memory and encrypted file by file under the search key. Only Pagefind's own
 * code and WebAssembly are published in clear. The documents come from the content, not from the
 * rendered pages, so a build starts the index before Astro renders (scripts/lib/build-site.ts):
 * Pagefind works in its own process on the core Astro leaves idle, and the output is the same
 * whenever it is built.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SchoolContent } from '../lib/content/school-content.ts';
import type { Keyring } from '../lib/keys/keyring.ts';
import { searchFileAad } from '../lib/privacy/aad.ts';
import { sealBytes } from '../lib/privacy/seal.ts';
import { fromBase64Url } from '../lib/privacy/encoding.ts';
import { pageUrl } from '../lib/privacy/page-address.ts';
import { searchKey } from '../lib/privacy/page-keys.ts';
import { SEARCH_CODE_FILE, SEARCH_DATA_FILE, SEARCH_FOLDER } from '../lib/privacy/published-files.ts';
import { searchDocument } from './search-documents.ts';

export interface SearchPage {
  url: string;
  /** The page's plaintext HTML, as Astro rendered it, before encryption. */
  html: string;
}

/** The encrypted index, in memory until the build writes it into its output. */
export interface SealedSearchIndex {
  /** The key the data files are sealed with: it goes, encrypted, into the search page. */
  key: Uint8Array;
  /** Each file to publish, by its path in the search folder: data files sealed, Pagefind's code in clear. */
  files: { name: string; content: Uint8Array }[];
  records: number;
  /** Bytes of the encrypted data files. */
  encryptedBytes: number;
  /** How long making it took, wherever the build was meanwhile. */
  ms: number;
}

/**
 * Pagefind reads a page's text as one run, so a label and its value, or one block and the next,
 * would run together in a result's excerpt ("(exit card log)Success criteriaReturns…"). A colon
 * after each label and a space after each block keep them apart.
 */
export function separateBlocks(html: string): string {
  return html.replace(/:?\s*<\/dt>/g, ':</dt> ').replace(/<\/(dd|li|p|h[1-6]|td|th|caption|div|section|article|blockquote)>/g, '</$1> ');
}

/** Indexes every plan's search document and seals the index under the staff's search key. */
export async function sealSearchIndex(school: SchoolContent, keyring: Keyring): Promise<SealedSearchIndex> {
  const started = performance.now();
  const pages: SearchPage[] = school.pupils.map((pupil) => ({
    url: pageUrl({ kind: 'plan', view: 'staff', pupilId: pupil.id }),
    html: searchDocument(school, pupil),
  }));
  const key = searchKey(fromBase64Url(keyring.staffKey.key));
  const files = await indexFiles(pages);
  // Pagefind's UI, worker and playground are not used. Sealing is deterministic (a tenth of a
  // millisecond a file), and the files keep Pagefind's order.
  const kept = files.filter((file) => SEARCH_DATA_FILE.test(file.name) || SEARCH_CODE_FILE.test(file.name));
  const sealed: SealedSearchIndex['files'] = kept.map((file) =>
    SEARCH_DATA_FILE.test(file.name)
      ? { name: file.name, content: sealBytes(key, file.content, searchFileAad(keyring.staffKey.id, file.name)) }
      : file,
  );
  const encryptedBytes = sealed.filter((file) => SEARCH_DATA_FILE.test(file.name)).reduce((sum, file) => sum + file.content.length, 0);
  return { key, files: sealed, records: pages.length, encryptedBytes, ms: performance.now() - started };
}

/** Pagefind's files for these pages, in plaintext, by their paths in the search folder. */
async function indexFiles(pages: SearchPage[]): Promise<{ name: string; content: Uint8Array }[]> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Sent all at once: Pagefind's service reads its messages in the order they are written and adds
    // one page at a time, so the index is the same, with fewer turns of this busy thread to wait for.
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: separateBlocks(page.html) })));
    added.forEach(({ errors: pageErrors }, at) => {
      if (pageErrors.length > 0) throw new Error(`Pagefind could not index ${pages[at]!.url}: ${pageErrors.join('; ')}`);
    });
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
    return files.map((file) => ({ name: file.path.split(path.sep).join('/'), content: file.content }));
  } finally {
    await pagefind.close();
  }
}

/** Writes the sealed index into dist/pagefind/. */
export function writeSearchIndex(dist: string, index: SealedSearchIndex): void {
  for (const file of index.files) {
    const target = path.join(dist, SEARCH_FOLDER, file.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}
