/** Who does what: the school's part, the family's part and the pupil's part. */
import { z } from 'zod';
import { TextSchema } from './common.ts';

export const ResponsibilitiesSchema = z.strictObject({
  /** What the SENCO does: checks progress, chairs the review. */
  senco: TextSchema.optional(),
  /** What the key adult does. */
  keyAdult: TextSchema.optional(),
  /** What the class teacher or form tutor does. */
  classTeacher: TextSchema.optional(),
  /** The family's part, in plain words. */
  family: TextSchema.optional(),
  /** The pupil's part, in their words. */
  pupil: TextSchema.optional(),
  /** Anyone else: a staff id or a role in words, and what they do. */
  others: z.array(z.strictObject({ who: TextSchema, does: TextSchema })).default([]),
});
export type Responsibilities = z.output<typeof ResponsibilitiesSchema>;
