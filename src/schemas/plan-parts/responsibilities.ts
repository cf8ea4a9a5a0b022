/** Who does what: the school's part, the family's part and the pupil's part. */
import { z } from 'zod';
import { TextSchema } from '../common.ts';

export const ResponsibilitiesSchema = z.strictObject({
  /** What the SENCO does: checks progress, chairs the review. */
  senco: TextSchema.optional().meta({ title: 'SENCO', description: 'What the SENCO does: checks progress, chairs the review.' }),
  /** What the key adult does. */
  keyAdult: TextSchema.optional().meta({ title: 'Key adult', description: 'What the key adult does.' }),
  /** What the class teacher or form tutor does. */
  classTeacher: TextSchema.optional().meta({ title: 'Class teacher', description: 'What the class teacher or form tutor does.' }),
  /** The family's part, in plain words. */
  family: TextSchema.optional().meta({ title: 'Family wording', description: "The family's part, in plain words." }),
  /** The pupil's part, in their words. */
  pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: "The pupil's part, in their words." }),
  /** Anyone else: a staff id or a role in words, and what they do. */
  others: z
    .array(
      z
        .strictObject({
          /** A staff id, or a role in words. */
          who: TextSchema.meta({ title: 'Who', description: 'A staff id, or a role in words.' }),
          /** What they do. */
          does: TextSchema.meta({ title: 'Does', description: 'What they do.' }),
        })
        .meta({ title: 'Responsibility' }),
    )
    .default([])
    .meta({ title: 'Others', description: 'Anyone else: a staff id or a role in words, and what they do.' }),
});
export type Responsibilities = z.output<typeof ResponsibilitiesSchema>;
