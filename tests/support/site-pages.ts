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

/** A page in one state: as served (a private page shows its locked gate), or opened. */
export interface PageState {
  /** The test's name for it; never a link's secret. */
  name: string;
  /** The address to open, with the link's secret in the fragment when there is one. */
  url: string;
  /** How it opens: as served, with its link, or by a member of staff who has signed in. */
  way: 'served' | 'link' | 'staff';
}

interface KeyringPages {
  pages: Record<string, { id: string; secret?: string }>;
}

/**
 * The states a reader can reach: each public page as served; one private page locked (every locked
 * page is the same generic gate); every family and pupil view opened with its link; and every page
 * only staff can open, opened by a member of staff. Named by page key, so a failure says which page.
 */
export function pageStates(pages: BuiltPage[], keyringDir: string): PageState[] {
  const states: PageState[] = pages
    .filter((page) => !page.url.startsWith('/v/'))
    .map((page) => ({ name: page.url, url: page.url, way: 'served' }));
  const keyringPath = path.join(keyringDir, 'keyring.json');
  const locked = pages.find((page) => page.url.startsWith('/v/'));
  if (locked) states.push({ name: 'a private page, locked', url: locked.url, way: 'served' });
  if (!existsSync(keyringPath)) return states;
  const keyring = JSON.parse(readFileSync(keyringPath, 'utf8')) as KeyringPages;
  for (const [key, page] of Object.entries(keyring.pages).sort(([a], [b]) => a.localeCompare(b))) {
    if (page.secret) states.push({ name: `${key}, opened with its link`, url: `/v/${page.id}/#${page.secret}`, way: 'link' });
    else states.push({ name: `${key}, opened by staff`, url: `/v/${page.id}/`, way: 'staff' });
  }
  return states;
}
