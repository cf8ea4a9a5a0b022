/**
 * The address of every private page: /v/<random id>/, the id taken from the keyring. The pages
 * themselves are listed in routes.ts.
 */
import { buildContext } from '../build-context.ts';
import { pageKey, type PrivatePage, type StaffWidePage, type View } from '../routes.ts';
import { pagePath } from './page-link.ts';

/**
 * The random id in a page's address, from the keyring. `npm run dev` (a plaintext preview on this
 * computer only) uses readable ids instead, so it needs no keyring.
 */
export function pageId(page: PrivatePage): string {
  const key = pageKey(page);
  // The build's keyring, read once by the build and handed down (build-context.ts).
  const { preview, keyring } = buildContext();
  if (preview) return key.replace(/[^A-Za-z0-9]+/g, '-');
  const id = keyring?.pages[key]?.id;
  if (!id) throw new Error(`The keyring has no keys for ${key}. Run npm run keys, then build again.`);
  return id;
}

export const pageUrl = (page: PrivatePage) => pagePath(pageId(page));
export const planUrl = (view: View, pupilId: string) => pageUrl({ kind: 'plan', view, pupilId });
export const registerUrl = () => pageUrl({ kind: 'register' });
export const staffPageUrl = (kind: StaffWidePage) => pageUrl({ kind });
export const classUrl = (className: string) => pageUrl({ kind: 'class', className });
export const setUrl = (setName: string) => pageUrl({ kind: 'set', setName });
export const strategyUrl = (strategyId: string) => pageUrl({ kind: 'strategy', strategyId });
export const groupUrl = (groupId: string) => pageUrl({ kind: 'group', groupId });
