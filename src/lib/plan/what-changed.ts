/**
 * What the last review decided, for the family view: worked out from the review and the plan, never
 * written by hand. How each goal it looked at went and what happens next, what the meeting agreed,
 * and the help that started or stopped with the new goals.
 */
import type { EarlierTarget, Target, TargetOutcome } from '../../schemas/index.ts';
import type { PupilEntry, ReviewEntry, SchoolContent } from '../content/school-content.ts';

export interface ReviewedGoal {
  /** The goal as the plan (or the earlier plan) wrote it. */
  target: Target | EarlierTarget;
  /** Where the target is in the plan: its list and index, for the checker. */
  at: ['targets' | 'earlierTargets', number];
  outcome: TargetOutcome;
  /** The outcome's index in the review, for the checker. */
  index: number;
}

export interface WhatChanged {
  review: ReviewEntry;
  /** Goals of the plan in force now that the review looked at (a review part-way through a plan). */
  current: ReviewedGoal[];
  /** Goals of an earlier plan that the review looked at. */
  earlier: ReviewedGoal[];
  /** Bank strategies behind today's goals that were not behind the goals reviewed, and the other way round. */
  helpAdded: string[];
  helpStopped: string[];
}

/** What the pupil's last review decided, or undefined when there has been no review yet. */
export function whatChanged(pupil: PupilEntry, school: SchoolContent): WhatChanged | undefined {
  const review = pupil.reviews.at(-1);
  if (!review) return undefined;
  const { plan } = pupil;
  const current: ReviewedGoal[] = [];
  const earlier: ReviewedGoal[] = [];
  review.outcomes.forEach((outcome, index) => {
    const now = plan.targets.findIndex((target) => target.id === outcome.target);
    if (now !== -1) current.push({ target: plan.targets[now]!, at: ['targets', now], outcome, index });
    const before = plan.earlierTargets.findIndex((target) => target.id === outcome.target);
    if (now === -1 && before !== -1) earlier.push({ target: plan.earlierTargets[before]!, at: ['earlierTargets', before], outcome, index });
  });
  // Help: the bank strategies behind the goals reviewed, against those behind today's goals.
  const before = new Set(earlier.flatMap((goal) => goal.target.strategies));
  const now = new Set(plan.targets.flatMap((target) => target.strategies));
  const known = (id: string) => school.strategies.get(id)?.family !== undefined;
  return {
    review,
    current,
    earlier,
    helpAdded: before.size > 0 ? [...now].filter((id) => !before.has(id) && known(id)) : [],
    helpStopped: [...before].filter((id) => !now.has(id) && known(id)),
  };
}
