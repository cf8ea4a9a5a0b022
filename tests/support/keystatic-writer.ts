/**
 * The two functions Keystatic's app runs when it opens and saves an entry in local mode —
 * parseEntry (files → form state) and serializeEntryToFiles (form state → files, which it then
 * posts to /api/keystatic/update) — for tests that save content exactly as the editor does.
 * Keystatic does not export them, so a module hook adds an export to its app bundle as Node loads
 * it. The app bundle and the fields that go with it are Keystatic's browser build: its Node build
 * leaves out the rich-text editor.
 */
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = path.resolve('node_modules/@keystatic/core/dist');
const APP = pathToFileURL(path.join(DIST, 'keystatic-core-ui.js')).href;

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (url !== APP) return loaded;
    const source = new TextDecoder().decode(loaded.source as Uint8Array);
    if (!/^function parseEntry\(/m.test(source) || !/^function serializeEntryToFiles\(/m.test(source)) return loaded;
    return { ...loaded, source: `${source}\nexport { parseEntry as __parseEntry, serializeEntryToFiles as __serializeEntryToFiles };\n` };
  },
});

/** Keystatic's browser build of a public entry point: '' for @keystatic/core, 'content-components'… */
export const keystaticBrowserBuild = (entry: '' | 'content-components') =>
  import(pathToFileURL(path.join(DIST, entry ? `keystatic-core-${entry}.js` : 'keystatic-core.js')).href);

interface FormatInfo {
  data: 'yaml' | 'json';
  contentField: { path: string[]; contentExtension: string } | undefined;
  dataLocation: 'index' | 'outer';
}

export interface KeystaticApp {
  parseEntry(
    args: { dirpath: string; format: FormatInfo; schema: Record<string, unknown>; slug: { slug: string; field: string } | undefined },
    files: Map<string, Uint8Array>,
  ): { initialState: unknown; initialFiles: string[] };
  serializeEntryToFiles(args: {
    basePath: string;
    schema: Record<string, unknown>;
    format: FormatInfo;
    state: unknown;
    slug: { value: string; field: string } | undefined;
  }): { path: string; contents: Uint8Array }[];
}

export async function keystaticApp(): Promise<KeystaticApp> {
  const app = (await import(APP)) as {
    __parseEntry?: KeystaticApp['parseEntry'];
    __serializeEntryToFiles?: KeystaticApp['serializeEntryToFiles'];
  };
  if (!app.__parseEntry || !app.__serializeEntryToFiles) {
    throw new Error("Keystatic's app no longer has parseEntry and serializeEntryToFiles: find what its local-mode save uses now.");
  }
  return { parseEntry: app.__parseEntry, serializeEntryToFiles: app.__serializeEntryToFiles };
}
