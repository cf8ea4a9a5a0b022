/**
 * Building blocks shared by every content schema: dates, ids, the four broad areas of need and
 * text written once per audience.
 */
import { z } from 'zod';

declare module 'zod' {
  interface GlobalMeta {
    /**
     * For a list written over several lines, what the checker says follows its key when it is
     * missing: needs: followed by "- area: cognition-and-learning". Not part of the JSON Schema.
     */
    followedBy?: string;
  }
}

/**
 * Options for a refinement whose problem the checker prints as it is: `message` is a whole sentence
 * saying what is wrong, `fix` says how to put it right. Built-in checks (missing, wrong type, not in
 * a list) get their words from the checker instead, so they are not given messages here.
 */
export const rule = (message: string | ((input: unknown) => string), fix: string | ((input: unknown) => string)) => ({
  error: (issue: { input?: unknown }) => (typeof message === 'string' ? message : message(issue.input)),
  params: { fix },
});

/** The same, for issues added by hand in a superRefine. */
export const fix = (text: string) => ({ params: { fix: text } });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** True when a year-month-day text names a day on the calendar (2027-02-31 does not). */
export function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a year-month-day text is not a real date, in words: "November has only 30 days". */
export function whyNotARealDate(text: string): string {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month}; the month comes second, after the year`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 ? 'there is no day 0' : `${MONTHS[month - 1]} ${year} has only ${days} days`;
}

const MONTH_NAMES = new Map(
  MONTHS.flatMap((month, index) => [
    [month.toLowerCase(), index + 1],
    [month.slice(0, 3).toLowerCase(), index + 1],
  ]),
);

/**
 * The year-month-day a date written another way most likely means, whether or not that day exists:
 * day first as UK schools write it (19/03/2027, 19-3-27, 19.03.2027), the year first with other
 * separators (2027/03/19, 2027-3-19), or in words (19 March 2027). Never month first, as UK
 * schools never write it. Undefined when the text is not a date at all.
 */
export function readLikelyDate(text: string): string | undefined {
  const value = text.trim();
  const iso = (year: string | number, month: string | number, day: string | number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(value);
  if (yearFirst) return iso(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(value);
  if (dayFirst) {
    const year = dayFirst[3]!.length === 2 ? `20${dayFirst[3]}` : dayFirst[3]!;
    return iso(year, dayFirst[2]!, dayFirst[1]!);
  }
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(value);
  const month = words ? MONTH_NAMES.get(words[2]!.toLowerCase()) : undefined;
  return words && month ? iso(words[3]!, month, words[1]!) : undefined;
}

/** "Did you mean 2027-03-19?" when a date written another way names a real day. */
function dateFix(input: unknown): string {
  const meant = typeof input === 'string' ? readLikelyDate(input) : undefined;
  return meant && isRealDate(meant)
    ? `Write the date as year-month-day: did you mean ${meant}?`
    : 'Write the date as year-month-day, like 2026-12-11.';
}

/**
 * A calendar date written year-month-day, like 2026-12-11. Kept as that text (no time zone to
 * shift it). Astro's own frontmatter parser hands us a Date, so a Date is accepted too.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .refine((text) => ISO_DATE.test(text), {
      abort: true,
      ...rule((input) => `The date "${String(input)}" is not written as year-month-day.`, dateFix),
    })
    .refine(
      isRealDate,
      rule(
        (input) => `The date "${String(input)}" is not a real date: ${whyNotARealDate(String(input))}.`,
        'Check the day and the month, and write a date that exists, like 2027-02-28.',
      ),
    ),
);

/** A short id in lower case with hyphens, like `ms-patel` or `reading-accuracy`. */
export const IdSchema = z.string().refine(
  (text) => ID.test(text),
  rule(
    (input) => `"${String(input)}" is not written as an id.`,
    'Use lower-case letters, numbers and hyphens only, like reading-accuracy.',
  ),
);

/** The four broad areas of need in the SEND Code of Practice. */
export const AREAS_OF_NEED = [
  'communication-and-interaction',
  'cognition-and-learning',
  'social-emotional-and-mental-health',
  'sensory-and-physical',
] as const;

/** One of the four broad areas of need, written as its id. */
export const AreaOfNeedSchema = z.enum(AREAS_OF_NEED);
export type AreaOfNeed = z.output<typeof AreaOfNeedSchema>;

/** Words a person reads: never empty. */
export const TextSchema = z.string().trim().min(1);

/**
 * Text written once per audience. Each view shows only its own wording; text with no wording for an
 * audience is left out of that audience's view.
 */
/**
 * The family wording in other languages, by language code: `{ pl: "…", ur: "…" }`. The family view
 * shows the wording in the family's language when it is here, and the English `family` text (with a
 * note) when it is not.
 */
export const FamilyInSchema = z.record(z.string().regex(/^[a-z]{2,3}$/), TextSchema).optional();

export const AudienceTextSchema = z.strictObject({
  /** Professional wording, for every adult who teaches the pupil. */
  staff: TextSchema.optional().meta({ title: 'Staff wording', description: 'Professional wording, for every adult who teaches the pupil.' }),
  /** Plain words for the family: short sentences, no jargon. */
  family: TextSchema.optional().meta({ title: 'Family wording', description: 'Plain words for the family: short sentences, no jargon.' }),
  /** The family wording in other languages: `familyIn: { pl: "…" }`. */
  familyIn: FamilyInSchema.meta({ title: 'Family wording in other languages', description: 'The family wording in other languages: familyIn: { pl: "…" }.' }),
  /** The pupil's own words, or simple words written for them (first person). */
  pupil: TextSchema.optional().meta({
    title: 'Pupil wording',
    description: "The pupil's own words, or simple words written for them (first person).",
  }),
});
export type AudienceText = z.output<typeof AudienceTextSchema>;

/** Text that only staff may ever see (medical, assessment detail). */
export const StaffOnlyTextSchema = z.strictObject({
  /** Staff wording. This text never reaches the family or pupil views. */
  staff: TextSchema.meta({ title: 'Staff wording', description: 'Staff wording. This text never reaches the family or pupil views.' }),
});
