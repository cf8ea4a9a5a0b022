/**
 * Checks that the content files agree with each other: every staff, strategy, group and target id
 * that one file names exists in another.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { GlossaryTerm, Group, Plan, Review, School, StaffMember, Strategy } from '../../schemas/index.ts';
import { fieldLabel } from './field-meta.ts';
import type { CheckedFile } from './school-content.ts';
import type { Problem } from './problems.ts';

export interface CheckedContent {
  school?: CheckedFile<School> | undefined;
  staff?: CheckedFile<StaffMember[]> | undefined;
  glossary?: CheckedFile<GlossaryTerm[]> | undefined;
  strategies: (CheckedFile<Strategy> & { id: string })[];
  groups: (CheckedFile<Group> & { id: string })[];
  pupils: (CheckedFile<Plan> & { id: string; reviews: (CheckedFile<Review> & { date: string })[] })[];
  /**
   * Ids of every strategy and group file found, including any that had problems of their own, so a
   * plan naming a broken file is not also told that the file does not exist.
   */
  strategyIds?: string[] | undefined;
  groupIds?: string[] | undefined;
}

/** A staff id is written like ms-patel; a role in words ("Speech and language therapist") is not. */
export const looksLikeId = (text: string) => /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(text);

export function checkCrossReferences(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const staffIds = content.staff?.data.map((member) => member.id) ?? [];
  const strategyIds = content.strategyIds ?? content.strategies.map((strategy) => strategy.id);
  const groupIds = content.groupIds ?? content.groups.map((group) => group.id);
  // Without staff.yaml (or with a broken one) every staff id would look unknown: say nothing then.
  const staffKnown = content.staff !== undefined;

  function problem(checked: CheckedFile<unknown>, path: PropertyKey[], message: string, fix: string, item?: string) {
    problems.push({ file: checked.file, line: checked.source.lineOf(path), field: fieldLabel(path, item), message, fix, severity: 'error' });
  }

  function expectStaff(checked: CheckedFile<unknown>, path: PropertyKey[], id: string, wordsAllowed = false) {
    if (!staffKnown || staffIds.includes(id) || (wordsAllowed && !looksLikeId(id))) return;
    problem(checked, path, `There is no member of staff with the id "${id}".`, `Use an id from staff.yaml${suggest(id, staffIds)}${wordsAllowed ? ', or write the role in words' : ''}.`);
  }
  function expectStrategy(checked: CheckedFile<unknown>, path: PropertyKey[], id: string) {
    if (strategyIds.includes(id)) return;
    problem(checked, path, `There is no strategy with the id "${id}".`, `Use the name of a file in content/strategies/ without ".md"${suggest(id, strategyIds)}, or write the strategy first.`);
  }

  if (content.school && staffKnown) expectStaff(content.school, ['senco'], content.school.data.senco);

  content.staff?.data.forEach((member, index) => {
    const first = staffIds.indexOf(member.id);
    if (first !== index) {
      const other = content.staff!.data[first]!;
      problem(
        content.staff!,
        [index, 'id'],
        `The id "${member.id}" is already used by ${other.name} (staff member ${first + 1}).`,
        `Give each person an id of their own, like ${member.id}-2, and check that every plan naming "${member.id}" means the right person.`,
        'Staff member',
      );
    }
  });

  const seenTerms = new Map<string, number>();
  content.glossary?.data.forEach((entry, index) => {
    for (const spelling of [entry.term, ...entry.aliases]) {
      const key = spelling.toLowerCase();
      const first = seenTerms.get(key);
      if (first !== undefined && first !== index) {
        problem(content.glossary!, [index, 'term'], `"${spelling}" is explained twice in the glossary (also in term ${first + 1}).`, 'Keep one explanation and delete the other.', 'Term');
      }
      seenTerms.set(key, index);
    }
  });

  for (const group of content.groups) {
    expectStaff(group, ['lead'], group.data.lead);
    group.data.strategies.forEach((id, index) => expectStrategy(group, ['strategies', index], id));
    group.data.targets.forEach((target, t) => target.strategies.forEach((id, index) => expectStrategy(group, ['targets', t, 'strategies', index], id)));
    group.data.provision.forEach((provision, index) => expectStaff(group, ['provision', index, 'who'], provision.who, true));
  }

  for (const pupil of content.pupils) {
    const plan = pupil.data;
    expectStaff(pupil, ['keyAdult'], plan.keyAdult);
    plan.targets.forEach((target, t) => {
      target.strategies.forEach((id, index) => expectStrategy(pupil, ['targets', t, 'strategies', index], id));
      target.provision.forEach((provision, index) => expectStaff(pupil, ['targets', t, 'provision', index, 'who'], provision.who, true));
    });
    plan.strategies.forEach((use, index) => use.ref !== undefined && expectStrategy(pupil, ['strategies', index, 'ref'], use.ref));
    plan.earlierTargets.forEach((target, t) =>
      target.strategies.forEach((id, index) => expectStrategy(pupil, ['earlierTargets', t, 'strategies', index], id)),
    );
    plan.responsibilities?.others.forEach((other, index) => expectStaff(pupil, ['responsibilities', 'others', index, 'who'], other.who, true));
    plan.groups.forEach((id, index) => {
      if (!groupIds.includes(id)) {
        problem(pupil, ['groups', index], `There is no group education plan with the id "${id}".`, `Use the name of a file in content/groups/ without ".mdx"${suggest(id, groupIds)}.`);
      }
    });

    const targetIds = [...plan.targets, ...plan.earlierTargets].map((target) => target.id);
    for (const review of pupil.reviews) {
      const named = new Set<string>();
      review.data.outcomes.forEach((outcome, index) => {
        if (!targetIds.includes(outcome.target)) {
          problem(review, ['outcomes', index, 'target'], `This review names a target, "${outcome.target}", that is not in the pupil's plan.`, `Use the id of one of the plan's targets${suggest(outcome.target, targetIds)}. A target from an earlier plan goes under "earlierTargets:" in plan.mdx.`);
        } else if (named.has(outcome.target)) {
          problem(review, ['outcomes', index, 'target'], `The target "${outcome.target}" has two outcomes in this review.`, 'Record one outcome for each target.');
        }
        named.add(outcome.target);
      });
      review.data.attended.forEach((who, index) => expectStaff(review, ['attended', index], who, true));
    }
  }
  return problems;
}

function suggest(id: string, known: string[]): string {
  if (known.length === 0) return '';
  const best = closest(id, known);
  return distance(id, best) <= Math.max(3, id.length / 2) ? ` (did you mean "${best}"?)` : '';
}
