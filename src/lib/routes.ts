/**
 * Every private page the site has, and its address. All of them live under /v/<id>/; the staff
 * sign-in page is /staff/.
 */
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

/** The id in a page's address. Readable while pages are served on localhost only. */
export function pageId(page: PrivatePage): string {
  return pageKey(page).replace(':', '-');
}

export const pageUrl = (page: PrivatePage) => `/v/${pageId(page)}/`;
export const planUrl = (view: View, pupilId: string) => pageUrl({ kind: 'plan', view, pupilId });
export const REGISTER_URL = pageUrl({ kind: 'register' });
