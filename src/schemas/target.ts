/** A SMART target: specific, measurable, achievable, relevant and time-bound. */
import { z } from 'zod';
import { AreaOfNeedSchema, FamilyInSchema, IdSchema, IsoDateSchema, TextSchema } from './common.ts';
import { ProgressEntrySchema } from './progress.ts';
import { ProvisionSchema } from './provision.ts';

/** The fields every target has, in a pupil's plan and in a group plan. */
export const TargetCoreSchema = z.strictObject({
  /** A short id for this target, unique in the plan, like reading-accuracy. Reviews name it. */
  id: IdSchema,
  /** The broad area of need the target works on. */
  area: AreaOfNeedSchema,
  /** The target for staff: "By 11 December 2026, Amara will …", with a number to measure. */
  staff: TextSchema,
  /** The target in plain words for the family. */
  family: TextSchema.optional(),
  /** The target in the family's language, when it is not English: `familyIn: { pl: "…" }`. */
  familyIn: FamilyInSchema,
  /** The target in the pupil's words: "I will …". */
  pupil: TextSchema.optional(),
  /** Where the pupil is now, with the date and how it was measured. */
  baseline: TextSchema.optional(),
  /** How everyone will know the target is met: a number, a count or something you can see. */
  successCriteria: TextSchema.optional(),
  /** How the family will know the target worked, in plain words: "How we will know it worked" in the family view. */
  successCriteriaFamily: TextSchema.optional().meta({
    title: 'Success criteria for the family',
    description: 'How the family will know the target worked, in plain words. The family view shows it under "How we will know it worked".',
  }),
  /** The date this target should be met by. Shown on all three views. */
  by: IsoDateSchema,
  /** Ids of strategies from the school's bank (content/strategies/) used for this target. */
  strategies: z.array(IdSchema).default([]),
  /** Who does what, how often and where, for this target. */
  provision: z.array(ProvisionSchema).default([]),
  /** A symbol word for the whole target in the pupil view, like reading. */
  symbol: TextSchema.optional(),
  /** Dated notes of how the target is going, oldest first. */
  progress: z.array(ProgressEntrySchema).default([]),
});

export const TargetSchema = TargetCoreSchema.extend({
  /** What the family and the pupil do at home for this target. */
  home: z
    .strictObject({
      /** What the family agreed to do at home. */
      family: TextSchema.optional(),
      /** The same in the family's language: `familyIn: { pl: "…" }`. */
      familyIn: FamilyInSchema,
      /** The same in the pupil's words. */
      pupil: TextSchema.optional(),
    })
    .optional(),
  /** What the pupil promises to do, in their words. */
  pupilCommitment: TextSchema.optional(),
  /** For a pupil with an EHCP: the id of the plan's long-term outcome this target works towards. */
  ehcpOutcome: IdSchema.optional(),
});
export type Target = z.output<typeof TargetSchema>;

/** A target from an earlier plan, kept so reviews and "what changed" can speak of it. */
export const EarlierTargetSchema = z.strictObject({
  /** The target's id, as the review that closed it names it. */
  id: IdSchema,
  /** The broad area of need it worked on. */
  area: AreaOfNeedSchema,
  /** The target as staff wrote it. */
  staff: TextSchema,
  /** The target in plain words for the family. */
  family: TextSchema.optional(),
  /** The target in the pupil's words. */
  pupil: TextSchema.optional(),
  /** Where the pupil was when it was set. */
  baseline: TextSchema.optional(),
  /** How everyone would know it was met. */
  successCriteria: TextSchema.optional(),
  /** The date it was to be met by. */
  by: IsoDateSchema,
  /** Ids of the bank strategies it used, so the family view can say which help has stopped. */
  strategies: z.array(IdSchema).default([]),
  /** For a pupil with an EHCP: the long-term outcome it worked towards. */
  ehcpOutcome: IdSchema.optional(),
});
export type EarlierTarget = z.output<typeof EarlierTargetSchema>;
