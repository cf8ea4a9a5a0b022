/**
 * Every private page the site has, and its address. All of them live under /v/<id>/; the staff
 * sign-in page is /staff/.
 */
import { readKeyring, type Keyring } from './keyring.ts';
import type { SchoolContent } from './school-content.ts';

export type View = 'staff' | 'family' | 'pupil';

/** The pages only staff can open, one of each. */
export type StaffWidePage = 'register' | 'search' | 'classes' | 'strategies' | 'groups';

export type PrivatePage =
  | { kind: 'plan'; view: View; pupilId: string }
  | { kind: StaffWidePage }
  | { kind: 'class'; className: string }
  | { kind: 'strategy'; strategyId: string }
  | { kind: 'group'; groupId: string };

/** A stable name for a page, used as its key in the keyring and the links file. */
export function pageKey(page: PrivatePage): string {
  switch (page.kind) {
    case 'plan':
      return `${page.view}:${page.pupilId}`;
    case 'class':
      return `class:${page.className}`;
    case 'strategy':
      return `strategy:${page.strategyId}`;
    case 'group':
      return `group:${page.groupId}`;
    default:
      return page.kind;
  }
}

/** The classes on the register: every class with at least one pupil whose plan is open. */
export function registerClasses(school: SchoolContent): string[] {
  const active = school.pupils.filter((pupil) => pupil.plan.planStatus === 'active');
  return [...new Set(active.map((pupil) => pupil.plan.className))].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
}

/** Every private page of the school. Closed plans keep their pages; they leave the register only. */
export function privatePages(school: SchoolContent): PrivatePage[] {
  return [
    ...(['register', 'search', 'classes', 'strategies', 'groups'] as const).map((kind): PrivatePage => ({ kind })),
    ...registerClasses(school).map((className): PrivatePage => ({ kind: 'class', className })),
    ...[...school.strategies.keys()].map((strategyId): PrivatePage => ({ kind: 'strategy', strategyId })),
    ...[...school.groups.keys()].map((groupId): PrivatePage => ({ kind: 'group', groupId })),
    ...school.pupils.flatMap((pupil) =>
      (['staff', 'family', 'pupil'] as const).map((view): PrivatePage => ({ kind: 'plan', view, pupilId: pupil.id })),
    ),
  ];
}

/** The audience a page is for: its plan's view, or staff for every staff-wide page. */
export const pageView = (page: PrivatePage): View => (page.kind === 'plan' ? page.view : 'staff');

let keyring: Keyring | undefined;

/**
 * The random id in a page's address, from the keyring. `npm run dev` (a plaintext preview on this
 * computer only) uses readable ids instead, so it needs no keyring.
 */
export function pageId(page: PrivatePage): string {
  const key = pageKey(page);
  if (process.env['WAYPOINT_PREVIEW'] === '1') return key.replace(/[^A-Za-z0-9]+/g, '-');
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
export const staffPageUrl = (kind: StaffWidePage) => pageUrl({ kind });
export const classUrl = (className: string) => pageUrl({ kind: 'class', className });
export const strategyUrl = (strategyId: string) => pageUrl({ kind: 'strategy', strategyId });
export const groupUrl = (groupId: string) => pageUrl({ kind: 'group', groupId });
