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
  target: IdSchema.meta({
    title: 'Target',
    description: "The id of the target, from the plan's targets or earlierTargets.",
    examples: ['reading-accuracy'],
  }),
  /** achieved, partly-achieved or not-achieved. */
  outcome: OutcomeSchema.meta({ title: 'Outcome', description: 'achieved, partly-achieved or not-achieved.', examples: ['achieved'] }),
  /** What shows it: a score, a count, an observation, with its date. */
  evidence: TextSchema.meta({
    title: 'Evidence',
    description: 'What shows it: a score, a count, an observation, with its date.',
    examples: ['3 errors per 100 words on 4 December 2026'],
  }),
  /** What happens next: carry-on, change-strategy, smaller-step, new-target or no-longer-needed. */
  decision: DecisionSchema.meta({
    title: 'Decision',
    description: 'What happens next: carry-on, change-strategy, smaller-step, new-target or no-longer-needed.',
    examples: ['carry-on'],
  }),
  /** The outcome in plain words for the family. */
  family: BlankableTextSchema.meta({ title: 'Family wording', description: 'The outcome in plain words for the family.' }),
  /** The outcome in the pupil's words. */
  pupil: BlankableTextSchema.meta({ title: 'Pupil wording', description: "The outcome in the pupil's words." }),
});
export type TargetOutcome = z.output<typeof TargetOutcomeSchema>;

export const ReviewSchema = z.strictObject({
  /** Who came: staff ids, or names and roles in words ("Mrs Okafor (mum)"). */
  attended: z
    .array(TextSchema.meta({ title: 'Person' }))
    .min(1)
    .meta({
      title: 'Attended',
      description: 'Who came: staff ids, or names and roles in words ("Mrs Okafor (mum)").',
      examples: [['ms-patel', 'Mrs Okafor (mum)']],
    }),
  /** What the pupil said, in their own words. */
  pupilViews: BlankableTextSchema.meta({ title: "Pupil's views", description: 'What the pupil said, in their own words.' }),
  /** What the family said. */
  familyViews: BlankableTextSchema.meta({ title: "Family's views", description: 'What the family said.' }),
  /** The outcome of every target of the plan in force. */
  outcomes: z
    .array(TargetOutcomeSchema.meta({ title: 'Outcome' }))
    .min(1)
    .meta({ title: 'Outcomes', description: 'The outcome of every target of the plan in force.', followedBy: 'one entry per target' }),
  /** What the meeting agreed to do next, for staff. */
  nextSteps: BlankableTextSchema.meta({ title: 'Next steps', description: 'What the meeting agreed to do next, for staff.' }),
  /** What the meeting agreed to do next, in plain words for the family: shown in the family view. */
  nextStepsFamily: BlankableTextSchema.meta({
    title: 'Next steps for the family',
    description: 'What the meeting agreed to do next, in plain words. The family view shows it after the review.',
  }),
});
export type Review = z.output<typeof ReviewSchema>;
