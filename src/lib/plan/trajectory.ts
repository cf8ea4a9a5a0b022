/**
 * A target's progress as points on a journey from the plan's start to the goal, for the family's
 * chart. `at` is how far through the time (0 at the start, 1 at the target's date); `level` is how
 * close to the goal (0 to 1). A note that says "going well" sits on the steady line to the goal;
 * "needs more help" sits below it; "achieved" reaches the goal.
 */
import { daysBetween, shortDate } from '../dates.ts';
import type { ProgressStatus, Target } from '../../schemas/index.ts';

export interface TrajectoryPoint {
  kind: 'start' | 'progress' | 'goal';
  date: string;
  at: number;
  level: number;
  /** A short label under the point: "Start", "16 Oct", "Goal". */
  label: string;
  status?: ProgressStatus | undefined;
  /** The progress note in plain words. */
  family?: string | undefined;
  /** For the goal: true when the latest note says it is achieved. */
  reached?: boolean | undefined;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

const LEVEL: Record<ProgressStatus, (expected: number) => number> = {
  'not-started': () => 0,
  'on-track': (expected) => expected,
  'needs-attention': (expected) => expected / 2,
  'not-achieved': (expected) => expected / 2,
  'partly-achieved': (expected) => Math.max(expected, 0.75),
  achieved: () => 1,
};

export function trajectory(starts: string, target: Pick<Target, 'by' | 'progress'>): TrajectoryPoint[] {
  const span = Math.max(1, daysBetween(starts, target.by));
  const notes = target.progress.filter((entry) => entry.family);
  const progress = notes.map((entry): TrajectoryPoint => {
    const at = clamp(daysBetween(starts, entry.date) / span);
    return {
      kind: 'progress',
      date: entry.date,
      at,
      level: clamp(LEVEL[entry.status](at)),
      label: shortDate(entry.date).replace(/ \d{4}$/, ''),
      status: entry.status,
      family: entry.family,
    };
  });
  return [
    { kind: 'start', date: starts, at: 0, level: 0, label: 'Start' },
    ...progress,
    { kind: 'goal', date: target.by, at: 1, level: 1, label: 'Goal', reached: target.progress.at(-1)?.status === 'achieved' },
  ];
}
