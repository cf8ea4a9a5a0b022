/**
 * Everything a family view says, worked out once from the plan: the page draws it, and the checker
 * walks the same texts to list those with no translation in the family's language. Only family
 * wording is used; text with no family wording is left out.
 */
import type { AreaOfNeed, GlossaryTerm, ProgressStatus, TargetOutcome } from '../../schemas/index.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';
import { labelOfField, listedFields } from '../content/audience-text.ts';
import { looksLikeId } from '../content/cross-references.ts';
import { familyWords, sourceOf, type FamilyWords, type TextSource } from './family-text.ts';
import { interfaceLanguage, type InterfaceLanguage } from './family-words.ts';
import { knownAs, resolveStrategy } from './plan-words.ts';
import { whatChanged, type ReviewedGoal } from './what-changed.ts';

/** Someone a family may meet: a name, or a role in words, or both. */
export interface Person {
  name?: string | undefined;
  role?: FamilyWords | undefined;
  email?: string | undefined;
}

/** One piece of help for a goal: what it is, who gives it, when, where, how often, with what. */
export interface Help {
  what?: FamilyWords | undefined;
  who: Person;
  when?: FamilyWords | undefined;
  where?: FamilyWords | undefined;
  often: FamilyWords;
  equipment: FamilyWords[];
}

export interface ReviewedOutcome {
  date: string;
  outcome: TargetOutcome['outcome'];
  decision: TargetOutcome['decision'];
  /** How it went, in the family's words. */
  said?: FamilyWords | undefined;
}

export interface Goal {
  id: string;
  area: AreaOfNeed;
  text: FamilyWords;
  by: string;
  /** For a child with an EHCP: the long-term outcome the goal works towards. */
  longTerm?: FamilyWords | undefined;
  help: Help[];
  /** The bank strategies for this goal that the "every day" list does not already give. */
  strategies: FamilyWords[];
  home?: FamilyWords | undefined;
  success?: FamilyWords | undefined;
  progress: { date: string; status: ProgressStatus; text: FamilyWords }[];
  /** Family wording of the target's fields that no component lays out by hand, each under its label (audience-text.ts). */
  more: { label: string; text: FamilyWords }[];
  /** When a review looked at this goal part-way through the plan. */
  reviewed?: ReviewedOutcome | undefined;
}

export interface FamilyPlan {
  language: InterfaceLanguage;
  name: string;
  /** The names the interface words are filled in with. */
  names: { name: string; senco: string; keyAdult: string };
  reviewBy: string;
  keyAdult: Person;
  senco: Person;
  office: string;
  hours?: FamilyWords | undefined;
  email?: string | undefined;
  strengths: FamilyWords[];
  needs: FamilyWords[];
  goals: Goal[];
  everyDay: FamilyWords[];
  pastoral?: FamilyWords | undefined;
  /** The family's part in the plan, when no goal has home support to say it. */
  yourPart?: FamilyWords | undefined;
  review: {
    how?: FamilyWords | undefined;
    where?: FamilyWords | undefined;
    attendees: Person[];
    invited: boolean;
    exit?: FamilyWords | undefined;
  };
  /** What the last review decided, once there has been one. */
  lastReview?:
    | {
        date: string;
        agreed?: FamilyWords | undefined;
        /** Goals of the earlier plan, each with how it went. */
        goals: (ReviewedOutcome & { text?: FamilyWords | undefined })[];
        helpAdded: FamilyWords[];
        helpStopped: FamilyWords[];
      }
    | undefined;
}

export function familyPlan(pupil: PupilEntry, school: SchoolContent): FamilyPlan {
  const { plan } = pupil;
  const inPlan = (path: (string | number)[]) => sourceOf(pupil.file, pupil.lineOf, path);
  const words = (text: string | undefined, path: (string | number)[], familyIn?: Record<string, string>) =>
    text === undefined ? undefined : familyWords(school, text, inPlan(path), familyIn);
  /** A staff id's person, with their role; or someone written in words, like "Speech and language therapist (NHS)". */
  const person = (who: string, from?: TextSource): Person => {
    const index = school.staff.findIndex((member) => member.id === who);
    const member = school.staff[index];
    if (!member) return looksLikeId(who) ? { name: who } : { role: familyWords(school, who, from) };
    const field = member.roleFamily ? 'roleFamily' : 'role';
    const role = familyWords(school, member.roleFamily ?? member.role, staffSource(school, [index, field]));
    return { name: member.name, role, email: member.email };
  };
  const strategy = (id: string) => {
    const bank = school.strategies.get(id);
    return bank?.family === undefined ? undefined : familyWords(school, bank.family, sourceOf(bank.file, bank.lineOf, ['family']));
  };

  const everyDayIds = new Set(plan.strategies.flatMap((use) => use.ref ?? []));
  const changed = whatChanged(pupil, school);
  const reviewed = (goal: ReviewedGoal): ReviewedOutcome => ({
    date: changed!.review.date,
    outcome: goal.outcome.outcome,
    decision: goal.outcome.decision,
    said: goal.outcome.family
      ? familyWords(school, goal.outcome.family, sourceOf(changed!.review.file, changed!.review.lineOf, ['outcomes', goal.index, 'family']))
      : undefined,
  });

  const goals = plan.targets.flatMap((target, t): Goal[] => {
    if (target.family === undefined) return [];
    const at = ['targets', t];
    const outcome = plan.ehcp?.outcomes.findIndex((candidate) => candidate.id === target.ehcpOutcome) ?? -1;
    const onReview = changed?.current.find((goal) => goal.target.id === target.id);
    return [
      {
        id: target.id,
        area: target.area,
        text: words(target.family, [...at, 'family'], target.familyIn)!,
        by: target.by,
        longTerm: outcome === -1 ? undefined : words(plan.ehcp!.outcomes[outcome]!.family, ['ehcp', 'outcomes', outcome, 'family']),
        help: target.provision.map((row, r) => {
          const path = [...at, 'provision', r];
          return {
            what: words(row.family, [...path, 'family']),
            who: person(row.who, inPlan([...path, 'who'])),
            when: words(row.when, [...path, 'when']),
            where: words(row.where, [...path, 'where']),
            often: words(row.often, [...path, 'often'])!,
            equipment: row.equipment.map((item, e) => words(item, [...path, 'equipment', e])!),
          };
        }),
        strategies: target.strategies.filter((id) => !everyDayIds.has(id)).flatMap((id) => strategy(id) ?? []),
        home: words(target.home?.family, [...at, 'home', 'family'], target.home?.familyIn),
        success: words(target.successCriteriaFamily, [...at, 'successCriteriaFamily']),
        progress: target.progress.flatMap((entry, p) =>
          entry.family === undefined
            ? []
            : [{ date: entry.date, status: entry.status, text: words(entry.family, [...at, 'progress', p, 'family'], entry.familyIn)! }],
        ),
        more: listedFields('plan', ['targets', '*'], 'family').flatMap((field) => {
          const key = field.path.at(-1)!;
          const value = (target as Record<string, unknown>)[key];
          const wording = (field.text ? { family: value } : (value ?? {})) as { family?: unknown; familyIn?: Record<string, string> };
          if (typeof wording.family !== 'string') return [];
          const path = field.text ? [...at, key] : [...at, key, 'family'];
          return [{ label: labelOfField(field), text: words(wording.family, path, wording.familyIn)! }];
        }),
        reviewed: onReview ? reviewed(onReview) : undefined,
      },
    ];
  });

  const audience = <T extends { family?: string | undefined; familyIn?: Record<string, string> | undefined }>(list: T[], name: string) =>
    list.flatMap((item, index) => words(item.family, [name, index, 'family'], item.familyIn) ?? []);
  const arrangements = { ...school.school.reviewArrangements, ...plan.reviewArrangements };
  const arrangementSource = (field: string) =>
    plan.reviewArrangements?.[field as 'how'] !== undefined
      ? inPlan(['reviewArrangements', field])
      : sourceOf(school.schoolFile?.file ?? 'school.yaml', school.schoolFile?.lineOf, ['reviewArrangements', field]);
  const keyAdult = person(plan.keyAdult);
  const senco = person(school.school.senco);
  const name = knownAs(plan);

  return {
    language: interfaceLanguage(plan.familyLanguage),
    name,
    names: { name, senco: senco.name ?? '', keyAdult: keyAdult.name ?? '' },
    reviewBy: plan.plan.reviewBy,
    keyAdult,
    senco,
    office: school.school.contact.office,
    hours: school.school.contact.hours
      ? familyWords(school, school.school.contact.hours, schoolSource(school, ['contact', 'hours']))
      : undefined,
    email: senco.email ?? school.school.contact.email,
    strengths: audience(plan.strengths, 'strengths'),
    needs: audience(plan.needs, 'needs'),
    goals,
    everyDay: plan.strategies.flatMap((use, index) => {
      const family = resolveStrategy(school, use).family;
      if (family === undefined) return [];
      const bank = use.ref && !use.family ? school.strategies.get(use.ref) : undefined;
      const from = bank ? sourceOf(bank.file, bank.lineOf, ['family']) : inPlan(['strategies', index, 'family']);
      return [familyWords(school, family, from)];
    }),
    pastoral: words(plan.pastoral?.family, ['pastoral', 'family'], plan.pastoral?.familyIn),
    // The family's part, unless each goal's home support already says it: every text once.
    yourPart: goals.some((goal) => goal.home) ? undefined : words(plan.responsibilities?.family, ['responsibilities', 'family']),
    review: {
      how: arrangements.how ? familyWords(school, arrangements.how, arrangementSource('how')) : undefined,
      where: arrangements.where ? familyWords(school, arrangements.where, arrangementSource('where')) : undefined,
      attendees: (arrangements.attendees ?? []).map((who, index) =>
        person(
          who,
          plan.reviewArrangements?.attendees
            ? inPlan(['reviewArrangements', 'attendees', index])
            : schoolSource(school, ['reviewArrangements', 'attendees', index]),
        ),
      ),
      invited: arrangements.familyInvited ?? true,
      exit: words(plan.exitCriteria?.family, ['exitCriteria', 'family']),
    },
    lastReview: changed && {
      date: changed.review.date,
      agreed: changed.review.nextStepsFamily
        ? familyWords(school, changed.review.nextStepsFamily, sourceOf(changed.review.file, changed.review.lineOf, ['nextStepsFamily']))
        : undefined,
      goals: changed.earlier.map((goal) => ({ ...reviewed(goal), text: words(goal.target.family, [...goal.at, 'family']) })),
      helpAdded: changed.helpAdded.flatMap((id) => strategy(id) ?? []),
      helpStopped: changed.helpStopped.flatMap((id) => strategy(id) ?? []),
    },
  };
}

const staffSource = (school: SchoolContent, path: (string | number)[]) =>
  sourceOf(school.staffFile?.file ?? 'staff.yaml', school.staffFile?.lineOf, path, 'Staff member');
const schoolSource = (school: SchoolContent, path: (string | number)[]) =>
  sourceOf(school.schoolFile?.file ?? 'school.yaml', school.schoolFile?.lineOf, path);

/** A glossary term's plain meaning, with its translations, as the family view explains it. */
export function termMeaning(school: SchoolContent, term: GlossaryTerm): FamilyWords {
  const file = school.glossaryFile;
  const from = file ? sourceOf(file.file, file.lineOf, [school.glossary.indexOf(term), 'family'], 'Term') : undefined;
  return familyWords(school, term.family, from);
}

/** Every text of the content a family view shows, once each, for the checker. */
export function familyTexts(view: FamilyPlan): FamilyWords[] {
  const people = (list: Person[]) => list.flatMap((person) => person.role ?? []);
  const all: (FamilyWords | undefined)[] = [
    ...people([view.keyAdult, view.senco, ...view.review.attendees]),
    view.hours,
    ...view.strengths,
    ...view.needs,
    ...view.goals.flatMap((goal) => [
      goal.text,
      goal.longTerm,
      ...goal.help.flatMap((help) => [help.what, ...people([help.who]), help.when, help.where, help.often, ...help.equipment]),
      ...goal.strategies,
      goal.home,
      goal.success,
      ...goal.more.map((field) => field.text),
      ...goal.progress.map((entry) => entry.text),
      goal.reviewed?.said,
    ]),
    ...view.everyDay,
    view.pastoral,
    view.yourPart,
    view.review.how,
    view.review.where,
    view.review.exit,
    view.lastReview?.agreed,
    ...(view.lastReview?.goals.flatMap((goal) => [goal.text, goal.said]) ?? []),
    ...(view.lastReview?.helpAdded ?? []),
    ...(view.lastReview?.helpStopped ?? []),
  ];
  const seen = new Set<string>();
  return all.filter((words): words is FamilyWords => {
    if (!words?.from || seen.has(words.en)) return false;
    seen.add(words.en);
    return true;
  });
}
