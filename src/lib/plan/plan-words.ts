/** Small lookups every view needs: names of people and strategies, the name a pupil goes by. */
import type { Plan, StaffMember, StrategyUse } from '../../schemas/index.ts';
import type { SchoolContent, StrategyEntry } from '../content/school-content.ts';

/** The name a pupil goes by: their preferred name, or their first name. */
export const knownAs = (plan: Plan) => plan.preferredName ?? plan.name.split(/\s+/)[0] ?? plan.name;

/** A staff id's person, or the words as they were written ("Speech and language therapist"). */
export function person(school: SchoolContent, who: string): { name: string; role?: string; member?: StaffMember } {
  const member = school.staff.find((candidate) => candidate.id === who);
  return member ? { name: member.name, role: member.role, member } : { name: who };
}

/** A whole-day strategy with the bank's wording filled in, and the plan's own note beside it. */
export interface ResolvedStrategy {
  id?: string | undefined;
  title?: string | undefined;
  staff?: string | undefined;
  /** The plan's note on how a bank strategy applies to this pupil. */
  note?: string | undefined;
  family?: string | undefined;
  pupil?: string | undefined;
  symbol?: string | undefined;
  /** Marked "must know" in the plan: it leads the profile and prints in full on the class sheet. */
  mustKnow?: boolean | undefined;
}

export function resolveStrategy(school: SchoolContent, use: StrategyUse): ResolvedStrategy {
  if (use.ref === undefined) return { staff: use.staff, family: use.family, pupil: use.pupil, mustKnow: use.mustKnow };
  const bank = school.strategies.get(use.ref) as StrategyEntry;
  return {
    id: bank.id,
    title: bank.title,
    staff: bank.staff,
    note: use.staff,
    family: use.family ?? bank.family,
    pupil: use.pupil ?? bank.pupil,
    symbol: bank.symbol,
    mustKnow: use.mustKnow,
  };
}

/** A strategy from the bank by id, for a target's list. */
export const bankStrategy = (school: SchoolContent, id: string): ResolvedStrategy => resolveStrategy(school, { ref: id, mustKnow: false });

/** The items that have wording for one audience: everything else stays out of that audience's view. */
export function withWording<A extends 'family' | 'pupil', T extends { [key in A]?: string | undefined }>(items: T[], audience: A) {
  return items.filter((item): item is T & { [key in A]: string } => item[audience] !== undefined);
}

/** Everyone named in a plan's provision, by name, apart from the key adult (who is named first). */
export function otherHelpers(school: SchoolContent, plan: Plan): string[] {
  const keyAdult = person(school, plan.keyAdult).name;
  const names = plan.targets.flatMap((target) => target.provision.map((row) => person(school, row.who).name));
  return [...new Set(names)].filter((name) => name !== keyAdult);
}
