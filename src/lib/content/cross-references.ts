/**
 * Checks that the content files agree with each other: every staff, strategy, group and target id
 * that one file names exists in another. It reads each file's YAML as written, leniently, so a file
 * with problems of its own (a bad date) is still checked: every problem is reported in one run.
 */
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { fieldLabel } from './field-meta.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

/** A file whose YAML could be read, whether or not it matched its schema. */
export interface SourceFile {
  file: string;
  source: YamlSource;
  /** Paths (joined with ".") where the schema already found a problem: not reported twice. */
  reported?: ReadonlySet<string> | undefined;
}

export interface CheckedContent {
  school?: SourceFile | undefined;
  staff?: SourceFile | undefined;
  glossary?: SourceFile | undefined;
  strategies: (SourceFile & { id: string })[];
  groups: (SourceFile & { id: string })[];
  pupils: (SourceFile & { id: string; reviews: (SourceFile & { date: string })[] })[];
  /**
   * Ids of every strategy and group file found, including any that could not be read, so a plan
   * naming a broken file is not also told that the file does not exist.
   */
  strategyIds?: string[] | undefined;
  groupIds?: string[] | undefined;
}

/** A staff id is written like ms-patel; a role in words ("Speech and language therapist") is not. */
export const looksLikeId = (text: string) => /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(text);

// Lenient readings of each file: only the fields that name other files, each left out when it is
// not written as it should be (the schema reports that), list positions kept so lines stay right.
const Text = z.string().optional().catch(undefined);
const listOf = <T extends z.ZodType>(item: T) => z.array(item).catch([]);
const Who = z.looseObject({ who: Text }).catch({ who: undefined });
const Target = z.looseObject({ id: Text, strategies: listOf(Text), provision: listOf(Who) }).catch({ id: undefined, strategies: [], provision: [] });
const SchoolRefs = z.looseObject({ senco: Text }).catch({ senco: undefined });
const StaffRefs = listOf(z.looseObject({ id: Text, name: Text }).catch({ id: undefined, name: undefined }));
const GlossaryRefs = listOf(z.looseObject({ term: Text, aliases: listOf(Text) }).catch({ term: undefined, aliases: [] }));
const GroupRefs = z
  .looseObject({ lead: Text, strategies: listOf(Text), targets: listOf(Target), provision: listOf(Who) })
  .catch({ lead: undefined, strategies: [], targets: [], provision: [] });
const PlanRefs = z
  .looseObject({
    keyAdult: Text,
    targets: listOf(Target),
    earlierTargets: listOf(Target),
    strategies: listOf(z.looseObject({ ref: Text }).catch({ ref: undefined })),
    responsibilities: z.looseObject({ others: listOf(Who) }).catch({ others: [] }),
    groups: listOf(Text),
  })
  .catch({ keyAdult: undefined, targets: [], earlierTargets: [], strategies: [], responsibilities: { others: [] }, groups: [] });
const ReviewRefs = z
  .looseObject({ attended: listOf(Text), outcomes: listOf(z.looseObject({ target: Text }).catch({ target: undefined })) })
  .catch({ attended: [], outcomes: [] });

const read = <T extends z.ZodType>(schema: T, file: SourceFile): z.output<T> => schema.parse(file.source.data);
const isText = (value: string | undefined): value is string => value !== undefined;

export function checkCrossReferences(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const staffList = content.staff ? read(StaffRefs, content.staff) : [];
  const staffIds = staffList.map((member) => member.id);
  const knownStaffIds = staffIds.filter(isText);
  const strategyIds = content.strategyIds ?? content.strategies.map((strategy) => strategy.id);
  const groupIds = content.groupIds ?? content.groups.map((group) => group.id);
  // Without a readable staff.yaml every staff id would look unknown: say nothing then.
  const staffKnown = content.staff !== undefined;

  function problem(checked: SourceFile, path: PropertyKey[], message: string, fix: string, item?: string) {
    if (checked.reported?.has(path.join('.'))) return;
    problems.push({ file: checked.file, line: checked.source.lineOf(path), field: fieldLabel(path, item), message, fix, severity: 'error' });
  }

  function expectStaff(checked: SourceFile, path: PropertyKey[], id: string | undefined, wordsAllowed = false) {
    if (id === undefined || !staffKnown || staffIds.includes(id) || (wordsAllowed && !looksLikeId(id))) return;
    problem(checked, path, `There is no member of staff with the id "${id}".`, `Use an id from staff.yaml${suggest(id, knownStaffIds)}${wordsAllowed ? ', or write the role in words' : ''}.`);
  }
  function expectStrategy(checked: SourceFile, path: PropertyKey[], id: string | undefined) {
    if (id === undefined || strategyIds.includes(id)) return;
    problem(checked, path, `There is no strategy with the id "${id}".`, `Use the name of a file in content/strategies/ without ".md"${suggest(id, strategyIds)}, or write the strategy first.`);
  }

  if (content.school && staffKnown) expectStaff(content.school, ['senco'], read(SchoolRefs, content.school).senco);

  staffList.forEach((member, index) => {
    if (member.id === undefined) return;
    const first = staffIds.indexOf(member.id);
    if (first !== index) {
      const other = staffList[first]!;
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
  (content.glossary ? read(GlossaryRefs, content.glossary) : []).forEach((entry, index) => {
    for (const spelling of [entry.term, ...entry.aliases].filter(isText)) {
      const key = spelling.toLowerCase();
      const first = seenTerms.get(key);
      if (first !== undefined && first !== index) {
        problem(content.glossary!, [index, 'term'], `"${spelling}" is explained twice in the glossary (also in term ${first + 1}).`, 'Keep one explanation and delete the other.', 'Term');
      }
      seenTerms.set(key, index);
    }
  });

  for (const group of content.groups) {
    const data = read(GroupRefs, group);
    expectStaff(group, ['lead'], data.lead);
    data.strategies.forEach((id, index) => expectStrategy(group, ['strategies', index], id));
    data.targets.forEach((target, t) => target.strategies.forEach((id, index) => expectStrategy(group, ['targets', t, 'strategies', index], id)));
    data.provision.forEach((provision, index) => expectStaff(group, ['provision', index, 'who'], provision.who, true));
  }

  for (const pupil of content.pupils) {
    const plan = read(PlanRefs, pupil);
    expectStaff(pupil, ['keyAdult'], plan.keyAdult);
    plan.targets.forEach((target, t) => {
      target.strategies.forEach((id, index) => expectStrategy(pupil, ['targets', t, 'strategies', index], id));
      target.provision.forEach((provision, index) => expectStaff(pupil, ['targets', t, 'provision', index, 'who'], provision.who, true));
    });
    plan.strategies.forEach((use, index) => expectStrategy(pupil, ['strategies', index, 'ref'], use.ref));
    plan.earlierTargets.forEach((target, t) =>
      target.strategies.forEach((id, index) => expectStrategy(pupil, ['earlierTargets', t, 'strategies', index], id)),
    );
    plan.responsibilities.others.forEach((other, index) => expectStaff(pupil, ['responsibilities', 'others', index, 'who'], other.who, true));
    plan.groups.forEach((id, index) => {
      if (id !== undefined && !groupIds.includes(id)) {
        problem(pupil, ['groups', index], `There is no group education plan with the id "${id}".`, `Use the name of a file in content/groups/ without ".mdx"${suggest(id, groupIds)}.`);
      }
    });

    const targetIds = [...plan.targets, ...plan.earlierTargets].map((target) => target.id).filter(isText);
    for (const review of pupil.reviews) {
      const named = new Set<string>();
      const data = read(ReviewRefs, review);
      data.outcomes.forEach((outcome, index) => {
        if (outcome.target === undefined) return;
        if (!targetIds.includes(outcome.target)) {
          problem(review, ['outcomes', index, 'target'], `This review names a target, "${outcome.target}", that is not in the pupil's plan.`, `Use the id of one of the plan's targets${suggest(outcome.target, targetIds)}. A target from an earlier plan goes under "earlierTargets:" in plan.mdx.`);
        } else if (named.has(outcome.target)) {
          problem(review, ['outcomes', index, 'target'], `The target "${outcome.target}" has two outcomes in this review.`, 'Record one outcome for each target.');
        }
        named.add(outcome.target);
      });
      data.attended.forEach((who, index) => expectStaff(review, ['attended', index], who, true));
    }
  }
  return problems;
}

function suggest(id: string, known: string[]): string {
  if (known.length === 0) return '';
  const best = closest(id, known);
  return distance(id, best) <= Math.max(3, id.length / 2) ? ` (did you mean "${best}"?)` : '';
}
