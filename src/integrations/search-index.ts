/**
 * Staff search: a Pagefind index of every staff view, built with Pagefind's Node API from the
 * plaintext pages held in memory, then encrypted file by file under the search key. Only
 * Pagefind's own code and WebAssembly are published in clear.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_CODE_FILE, SEARCH_DATA_FILE, SEARCH_FOLDER } from '../lib/privacy/published-files.ts';

export interface SearchPage {
  url: string;
  /** The page's plaintext HTML, as Astro rendered it, before encryption. */
  html: string;
}

export interface SearchIndexReport {
  records: number;
  files: number;
  /** Bytes of the encrypted data files. */
  encryptedBytes: number;
}

/**
 * Pagefind reads a page's text as one run, so a label and its value, or one block and the next,
 * would run together in a result's excerpt ("(exit card log)Success criteriaReturns…"). A colon
 * after each label and a space after each block keep them apart.
 */
export function separateBlocks(html: string): string {
  return html.replace(/:?\s*<\/dt>/g, ':</dt> ').replace(/<\/(dd|li|p|h[1-6]|td|th|caption|div|section|article|blockquote)>/g, '</$1> ');
}

/** Builds the index in memory and writes it into dist/pagefind/, each data file sealed by `seal`. */
export async function writeEncryptedSearchIndex(
  dist: string,
  pages: SearchPage[],
  seal: (data: Uint8Array, name: string) => Promise<Uint8Array>,
): Promise<SearchIndexReport> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: separateBlocks(page.html) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
    let encryptedBytes = 0;
    let written = 0;
    for (const file of files) {
      const name = file.path.split(path.sep).join('/');
      let content: Uint8Array;
      if (SEARCH_DATA_FILE.test(name)) {
        content = await seal(file.content, name);
        encryptedBytes += content.length;
      } else if (SEARCH_CODE_FILE.test(name)) content = file.content;
      else continue; // Pagefind's UI, worker and playground are not used.
      const target = path.join(dist, SEARCH_FOLDER, name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
      written++;
    }
    return { records: pages.length, files: written, encryptedBytes };
  } finally {
    await pagefind.close();
  }
}
