/**
 * content/pupils/<pupil-id>/reviews/<yyyy-mm-dd>.mdx: one review meeting. The file name is the
 * meeting's date.
 */
import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

/** How far a target was met by the review. */
export const OutcomeSchema = z.enum(['achieved', 'partly-achieved', 'not-achieved']);
/** What the meeting decided to do next about a target. */
export const DecisionSchema = z.enum(['carry-on', 'change-strategy', 'smaller-step', 'new-target', 'no-longer-needed']);

/**
 * Optional text that may be left blank: `npm run new -- review` writes these fields with no value,
 * and a field left like that is the same as one left out.
 */
const BlankableTextSchema = z.preprocess((value) => (value === null || value === '' ? undefined : value), TextSchema.optional());

export const TargetOutcomeSchema = z.strictObject({
  /** The id of the target, from the plan's targets or earlierTargets. */
  target: IdSchema,
  /** achieved, partly-achieved or not-achieved. */
  outcome: OutcomeSchema,
  /** What shows it: a score, a count, an observation, with its date. */
  evidence: TextSchema,
  /** What happens next: carry-on, change-strategy, smaller-step, new-target or no-longer-needed. */
  decision: DecisionSchema,
  /** The outcome in plain words for the family. */
  family: BlankableTextSchema,
  /** The outcome in the pupil's words. */
  pupil: BlankableTextSchema,
});
export type TargetOutcome = z.output<typeof TargetOutcomeSchema>;

export const ReviewSchema = z.strictObject({
  /** Who came: staff ids, or names and roles in words ("Mrs Okafor (mum)"). */
  attended: z.array(TextSchema).min(1),
  /** What the pupil said, in their own words. */
  pupilViews: BlankableTextSchema,
  /** What the family said. */
  familyViews: BlankableTextSchema,
  /** The outcome of every target of the plan in force. */
  outcomes: z.array(TargetOutcomeSchema).min(1),
  /** What the meeting agreed to do next, for staff. */
  nextSteps: BlankableTextSchema,
  /** What the meeting agreed to do next, in plain words for the family: shown in the family view. */
  nextStepsFamily: BlankableTextSchema.meta({
    title: 'Next steps for the family',
    description: 'What the meeting agreed to do next, in plain words. The family view shows it after the review.',
  }),
});
export type Review = z.output<typeof ReviewSchema>;
