/** The pupil's own voice, under the one-page profile's headings. */
import { z } from 'zod';
import { TextSchema } from './common.ts';

export const AboutMeSchema = z.strictObject({
  /** What people like and admire about me. */
  admire: z.array(TextSchema).default([]),
  /** What is important to me. */
  important: z.array(TextSchema).default([]),
  /** How best to help and support me. */
  helpsMe: z.array(TextSchema).default([]),
  /** One thing I wish my teachers knew. */
  wishTeachersKnew: TextSchema.optional(),
});
export type AboutMe = z.output<typeof AboutMeSchema>;
