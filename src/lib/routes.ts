/**
 * Every private page the site has, and its address. All of them live under /v/<id>/; the staff
 * sign-in page is /staff/.
 */
import { readKeyring, type Keyring } from './keyring.ts';
import type { SchoolContent } from './school-content.ts';

export type View = 'staff' | 'family' | 'pupil';

export type PrivatePage =
  | { kind: 'plan'; view: View; pupilId: string }
  | { kind: 'register' };

/** A stable name for a page, used as its key in the keyring and the links file. */
export function pageKey(page: PrivatePage): string {
  return page.kind === 'plan' ? `${page.view}:${page.pupilId}` : page.kind;
}

/** Every private page of the school. Closed plans keep their pages; they leave the register only. */
export function privatePages(school: SchoolContent): PrivatePage[] {
  return [
    { kind: 'register' },
    ...school.pupils.flatMap((pupil) =>
      (['staff', 'family', 'pupil'] as const).map((view): PrivatePage => ({ kind: 'plan', view, pupilId: pupil.id })),
    ),
  ];
}

let keyring: Keyring | undefined;

/**
 * The random id in a page's address, from the keyring. `npm run dev` (a plaintext preview on this
 * computer only) uses readable ids instead, so it needs no keyring.
 */
export function pageId(page: PrivatePage): string {
  const key = pageKey(page);
  if (process.env['WAYPOINT_PREVIEW'] === '1') return key.replace(':', '-');
  keyring ??= readKeyring();
  const id = keyring?.pages[key]?.id;
  if (!id) throw new Error(`The keyring has no keys for ${key}. Run npm run keys, then build again.`);
  return id;
}

/** Forgets the keyring read for this build (after keys change). */
export const forgetKeyring = () => {
  keyring = undefined;
};

export const pageUrl = (page: PrivatePage) => `/v/${pageId(page)}/`;
export const planUrl = (view: View, pupilId: string) => pageUrl({ kind: 'plan', view, pupilId });
export const registerUrl = () => pageUrl({ kind: 'register' });
