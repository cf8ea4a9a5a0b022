/** Whether a plan's review is coming up, overdue, or neither. */
import { daysBetween } from '../dates.ts';

/** A review within this many days counts as due soon. */
export const DUE_SOON_DAYS = 28;

export type ReviewState = 'overdue' | 'due-soon' | 'scheduled';

export function reviewState(reviewBy: string, on: string): ReviewState {
  const days = daysBetween(on, reviewBy);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due-soon' : 'scheduled';
}

export const REVIEW_STATE_WORDS: Record<ReviewState, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  scheduled: 'Scheduled',
};
