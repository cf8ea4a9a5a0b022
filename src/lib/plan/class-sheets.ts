/**
 * Class sheets: one per form and one per teaching set, for the adult who has those pupils today.
 * Who is on a sheet, who teaches it, and which strategies every adult must know.
 */
import type { Alert, Plan, StaffMember } from '../../schemas/index.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';
import { resolveStrategy, type ResolvedStrategy } from './plan-words.ts';

/** A form (a plan's `className`) or a teaching set (one of a plan's `sets`). */
export interface Sheet {
  kind: 'class' | 'set';
  name: string;
}

/** Each kind of alert as a label: "Medical: inhaler in her bag". */
export const ALERT_WORDS: Record<Alert['kind'], string> = { medical: 'Medical', safety: 'Safety' };

/** The pupils with an open plan in the form or set, by name. */
export function sheetPupils(school: SchoolContent, sheet: Sheet): PupilEntry[] {
  return school.pupils
    .filter(
      ({ plan }) =>
        plan.planStatus === 'active' && (sheet.kind === 'class' ? plan.className === sheet.name : plan.sets.includes(sheet.name)),
    )
    .sort((a, b) => a.plan.name.localeCompare(b.plan.name, 'en-GB'));
}

/** The staff who teach or tutor the form, or teach the set, from staff.yaml. */
export const sheetStaff = (school: SchoolContent, sheet: Sheet): StaffMember[] =>
  school.staff.filter((member) => (sheet.kind === 'class' ? member.classes : member.sets).includes(sheet.name));

/**
 * The strategies a supply teacher must know, in full: those the plan marks `mustKnow`, or, when it
 * marks none, every whole-day strategy (leaving one out is worse than a longer sheet).
 */
export function mustKnow(school: SchoolContent, plan: Plan): { strategies: ResolvedStrategy[]; marked: boolean } {
  const marked = plan.strategies.filter((use) => use.mustKnow);
  return {
    strategies: (marked.length > 0 ? marked : plan.strategies).map((use) => resolveStrategy(school, use)),
    marked: marked.length > 0,
  };
}
