/**
 * What changed since the last review, for the family view: worked out from the review history and
 * the plan, never written by hand. Goals reached, new, changed or stopped; help added or stopped.
 */
import type { EarlierTarget, Target } from '../../schemas/index.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';

export type ChangeKind = 'achieved' | 'new' | 'changed' | 'stopped' | 'support-added' | 'support-stopped';

export interface Change {
  kind: ChangeKind;
  /** The goal or the help, in the family's words (English). */
  family: string;
  /** The same in other languages, when the plan gives them. */
  familyIn?: Record<string, string> | undefined;
}

export interface WhatChanged {
  /** The date of the last review. */
  since: string;
  changes: Change[];
}

const CHANGED_DECISIONS = new Set(['change-strategy', 'smaller-step', 'new-target']);

/** The changes since the pupil's last review, or undefined when there has been no review yet. */
export function whatChanged(pupil: PupilEntry, school: SchoolContent): WhatChanged | undefined {
  const last = pupil.reviews.at(-1);
  if (!last) return undefined;
  const { plan } = pupil;
  const targetById = (id: string): Target | EarlierTarget | undefined =>
    plan.targets.find((target) => target.id === id) ?? plan.earlierTargets.find((target) => target.id === id);
  const changes: Change[] = [];
  const goal = (kind: ChangeKind, target: Target | EarlierTarget | undefined) => {
    if (target?.family) changes.push({ kind, family: target.family, familyIn: 'familyIn' in target ? target.familyIn : undefined });
  };

  for (const outcome of last.outcomes) {
    const target = targetById(outcome.target);
    if (outcome.outcome === 'achieved') goal('achieved', target);
    else if (CHANGED_DECISIONS.has(outcome.decision)) goal('changed', target);
    else if (outcome.decision === 'no-longer-needed') goal('stopped', target);
  }
  const reviewed = new Set(pupil.reviews.flatMap((review) => review.outcomes.map((outcome) => outcome.target)));
  for (const target of plan.targets) if (!reviewed.has(target.id)) goal('new', target);

  // Help: the bank strategies behind the goals reviewed last time, against those behind today's goals.
  const before = new Set(last.outcomes.flatMap((outcome) => targetById(outcome.target)?.strategies ?? []));
  const now = new Set(plan.targets.flatMap((target) => target.strategies));
  if (before.size > 0) {
    const help = (kind: ChangeKind, id: string) => {
      const strategy = school.strategies.get(id);
      if (strategy?.family) changes.push({ kind, family: strategy.family });
    };
    for (const id of now) if (!before.has(id)) help('support-added', id);
    for (const id of before) if (!now.has(id)) help('support-stopped', id);
  }
  return { since: last.date, changes };
}
