/**
 * Reviews to arrange: open plans whose review is due within 4 weeks, overdue (the date has passed
 * and no review file was written for the plan), or held but with the next plan not yet in place.
 * The register shows them; `npm run check` lists them.
 */
import { daysBetween, longDate } from '../dates.ts';
import { DUE_SOON_DAYS } from './review-due.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';

export type DueState = 'overdue' | 'due-soon' | 'next-plan-due';

export interface DueReview {
  pupil: PupilEntry;
  state: DueState;
  reviewBy: string;
  /** Days from today to the review date: negative when it has passed. */
  days: number;
  /** The date of the review held for this plan, when there is one. */
  heldOn?: string | undefined;
}

const ORDER: Record<DueState, number> = { overdue: 0, 'next-plan-due': 1, 'due-soon': 2 };

export function dueReviews(school: Pick<SchoolContent, 'pupils'>, on: string): DueReview[] {
  return school.pupils
    .filter((pupil) => pupil.plan.planStatus === 'active')
    .flatMap((pupil): DueReview[] => {
      const { starts, reviewBy } = pupil.plan.plan;
      const days = daysBetween(on, reviewBy);
      const held = pupil.reviews.findLast((review) => review.date >= starts && review.date <= on)?.date;
      if (held) return days < 0 ? [{ pupil, state: 'next-plan-due', reviewBy, days, heldOn: held }] : [];
      if (days < 0) return [{ pupil, state: 'overdue', reviewBy, days }];
      return days <= DUE_SOON_DAYS ? [{ pupil, state: 'due-soon', reviewBy, days }] : [];
    })
    .sort(
      (a, b) =>
        ORDER[a.state] - ORDER[b.state] || a.reviewBy.localeCompare(b.reviewBy) || a.pupil.plan.name.localeCompare(b.pupil.plan.name),
    );
}

const dayCount = (days: number) => `${days} day${days === 1 ? '' : 's'}`;

/** What a SENCO needs to do about one review, as a sentence. */
export function dueReviewWords(due: DueReview): string {
  switch (due.state) {
    case 'overdue':
      return `the review was due by ${longDate(due.reviewBy)}, ${dayCount(-due.days)} ago, and there is no review file. Hold the review, then run npm run new -- review ${due.pupil.id}.`;
    case 'next-plan-due':
      return `reviewed on ${longDate(due.heldOn!)}, but plan.mdx still has the old review date, ${longDate(due.reviewBy)}. Put the next plan in place (see plan.next.mdx if npm run new made one).`;
    case 'due-soon':
      return `review by ${longDate(due.reviewBy)}, ${due.days === 0 ? 'today' : `in ${dayCount(due.days)}`}.`;
  }
}

/** The section `npm run check` prints before its summary. */
export function formatDueReviews(school: Pick<SchoolContent, 'pupils'>, on: string): string {
  const due = dueReviews(school, on);
  if (due.length === 0) return `Reviews: none overdue, and none due in the next 4 weeks (to ${longDate(addDays(on, DUE_SOON_DAYS))}).`;
  const block = (title: string, states: DueState[]) => {
    const rows = due.filter((item) => states.includes(item.state));
    return rows.length === 0 ? [] : [title, ...rows.map((item) => `  ${item.pupil.plan.name} (${item.pupil.id}): ${dueReviewWords(item)}`)];
  };
  return [
    ...block('Overdue reviews:', ['overdue', 'next-plan-due']),
    ...block(`Reviews due in the next 4 weeks (to ${longDate(addDays(on, DUE_SOON_DAYS))}):`, ['due-soon']),
  ].join('\n');
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
