/** A progress entry: a dated note of how a target is going. */
import { z } from 'zod';
import { FamilyInSchema, IsoDateSchema, TextSchema } from '../common.ts';

/** Where a target stands. The last three are used at a review. */
export const PROGRESS_STATUSES = ['not-started', 'on-track', 'needs-attention', 'achieved', 'partly-achieved', 'not-achieved'] as const;
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.output<typeof ProgressStatusSchema>;

export const ProgressEntrySchema = z.strictObject({
  /** When the progress was measured. */
  date: IsoDateSchema.meta({ title: 'Date', description: 'When the progress was measured.', examples: ['2026-10-16'] }),
  /** Where the target stands on that date. */
  status: ProgressStatusSchema.meta({ title: 'Status', description: 'Where the target stands on that date.' }),
  /** The evidence, for staff: "5 errors per 100 words (running record)." */
  staff: TextSchema.optional().meta({ title: 'Staff wording', description: 'The evidence, for staff: "5 errors per 100 words (running record)."' }),
  /** The same in plain words for the family. */
  family: TextSchema.optional().meta({ title: 'Family wording', description: 'The same in plain words for the family.' }),
  /** The same in the family's language: `familyIn: { pl: "…" }`. */
  familyIn: FamilyInSchema.meta({ title: 'Family wording in other languages', description: 'The same in the family\'s language: familyIn: { pl: "…" }.' }),
  /** The same for the pupil. */
  pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: 'The same for the pupil.' }),
});
export type ProgressEntry = z.output<typeof ProgressEntrySchema>;
