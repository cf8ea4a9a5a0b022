/** A progress entry: a dated note of how a target is going. */
import { z } from 'zod';
import { FamilyInSchema, IsoDateSchema, TextSchema } from './common.ts';

/** Where a target stands. The last three are used at a review. */
export const PROGRESS_STATUSES = ['not-started', 'on-track', 'needs-attention', 'achieved', 'partly-achieved', 'not-achieved'] as const;
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.output<typeof ProgressStatusSchema>;

export const ProgressEntrySchema = z.strictObject({
  /** When the progress was measured. */
  date: IsoDateSchema,
  /** Where the target stands on that date. */
  status: ProgressStatusSchema,
  /** The evidence, for staff: "5 errors per 100 words (running record)." */
  staff: TextSchema.optional(),
  /** The same in plain words for the family. */
  family: TextSchema.optional(),
  /** The same in the family's language: `familyIn: { pl: "…" }`. */
  familyIn: FamilyInSchema,
  /** The same for the pupil. */
  pupil: TextSchema.optional(),
});
export type ProgressEntry = z.output<typeof ProgressEntrySchema>;
