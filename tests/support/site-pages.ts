/**
 * Every page of a built site, found by walking its folder for index.html files, so a page added to
 * the site is covered by the browser tests without anyone listing it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** The page's path on the site, e.g. "/v/register/". */
  url: string;
  /** The built HTML, for choosing which pages a test applies to. */
  html: string;
}

export function builtPages(siteDir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const relative = path.relative(siteDir, path.dirname(full)).split(path.sep).join('/');
        pages.push({ url: relative ? `/${relative}/` : '/', html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(siteDir);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/** A page in one state: as served (a private page shows its locked gate), or opened with its link. */
export interface PageState {
  /** The test's name for it; never the link's secret. */
  name: string;
  /** The address to open, with the link's secret in the fragment when there is one. */
  url: string;
  opened: boolean;
}

interface LinksFile {
  pupils: { id: string; staff: string; family: string; pupil: string }[];
}

/**
 * Each page as served, then each family and pupil page opened with the link the build wrote to
 * links.json in the keyring folder (when it did): the states a reader can reach without a passphrase.
 */
export function pageStates(pages: BuiltPage[], keyringDir: string): PageState[] {
  const states: PageState[] = pages.map((page) => ({ name: page.url, url: page.url, opened: false }));
  const linksPath = path.join(keyringDir, 'links.json');
  if (!existsSync(linksPath)) return states;
  const links = JSON.parse(readFileSync(linksPath, 'utf8')) as LinksFile;
  const built = new Set(pages.map((page) => page.url));
  for (const pupil of links.pupils) {
    for (const link of [pupil.family, pupil.pupil]) {
      const [where] = link.split('#');
      if (link.includes('#') && where && built.has(where)) states.push({ name: `${where} opened with its link`, url: link, opened: true });
    }
  }
  return states;
}
