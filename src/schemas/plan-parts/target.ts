/** A SMART target: specific, measurable, achievable, relevant and time-bound. */
import { z } from 'zod';
import { AreaOfNeedSchema, FamilyInSchema, IdSchema, IsoDateSchema, TextSchema } from '../common.ts';
import { ProgressEntrySchema } from './progress.ts';
import { ProvisionSchema } from './provision.ts';

/** The fields every target has, in a pupil's plan and in a group plan. */
export const TargetCoreSchema = z.strictObject({
  /** A short id for this target, unique in the plan, like reading-accuracy. Reviews name it. */
  id: IdSchema.meta({
    title: 'Id',
    description: 'A short id for this target, unique in the plan, like reading-accuracy. Reviews name it.',
    examples: ['reading-accuracy'],
  }),
  /** The broad area of need the target works on. */
  area: AreaOfNeedSchema.meta({ title: 'Area of need', description: 'The broad area of need the target works on.', examples: ['cognition-and-learning'] }),
  /** The target for staff: "By 11 December 2026, Amara will …", with a number to measure. */
  staff: TextSchema.meta({
    title: 'Staff wording',
    description: 'The target for staff: "By 11 December 2026, Amara will …", with a number to measure.',
    examples: ['By 11 December 2026, Amara will …'],
  }),
  /** The target in plain words for the family. */
  family: TextSchema.optional().meta({ title: 'Family wording', description: 'The target in plain words for the family.' }),
  /** The target in the family's language, when it is not English: `familyIn: { pl: "…" }`. */
  familyIn: FamilyInSchema.meta({
    title: 'Family wording in other languages',
    description: 'The target in the family\'s language, when it is not English: familyIn: { pl: "…" }.',
  }),
  /** The target in the pupil's words: "I will …". */
  pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: 'The target in the pupil\'s words: "I will …".' }),
  /** Where the pupil is now, with the date and how it was measured. */
  baseline: TextSchema.optional().meta({ title: 'Baseline', description: 'Where the pupil is now, with the date and how it was measured.' }),
  /** How everyone will know the target is met: a number, a count or something you can see. */
  successCriteria: TextSchema.optional().meta({
    title: 'Success criteria',
    description: 'How everyone will know the target is met: a number, a count or something you can see.',
  }),
  /** How the family will know the target worked, in plain words: "How we will know it worked" in the family view. */
  successCriteriaFamily: TextSchema.optional().meta({
    title: 'Success criteria for the family',
    description: 'How the family will know the target worked, in plain words. The family view shows it under "How we will know it worked".',
  }),
  /** The date this target should be met by. Shown on all three views. */
  by: IsoDateSchema.meta({ title: 'By', description: 'The date this target should be met by. Shown on all three views.', examples: ['2026-12-11'] }),
  /** Ids of strategies from the school's bank (content/strategies/) used for this target. */
  strategies: z
    .array(IdSchema.meta({ title: 'Strategy' }))
    .default([])
    .meta({ title: 'Strategies', description: "Ids of strategies from the school's bank (content/strategies/) used for this target." }),
  /** Who does what, how often and where, for this target. */
  provision: z
    .array(ProvisionSchema.meta({ title: 'Provision' }))
    .default([])
    .meta({ title: 'Provision', description: 'Who does what, how often and where, for this target.' }),
  /** A symbol word for the whole target in the pupil view, like reading. */
  symbol: TextSchema.optional().meta({ title: 'Symbol', description: 'A symbol word for the whole target in the pupil view, like reading.' }),
  /** Dated notes of how the target is going, oldest first. */
  progress: z
    .array(ProgressEntrySchema.meta({ title: 'Progress entry' }))
    .default([])
    .meta({ title: 'Progress', description: 'Dated notes of how the target is going, oldest first.' }),
});

export const TargetSchema = TargetCoreSchema.extend({
  /** What the family and the pupil do at home for this target. */
  home: z
    .strictObject({
      /** What the family agreed to do at home. */
      family: TextSchema.optional().meta({ title: 'Family wording', description: 'What the family agreed to do at home.' }),
      /** The same in the family's language: `familyIn: { pl: "…" }`. */
      familyIn: FamilyInSchema.meta({
        title: 'Family wording in other languages',
        description: 'The same in the family\'s language: familyIn: { pl: "…" }.',
      }),
      /** The same in the pupil's words. */
      pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: "The same in the pupil's words." }),
    })
    .optional()
    .meta({ title: 'Home support', description: 'What the family and the pupil do at home for this target.' }),
  /** What the pupil promises to do, in their words. */
  pupilCommitment: TextSchema.optional().meta({ title: 'Pupil commitment', description: 'What the pupil promises to do, in their words.' }),
  /** For a pupil with an EHCP: the id of the plan's long-term outcome this target works towards. */
  ehcpOutcome: IdSchema.optional().meta({
    title: 'EHCP outcome',
    description: "For a pupil with an EHCP: the id of the plan's long-term outcome this target works towards.",
  }),
});
export type Target = z.output<typeof TargetSchema>;

/** A target from an earlier plan, kept so reviews and "what changed" can speak of it. */
export const EarlierTargetSchema = z.strictObject({
  /** The target's id, as the review that closed it names it. */
  id: IdSchema.meta({ title: 'Id', description: "The target's id, as the review that closed it names it." }),
  /** The broad area of need it worked on. */
  area: AreaOfNeedSchema.meta({ title: 'Area of need', description: 'The broad area of need it worked on.' }),
  /** The target as staff wrote it. */
  staff: TextSchema.meta({ title: 'Staff wording', description: 'The target as staff wrote it.' }),
  /** The target in plain words for the family. */
  family: TextSchema.optional().meta({ title: 'Family wording', description: 'The target in plain words for the family.' }),
  /** The target in the pupil's words. */
  pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: "The target in the pupil's words." }),
  /** Where the pupil was when it was set. */
  baseline: TextSchema.optional().meta({ title: 'Baseline', description: 'Where the pupil was when it was set.' }),
  /** How everyone would know it was met. */
  successCriteria: TextSchema.optional().meta({ title: 'Success criteria', description: 'How everyone would know it was met.' }),
  /** The date it was to be met by. */
  by: IsoDateSchema.meta({ title: 'By', description: 'The date it was to be met by.' }),
  /** Ids of the bank strategies it used, so the family view can say which help has stopped. */
  strategies: z
    .array(IdSchema.meta({ title: 'Strategy' }))
    .default([])
    .meta({ title: 'Strategies', description: 'Ids of the bank strategies it used, so the family view can say which help has stopped.' }),
  /** For a pupil with an EHCP: the long-term outcome it worked towards. */
  ehcpOutcome: IdSchema.optional().meta({ title: 'EHCP outcome', description: 'For a pupil with an EHCP: the long-term outcome it worked towards.' }),
});
export type EarlierTarget = z.output<typeof EarlierTargetSchema>;
