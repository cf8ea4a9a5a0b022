/**
 * Every private page the site has: a pupil's plan in one of its three views, or a staff-wide page.
 * Each one's address comes from the keyring (privacy/page-address.ts); the staff sign-in page is /staff/.
 */
import type { SchoolContent } from './content/school-content.ts';

export type View = 'staff' | 'family' | 'pupil';

/** The pages only staff can open, one of each. */
export type StaffWidePage = 'register' | 'search' | 'classes' | 'strategies' | 'groups';

export type PrivatePage =
  | { kind: 'plan'; view: View; pupilId: string }
  | { kind: StaffWidePage }
  | { kind: 'class'; className: string }
  | { kind: 'set'; setName: string }
  | { kind: 'strategy'; strategyId: string }
  | { kind: 'group'; groupId: string };

/** A stable name for a page, used as its key in the keyring and the links file. */
export function pageKey(page: PrivatePage): string {
  switch (page.kind) {
    case 'plan':
      return `${page.view}:${page.pupilId}`;
    case 'class':
      return `class:${page.className}`;
    case 'set':
      return `set:${page.setName}`;
    case 'strategy':
      return `strategy:${page.strategyId}`;
    case 'group':
      return `group:${page.groupId}`;
    default:
      return page.kind;
  }
}

/** Whether a keyring page key names one of a pupil's three views ("family:amara-okafor"), as pageKey writes them. */
export const isPlanPageKey = (key: string) => /^(staff|family|pupil):/.test(key);

/** The classes on the register: every class with at least one pupil whose plan is open. */
export function registerClasses(school: SchoolContent): string[] {
  const active = school.pupils.filter((pupil) => pupil.plan.planStatus === 'active');
  return [...new Set(active.map((pupil) => pupil.plan.className))].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
}

/** The teaching sets on the register: every set named by a pupil whose plan is open. */
export function registerSets(school: SchoolContent): string[] {
  const active = school.pupils.filter((pupil) => pupil.plan.planStatus === 'active');
  return [...new Set(active.flatMap((pupil) => pupil.plan.sets))].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
}

/** Every private page of the school. Closed plans keep their pages; they leave the register only. */
export function privatePages(school: SchoolContent): PrivatePage[] {
  return [
    ...(['register', 'search', 'classes', 'strategies', 'groups'] as const).map((kind): PrivatePage => ({ kind })),
    ...registerClasses(school).map((className): PrivatePage => ({ kind: 'class', className })),
    ...registerSets(school).map((setName): PrivatePage => ({ kind: 'set', setName })),
    ...[...school.strategies.keys()].map((strategyId): PrivatePage => ({ kind: 'strategy', strategyId })),
    ...[...school.groups.keys()].map((groupId): PrivatePage => ({ kind: 'group', groupId })),
    ...school.pupils.flatMap((pupil) =>
      (['staff', 'family', 'pupil'] as const).map((view): PrivatePage => ({ kind: 'plan', view, pupilId: pupil.id })),
    ),
  ];
}

/** The audience a page is for: its plan's view, or staff for every staff-wide page. */
export const pageView = (page: PrivatePage): View => (page.kind === 'plan' ? page.view : 'staff');
