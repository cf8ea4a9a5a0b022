/** The pupil's own voice, under the one-page profile's headings. */
import { z } from 'zod';
import { TextSchema } from '../common.ts';

export const AboutMeSchema = z.strictObject({
  /** What people like and admire about me. */
  admire: z.array(TextSchema).default([]).meta({ title: 'What people like and admire about me', description: 'What people like and admire about me.' }),
  /** What is important to me. */
  important: z.array(TextSchema).default([]).meta({ title: 'What is important to me', description: 'What is important to me.' }),
  /** How best to help and support me. */
  helpsMe: z.array(TextSchema).default([]).meta({ title: 'How best to support me', description: 'How best to help and support me.' }),
  /** One thing I wish my teachers knew. */
  wishTeachersKnew: TextSchema.optional().meta({ title: 'I wish my teachers knew', description: 'One thing I wish my teachers knew.' }),
});
export type AboutMe = z.output<typeof AboutMeSchema>;
