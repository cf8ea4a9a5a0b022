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
  family: TextSchema.optional(),
  /** The outcome in the pupil's words. */
  pupil: TextSchema.optional(),
});
export type TargetOutcome = z.output<typeof TargetOutcomeSchema>;

export const ReviewSchema = z.strictObject({
  /** Who came: staff ids, or names and roles in words ("Mrs Okafor (mum)"). */
  attended: z.array(TextSchema).min(1),
  /** What the pupil said, in their own words. */
  pupilViews: TextSchema.optional(),
  /** What the family said. */
  familyViews: TextSchema.optional(),
  /** The outcome of every target of the plan in force. */
  outcomes: z.array(TargetOutcomeSchema).min(1),
  /** What the meeting agreed to do next, for staff. */
  nextSteps: TextSchema.optional(),
});
export type Review = z.output<typeof ReviewSchema>;
