/**
 * The address of every private page: /v/<random id>/, the id taken from the keyring. The pages
 * themselves are listed in routes.ts.
 */
import { isPreview } from '../config.ts';
import { pageKey, type PrivatePage, type StaffWidePage, type View } from '../routes.ts';
import { readKeyring, type Keyring } from './keyring.ts';

/** Read once per build process: every page of a build takes its address from the same keyring. */
let keyring: Keyring | undefined;

/**
 * The random id in a page's address, from the keyring. `npm run dev` (a plaintext preview on this
 * computer only) uses readable ids instead, so it needs no keyring.
 */
export function pageId(page: PrivatePage): string {
  const key = pageKey(page);
  if (isPreview()) return key.replace(/[^A-Za-z0-9]+/g, '-');
  keyring ??= readKeyring();
  const id = keyring?.pages[key]?.id;
  if (!id) throw new Error(`The keyring has no keys for ${key}. Run npm run keys, then build again.`);
  return id;
}

export const pageUrl = (page: PrivatePage) => `/v/${pageId(page)}/`;
export const planUrl = (view: View, pupilId: string) => pageUrl({ kind: 'plan', view, pupilId });
export const registerUrl = () => pageUrl({ kind: 'register' });
export const staffPageUrl = (kind: StaffWidePage) => pageUrl({ kind });
export const classUrl = (className: string) => pageUrl({ kind: 'class', className });
export const setUrl = (setName: string) => pageUrl({ kind: 'set', setName });
export const strategyUrl = (strategyId: string) => pageUrl({ kind: 'strategy', strategyId });
export const groupUrl = (groupId: string) => pageUrl({ kind: 'group', groupId });
