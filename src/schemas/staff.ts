/** content/staff.yaml: the adults who can sign in, and whom plans name as key adults or providers. */
import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

export const StaffMemberSchema = z.strictObject({
  /** A short id plans use to name this person, like ms-patel. Never change it once plans use it. */
  id: IdSchema,
  /** The name pupils and families know them by: "Ms Priya Patel". */
  name: TextSchema,
  /** Their role in words: "Class teacher, Year 5", "Teaching assistant", "SENCO". */
  role: TextSchema,
  /** The classes or forms they teach or tutor, like 5H or 9A. */
  classes: z.array(TextSchema).default([]),
  /** The teaching sets they teach (secondary), like 9Sc3. */
  sets: z.array(TextSchema).default([]).meta({
    title: 'Teaching sets',
    description: "The teaching sets they teach, like [9Sc3, 10Sc1]. Their names appear on those sets' class sheets.",
  }),
  /** A school email address, for the family's "who to contact". */
  email: z.email().optional(),
});
export type StaffMember = z.output<typeof StaffMemberSchema>;

export const StaffListSchema = z.array(StaffMemberSchema);
