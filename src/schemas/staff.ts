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
  /** The classes or teaching groups they teach, like 5H or 9X/Ma2. */
  classes: z.array(TextSchema).default([]),
  /** A school email address, for the family's "who to contact". */
  email: z.email().optional(),
});
export type StaffMember = z.output<typeof StaffMemberSchema>;

export const StaffListSchema = z.array(StaffMemberSchema);
