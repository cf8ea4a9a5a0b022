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
  /** Their role in plain words for families, when `role` is written for staff: "Learning mentor". */
  roleFamily: TextSchema.optional().meta({
    title: 'Role, for families',
    description: 'The role in plain words for families, like "Learning mentor". Without it, families see `role`.',
  }),
  /** The classes or teaching groups they teach, like 5H or 9X/Ma2. */
  classes: z.array(TextSchema).default([]),
  /** A school email address, for the family's "who to contact". */
  email: z.email().optional(),
});
export type StaffMember = z.output<typeof StaffMemberSchema>;

export const StaffListSchema = z.array(StaffMemberSchema);
