/**
 * Everything personal about every pupil, as strings the audit looks for in the published files:
 * names, the pupil id, the date of birth, and every text of the plan, its reviews and its body.
 */
import type { SchoolContent } from '../content/school-content.ts';
import { translationsOf } from '../content/translations.ts';

export interface PersonalString {
  text: string;
  /** The pupil id it belongs to. */
  pupil: string;
  /** Which field it came from, for the audit's report. */
  field: string;
  /** Short strings (names) only count as whole words, so "Leo" does not match "Leopard". */
  wholeWord: boolean;
}

/** Fields whose values are ids, choices or dates shared by every school: not personal on their own. */
const NOT_PERSONAL = new Set([
  'area',
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
  'yearGroup',
  'className',
  'pronouns',
]);
/** Audience fields are personal text even though "family" and "pupil" are also the names of views. */
const TEXT_FIELDS = new Set(['staff', 'family', 'pupil']);
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
    // A translation of a pupil's text is as personal as the text: the audit looks for it too.
    for (const personal of found.filter((entry) => entry.pupil === pupil.id && !entry.wholeWord)) {
      for (const [language, text] of Object.entries(translationsOf(content.translations, personal.text))) {
        add(text, `${personal.field} (${language})`);
      }
    }
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
