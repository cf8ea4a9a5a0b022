/**
 * What a build may publish: an allow-list of file names, each with the reason it is safe. After
 * encryption and the audit, any other file in the output fails the build, so nothing a content file
 * or a plugin writes (an image, a copy of a page, a data file) can reach the host by accident.
 * The browser imports the search patterns from here too, so this file must stay free of Node.
 */
import { PAGE_ID_LENGTH, PRIVATE_FOLDER } from './page-link.ts';
import { POSTER_FILE, REVISION_FILE } from './payload.ts';

/** Pagefind's folder in the published site. */
export const SEARCH_FOLDER = 'pagefind';
/** Pagefind's data files: everything that carries words from the plans. Published encrypted only. */
export const SEARCH_DATA_FILE = /(^|\/)(pagefind-entry\.json|[^/]+\.pf_(meta|index|filter|fragment))$/;
/** Pagefind's code, published as it is: the search runs in the page, without a worker. */
export const SEARCH_CODE_FILE = /^(pagefind\.js|wasm\.[a-z-]+\.pagefind)$/;

/** A file name Vite gives a bundled asset: name, dot, an 8-character hash. */
const HASHED = String.raw`[A-Za-z0-9_.-]+\.[A-Za-z0-9_-]{8}`;
/** A private page's folder: its random id (page-link.ts says how long). */
const PAGE_FOLDER = `${PRIVATE_FOLDER}/([A-Za-z0-9_-]{${PAGE_ID_LENGTH}})`;
const PAGE_ID = new RegExp(`^${PAGE_FOLDER}/`);

/** Every kind of file a build may publish, and why it is safe to. */
export const PUBLISHED_FILES: readonly { pattern: RegExp; what: string }[] = [
  {
    pattern: /^(index|404)\.html$|^(staff|credits)\/index\.html$/,
    what: 'the public pages: front door, not found, staff sign-in, credits',
  },
  { pattern: new RegExp(`^${PAGE_FOLDER}/index\\.html$`), what: "a private page: the generic shell and the page's ciphertext" },
  { pattern: new RegExp(`^_astro/${HASHED}\\.(js|css)$`), what: "Waypoint's own scripts and styles" },
  { pattern: new RegExp(`^_astro/[a-z0-9-]+-normal\\.[A-Za-z0-9_-]{8}\\.woff2?$`), what: 'the reading fonts Waypoint ships' },
  { pattern: new RegExp(`^${SEARCH_FOLDER}/(pagefind\\.js|wasm\\.[a-z-]+\\.pagefind)$`), what: "Pagefind's code and WebAssembly" },
  {
    pattern: new RegExp(`^${SEARCH_FOLDER}/(pagefind-entry\\.json|([a-z]+/)?[A-Za-z0-9_.-]+\\.pf_(meta|index|filter|fragment))$`),
    what: 'the staff search index, encrypted',
  },
  { pattern: /^_wp\/staff\.json$/, what: 'the staff key, wrapped for each member of staff' },
  {
    pattern: new RegExp(`^${PAGE_FOLDER}/${REVISION_FILE.replace('.', '\\.')}$`),
    what: "a private page's revision: an opaque hash, so an old copy knows it is old",
  },
  {
    pattern: new RegExp(`^${PAGE_FOLDER}/${POSTER_FILE.replace('.', '\\.')}$`),
    what: "a pupil view's poster, encrypted under the page's content key",
  },
  { pattern: /^(robots\.txt|_headers)$/, what: 'the rules for robots and for hosts' },
];

/**
 * The files, of those given (paths relative to the output, with "/"), that may not be published. A
 * private page's file counts only if the page's id is one of this build's pages.
 */
export function unexpectedFiles(files: readonly string[], pageIds: ReadonlySet<string>): string[] {
  return files.filter((file) => {
    const page = PAGE_ID.exec(file);
    if (page && !pageIds.has(page[1]!)) return true;
    return !PUBLISHED_FILES.some(({ pattern }) => pattern.test(file));
  });
}

/** Why the build stopped, for the person running it. */
export function formatUnexpectedFiles(files: readonly string[]): string {
  const shown = files.slice(0, 20).map((file) => `  ${file}`);
  if (files.length > 20) shown.push(`  …and ${files.length - 20} more.`);
  return (
    `The build made ${files.length} file(s) that Waypoint does not publish:\n${shown.join('\n')}\n` +
    'Waypoint publishes only its own pages, scripts, styles and fonts, and encrypted plans. Nothing was published.\n' +
    'To fix it: take out whatever made these files (a picture or file linked from a plan, or a file added to public/). ' +
    'Developers adding a file the site needs: add it, with its reason, to src/lib/privacy/published-files.ts.'
  );
}
