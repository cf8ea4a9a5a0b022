/** Who uses a strategy from the bank: every pupil and group, and for which targets. */
import type { Target } from '../../schemas/index.ts';
import type { GroupEntry, PupilEntry, SchoolContent } from '../content/school-content.ts';

export interface StrategyUser {
  pupil: PupilEntry;
  /** True when the pupil's plan lists it among the strategies for the whole day. */
  allDay: boolean;
  /** The pupil's targets it serves. */
  targets: Target[];
}

export function strategyUsers(school: SchoolContent, strategyId: string): { pupils: StrategyUser[]; groups: GroupEntry[] } {
  const pupils = school.pupils
    .filter((pupil) => pupil.plan.planStatus === 'active')
    .map((pupil) => ({
      pupil,
      allDay: pupil.plan.strategies.some((use) => use.ref === strategyId),
      targets: pupil.plan.targets.filter((target) => target.strategies.includes(strategyId)),
    }))
    .filter((user) => user.allDay || user.targets.length > 0)
    .sort((a, b) => a.pupil.plan.name.localeCompare(b.pupil.plan.name));
  const groups = [...school.groups.values()].filter(
    (group) => group.strategies.includes(strategyId) || group.targets.some((target) => target.strategies.includes(strategyId)),
  );
  return { pupils, groups };
}

/** The pupils whose plans name a group. */
export const groupMembers = (school: SchoolContent, groupId: string) =>
  school.pupils.filter((pupil) => pupil.plan.planStatus === 'active' && pupil.plan.groups.includes(groupId));
