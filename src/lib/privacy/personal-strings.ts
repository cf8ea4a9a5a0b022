/**
 * Everything personal about every pupil, as strings the audit looks for in the published files:
 * names, the pupil id, the date of birth, and every text of the plan, its reviews and its body.
 */
import { AUDIENCE_FIELDS, AUDIENCES } from '../content/audience-text.ts';
import type { SchoolContent } from '../content/school-content.ts';

export interface PersonalString {
  text: string;
  /** The pupil id it belongs to; empty for the school's own text and for secrets. */
  pupil: string;
  /** Which field it came from, for the audit's report. */
  field: string;
  /** Short strings (names) only count as whole words, so "Leo" does not match "Leopard". */
  wholeWord: boolean;
}

/** Fields whose values are ids, choices or dates shared by every school: not personal on their own. */
const NOT_PERSONAL = new Set([
  'area',
  'areas',
  'lead',
  'status',
  'planStatus',
  'familyLanguage',
  'reviewCycle',
  'strategies',
  'ref',
  'keyAdult',
  'groups',
  'who',
  'id',
  'target',
  'outcome',
  'decision',
  'by',
  'starts',
  'reviewBy',
  'date',
  'issued',
  'annualReview',
  'ehcpOutcome',
  'symbol',
  'symbols',
  'yearGroup',
  'className',
  'pronouns',
]);
/**
 * Audience text (audience-text.ts) is always personal: the wordings, even though "family" and "pupil"
 * are also the names of views, and every field that is itself a text.
 */
const TEXT_FIELDS = new Set<string>([
  ...AUDIENCES,
  ...AUDIENCE_FIELDS.filter((field) => field.text).map((field) => field.path.filter((key) => key !== '*').at(-1)!),
]);
const MIN_TEXT = 12;

export function personalStrings(content: SchoolContent): PersonalString[] {
  const found: PersonalString[] = [];
  for (const pupil of content.pupils) {
    const add = (text: string, field: string, wholeWord = false) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean.length >= (wholeWord ? 3 : MIN_TEXT)) found.push({ text: clean, pupil: pupil.id, field, wholeWord });
    };
    const { plan } = pupil;
    add(plan.name, 'name', true);
    for (const part of plan.name.split(/\s+/)) add(part, 'name', true);
    if (plan.preferredName) add(plan.preferredName, 'preferredName', true);
    add(pupil.id, 'pupil id', true);
    add(plan.dateOfBirth, 'dateOfBirth', true);
    walk(plan, 'plan', add);
    for (const review of pupil.reviews) {
      walk(review, `review ${review.date}`, add);
      for (const line of bodyText(review.body)) add(line, `review ${review.date} notes`);
    }
    for (const line of bodyText(pupil.body)) add(line, 'plan notes');
  }
  return found;
}

/** Titles before a member of staff's name: "Mrs Nadia Rahman" is also "Mrs Rahman" and "Nadia Rahman". */
const TITLE = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?$/;
/** School fields that are not the school's own words: its published address, and choices. */
const NOT_SCHOOL_TEXT = new Set(['site', 'phase', 'senco', 'reviewCycle', 'access', 'quality']);

/**
 * Text the school supplies that only ever travels encrypted: the school's name and contact details,
 * each member of staff's name and email, what the glossary says each term means, the strategy bank
 * and the group plans. Glossary terms and staff roles are left out: they are the profession's own
 * words ("SENCO", "Class teacher"), and Waypoint's public pages use some of them.
 */
export function schoolStrings(content: SchoolContent): PersonalString[] {
  const found: PersonalString[] = [];
  const add = (text: string, field: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    // Short names only count as whole words, like a pupil's name.
    if (clean.length >= 3) found.push({ text: clean, pupil: '', field, wholeWord: clean.length < MIN_TEXT });
  };
  for (const [name, value] of Object.entries(content.school)) {
    if (!NOT_SCHOOL_TEXT.has(name)) walk(value, `school.yaml ${name}`, add, name);
  }
  for (const member of content.staff) {
    const words = member.name.split(/\s+/);
    add(member.name, `name of ${member.id} (staff.yaml)`);
    if (words.length > 2 && TITLE.test(words[0]!)) {
      add(words.slice(1).join(' '), `name of ${member.id} (staff.yaml)`);
      add(`${words[0]} ${words.at(-1)}`, `name of ${member.id} (staff.yaml)`);
    }
    if (member.email) add(member.email, `email of ${member.id} (staff.yaml)`);
  }
  for (const term of content.glossary) {
    const { term: _term, aliases: _aliases, ...meaning } = term;
    walk(meaning, `glossary.yaml "${term.term}"`, (text, field) => text.length >= MIN_TEXT && add(text, field));
  }
  for (const [id, strategy] of content.strategies) {
    walk(strategy, `strategy ${id}`, (text, field) => text.length >= MIN_TEXT && add(text, field));
    for (const line of bodyText(strategy.body)) add(line, `strategy ${id} notes`);
  }
  for (const [id, group] of content.groups) {
    walk(group, `group ${id}`, (text, field) => text.length >= MIN_TEXT && add(text, field));
    for (const line of bodyText(group.body)) add(line, `group ${id} notes`);
  }
  return found;
}

function walk(value: unknown, field: string, add: (text: string, field: string) => void, key = ''): void {
  if (typeof value === 'string') {
    if (!NOT_PERSONAL.has(key) || TEXT_FIELDS.has(key)) add(value, field);
  } else if (Array.isArray(value)) {
    value.forEach((item) => walk(item, field, add, key));
  } else if (value && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'file' || name === 'body') continue;
      walk(inner, `${field}.${name}`, add, name);
    }
  }
}

/** The sentences of an MDX body, without its tags. */
function bodyText(body: string): string[] {
  return body
    .replace(/<\/?[A-Za-z][^>]*>/g, '\n')
    .split(/\n+|(?<=[.!?])\s+/)
    .map((line) => line.replace(/[*_#>`]/g, '').trim())
    .filter((line) => line.length >= MIN_TEXT);
}
