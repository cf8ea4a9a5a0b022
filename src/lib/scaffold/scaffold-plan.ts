/**
 * The text of a new pupil's plan.mdx: every field present, each with a comment saying what goes in
 * it, dates from the school's review cycle, and "TODO" wherever the SENCO has words to write. The
 * plan passes the checker as it is, so the school's site keeps building while it is being written.
 */
import { stringify } from 'yaml';
import type { AreaOfNeed } from '../../schemas/index.ts';
import type { ReviewCycle } from '../../schemas/review-cycle.ts';
import { fieldsWithin, type AudienceField } from '../content/audience-text.ts';
import { longDate } from '../dates.ts';
import { nextReviewDate, placeholderDateOfBirth } from '../plan/school-year.ts';
import { PLACEHOLDER } from '../quality/placeholders.ts';

export interface NewPupilNeed {
  area: AreaOfNeed;
  /** The census code the need came from (SpLD, ASD…), if it came from an import. */
  code?: string | undefined;
  /** What the code stands for. */
  words?: string | undefined;
  /** True when the area is only a placeholder and the SENCO must choose (census OTH and NSA). */
  undecided?: boolean | undefined;
}

export interface NewPupil {
  name: string;
  preferredName?: string | undefined;
  dateOfBirth?: string | undefined;
  yearGroup?: number | undefined;
  className?: string | undefined;
  /** Teaching sets, like 9Sc3 (secondary). */
  sets?: string[] | undefined;
  status?: 'sen-support' | 'ehcp' | undefined;
  needs?: NewPupilNeed[] | undefined;
}

export interface SchoolDefaults {
  /** The SENCO's staff id: the key adult until the SENCO names another. */
  senco: string;
  reviewCycle: ReviewCycle;
}

/** A YAML value on one line, quoted when it must be. */
const y = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();

export function scaffoldPlan(pupil: NewPupil, school: SchoolDefaults, today: string): string {
  const known = pupil.preferredName ?? pupil.name.split(/\s+/)[0] ?? pupil.name;
  const reviewBy = nextReviewDate(today, school.reviewCycle);
  const yearGroup = pupil.yearGroup ?? 1;
  const ehcp = pupil.status === 'ehcp';
  const needs: NewPupilNeed[] = pupil.needs?.length ? pupil.needs : [{ area: 'cognition-and-learning', undecided: true }];
  const todo = (words: string) => y(`${PLACEHOLDER}: ${words}`);
  const missing = (given: unknown, words: string) => (given === undefined ? `  # ${PLACEHOLDER}: ${words}` : '');

  const needLines = needs.flatMap((need) => [
    `  - area: ${need.area}${need.undecided ? `   # ${PLACEHOLDER}: ${need.code ? `census code ${need.code} (${need.words}) names no broad area: ` : ''}choose the broad area of need` : ''}`,
    `    staff: ${todo(`${need.code ? `${need.words} (census: ${need.code}). ` : ''}Describe the need, any diagnosis and how it shows in school.`)}`,
    `    family: ${todo(`what ${known} finds harder, in plain words`)}`,
    `    pupil: ${todo('what is tricky for me, in my words')}`,
  ]);

  const lines = [
    '---',
    `# A new plan made by "npm run new" on ${longDate(today)}. Write your own words in each place marked as still to do, then run npm run check.`,
    '# The authoring guide in the README explains every field.',
    `name: ${y(pupil.name)}                # the full legal name, as the school's records have it`,
    `preferredName: ${y(known)}         # the name ${known} likes to be called`,
    `# pronouns: she/her            # optional: she/her, he/him, they/them`,
    `dateOfBirth: ${pupil.dateOfBirth ?? placeholderDateOfBirth(yearGroup, today)}${missing(pupil.dateOfBirth, 'the real date of birth, year-month-day')}`,
    `yearGroup: ${yearGroup === 0 ? 'R' : yearGroup}${missing(pupil.yearGroup, 'the year group: R, or 1 to 14')}`,
    `className: ${y(pupil.className ?? PLACEHOLDER)}${missing(pupil.className, 'the class or form, like 5H')}`,
    `sets: [${(pupil.sets ?? []).map(y).join(', ')}]                        # teaching sets (secondary), like [9Sc3, 9Ma4]: each has a class sheet`,
    `status: ${ehcp ? 'ehcp' : 'sen-support'}${' '.repeat(ehcp ? 20 : 13)}# sen-support | ehcp`,
    `keyAdult: ${school.senco}${'  '}# ${PLACEHOLDER}: the key adult's staff id from staff.yaml (the SENCO until you choose)`,
    'plan:',
    `  starts: ${today}`,
    `  reviewBy: ${reviewBy}         # the next review meeting, from the school's ${school.reviewCycle} cycle`,
    `  reviewCycle: ${school.reviewCycle}${' '.repeat(Math.max(1, 14 - school.reviewCycle.length))}# termly | half-termly | twice-yearly`,
    '  agreedWith: {}               # add family: and pupil: with the dates they agreed the plan',
    "familyLanguage: en             # the family view's language: en, pl, ur, ar, ro, pa, bn, so, pt, es, lt, tr",
    "# symbols: every-key-word      # optional: every-key-word | one-per-sentence | none; without it, the pupil's year decides",
    'needs:                         # one entry per broad area of need, the main one first',
    ...needLines,
    'attainment: []                 # staff only: current attainment and assessments, with dates',
    'strengths:                     # what the pupil is good at, once per audience',
    `  - staff: ${todo(`${known}'s strengths, for staff`)}`,
    `    family: ${todo(`what ${known} is good at, in plain words`)}`,
    `    pupil: ${todo('I am good at …')}`,
    `aboutMe:                       # in ${known}'s own words`,
    '  admire: []                   # what people like and admire about me',
    '  important: []                # what is important to me',
    '  helpsMe: []                  # how best to help me',
    `  # wishTeachersKnew: One thing I wish my teachers knew.`,
    ...(ehcp
      ? [
          'ehcp:                          # from the Education, Health and Care Plan',
          `  # issued: ${today}           # when the local authority issued it`,
          `  # annualReview: ${today}     # when its annual review is due`,
          '  outcomes:                    # its long-term outcomes; targets link to them by id',
          '    - id: first-outcome',
          `      staff: ${todo('the outcome as the EHCP words it')}`,
          `      family: ${todo('the outcome in plain words')}`,
          `      pupil: ${todo('the outcome in my words')}`,
        ]
      : ['# ehcp:                        # only for a pupil with an EHCP: issued, annualReview and outcomes']),
    'targets:                       # one to four SMART targets; reviews name each one by its id',
    `  - id: first-target           # ${PLACEHOLDER}: a short id of your own, like reading-accuracy`,
    `    area: ${needs[0]!.area}`,
    `    staff: ${todo(`By ${longDate(reviewBy)}, ${known} will … (with a number you can measure)`)}`,
    `    family: ${todo(`the target in plain words, like "By ${monthName(reviewBy)}, ${known} will …"`)}`,
    `    pupil: ${todo('I will …')}`,
    `    baseline: ${todo(`where ${known} is now, with the date and how it was measured`)}`,
    `    successCriteria: ${todo('how everyone will know the target is met: a number or a count')}`,
    `    by: ${reviewBy}`,
    ...(ehcp ? ['    ehcpOutcome: first-outcome    # the EHCP outcome this target works towards'] : []),
    '    strategies: []             # ids of strategies in content/strategies/',
    '    provision:                 # who does what, how often and where',
    `      - what: ${todo('what is provided')}`,
    `        who: ${todo('a staff id from staff.yaml, or a role in words')}`,
    `        often: ${todo('how often and for how long, like 3 × 10 minutes a week')}`,
    `        where: ${todo('where it happens')}`,
    ...fieldsWithin('plan', TARGET).flatMap((field) => fieldLines(field, '    ', todo)),
    '    progress: []               # dated notes of how the target is going: date, status, staff, family, pupil',
    'strategies:                    # what every adult does, all day; "ref:" a strategy id from content/strategies/',
    `  - staff: ${todo('what every adult should do for this pupil in every lesson')}`,
    `    family: ${todo('the same in plain words')}`,
    `    pupil: ${todo('what helps me, in my words')}`,
    'pastoral:                      # pastoral needs, once per audience',
    `  staff: ${todo('pastoral needs, or "None known."')}`,
    'medical:                       # staff only',
    `  staff: ${todo('medical needs, or "No medical needs."')}`,
    `confidential: ${todo('anything only staff may know, or "Nothing recorded."')}   # staff only, never in the family or pupil views`,
    'responsibilities:              # who does what',
    `  senco: ${todo('what the SENCO does')}`,
    `  keyAdult: ${todo('what the key adult does')}`,
    `  classTeacher: ${todo('what the class teacher or tutor does')}`,
    `  family: ${todo("the family's part")}`,
    `  pupil: ${todo('my part')}`,
    '  others: []                   # anyone else: - who: (staff id or role in words), does: …',
    'groups: []                     # ids of group plans in content/groups/',
    'earlierTargets: []             # targets from earlier plans, so reviews can name them',
    'planStatus: active             # active | closed (when the pupil no longer needs a plan)',
    '# closedReason: Why the plan was closed (needed when planStatus is closed).',
    '---',
    '<ForFamily>',
    `${PLACEHOLDER}: anything the family should know, like who to ring before the review.`,
    '</ForFamily>',
    '',
  ];
  return lines.map(alignComment).join('\n');
}

const TARGET = ['targets', '*'];

/** An audience field's lines, with the words audience-text.ts gives for each wording; none without them. */
function fieldLines(field: AudienceField, indent: string, todo: (words: string) => string): string[] {
  const key = field.path.at(-1)!;
  const words = field.todo ?? {};
  if (field.text) return words[field.wordings[0]!] ? [`${indent}${key}: ${todo(words[field.wordings[0]!]!)}`] : [];
  const wordings = field.wordings.flatMap((audience) => (words[audience] ? [`${indent}  ${audience}: ${todo(words[audience])}`] : []));
  return wordings.length > 0 ? [`${indent}${key}:`, ...wordings] : [];
}

/** Lines up a field's comment at column 32, so the plan reads as a form. */
function alignComment(line: string): string {
  const match = /^(\s*[^#\s][^"']*?) {2,}# (.*)$/.exec(line);
  return match ? `${match[1]!.padEnd(31)} # ${match[2]}` : line;
}

const monthName = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
