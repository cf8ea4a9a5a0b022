/**
 * When the next review falls, from the school's review cycle. English schools set their own term
 * dates, so Waypoint uses a rule that lands close to most of them, and the SENCO moves the date if
 * it is wrong:
 *
 * - a term ends on the last Friday on or before 20 December (autumn), 1 April (spring) and 22 July
 *   (summer); a half term ends on the last Friday on or before 25 October, 16 February and 29 May;
 * - a review is held on the Friday one week before the end of its term or half term, so the
 *   meeting happens in school time with a week to spare;
 * - termly: the next term's review point; half-termly: the next half term's; twice-yearly: the
 *   February half term and the end of the summer term;
 * - the next review is the first review point at least 6 weeks after the plan starts (4 weeks for
 *   half-termly), so a new plan has time to work.
 */
import type { ReviewCycle } from '../../schemas/review-cycle.ts';
import { daysBetween } from '../dates.ts';

/** Month and day each kind of review point is counted back from. */
const TERM_ENDS = { autumn: [12, 20], spring: [4, 1], summer: [7, 22] } as const;
const HALF_TERM_ENDS = { autumn: [10, 25], spring: [2, 16], summer: [5, 29] } as const;

const POINTS: Record<ReviewCycle, (readonly [number, number])[]> = {
  termly: Object.values(TERM_ENDS),
  'half-termly': [...Object.values(TERM_ENDS), ...Object.values(HALF_TERM_ENDS)],
  'twice-yearly': [HALF_TERM_ENDS.spring, TERM_ENDS.summer],
};

const MIN_DAYS: Record<ReviewCycle, number> = { termly: 42, 'half-termly': 28, 'twice-yearly': 42 };

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The last Friday on or before a day of a year. */
function fridayOnOrBefore(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  const back = (date.getUTCDay() - 5 + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date;
}

/** The review day for a term end: the Friday a week before the term's last Friday. */
function reviewDay(year: number, [month, day]: readonly [number, number]): string {
  const end = fridayOnOrBefore(year, month, day);
  end.setUTCDate(end.getUTCDate() - 7);
  return iso(end);
}

/** The date of the next review for a plan starting on `starts`, as year-month-day. */
export function nextReviewDate(starts: string, cycle: ReviewCycle): string {
  const year = Number(starts.slice(0, 4));
  const candidates = [year, year + 1, year + 2].flatMap((y) => POINTS[cycle].map((point) => reviewDay(y, point))).sort();
  return candidates.find((date) => daysBetween(starts, date) >= MIN_DAYS[cycle])!;
}

/**
 * A date of birth that fits a year group in the school year that `on` falls in: 1 September of the
 * year the pupil's year group was born in. Only used as a placeholder the SENCO must correct.
 */
export function placeholderDateOfBirth(yearGroup: number, on: string): string {
  const [y, m] = on.split('-').map(Number) as [number, number];
  const schoolYearStart = m >= 9 ? y : y - 1;
  // Reception children turn 5 during the school year that starts when they are 4.
  return `${schoolYearStart - 5 - yearGroup}-09-01`;
}
