/** How review outcomes and decisions are said to each audience. */
import type { ReviewCycle } from '../../schemas/review-cycle.ts';
import type { TargetOutcome } from '../../schemas/index.ts';

type Words = { staff: string; family: string; pupil: string };

export const OUTCOME_WORDS: Record<TargetOutcome['outcome'], Words> = {
  achieved: { staff: 'Achieved', family: 'Achieved', pupil: 'I did it!' },
  'partly-achieved': { staff: 'Partly achieved', family: 'Partly achieved', pupil: 'Nearly there' },
  'not-achieved': { staff: 'Not achieved', family: 'Not achieved yet', pupil: 'Not yet' },
};

export const DECISION_WORDS: Record<TargetOutcome['decision'], Words> = {
  'carry-on': { staff: 'Carry on', family: 'We will keep going with this', pupil: 'Keep going' },
  'change-strategy': { staff: 'Change the strategy', family: 'We will try a different way to help', pupil: 'Try a new way' },
  'smaller-step': { staff: 'A smaller step', family: 'We will break it into a smaller step', pupil: 'A smaller step' },
  'new-target': { staff: 'New target', family: 'We have set a new goal', pupil: 'A new goal' },
  'no-longer-needed': { staff: 'No longer needed', family: 'This is no longer needed', pupil: 'Finished' },
};

/** How often a plan is reviewed, in words: "Reviewed every term". */
export const CYCLE_WORDS: Record<ReviewCycle, string> = {
  termly: 'every term',
  'half-termly': 'every half term',
  'twice-yearly': 'twice a year',
};
