/** content/staff.yaml: the adults who can sign in, and whom plans name as key adults or providers. */
import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

export const StaffMemberSchema = z.strictObject({
  /** A short id plans use to name this person, like ms-patel. Never change it once plans use it. */
  id: IdSchema.meta({ title: 'Id', description: 'A short id plans use to name this person, like ms-patel. Never change it once plans use it.' }),
  /** The name pupils and families know them by: "Ms Priya Patel". */
  name: TextSchema.meta({ title: 'Name', description: 'The name pupils and families know them by: "Ms Priya Patel".' }),
  /** Their role in words: "Class teacher, Year 5", "Teaching assistant", "SENCO". */
  role: TextSchema.meta({
    title: 'Role',
    description: 'Their role in words: "Class teacher, Year 5", "Teaching assistant", "SENCO".',
    examples: ['Teaching assistant'],
  }),
  /** The classes or teaching groups they teach, like 5H or 9X/Ma2. */
  classes: z
    .array(TextSchema.meta({ title: 'Class' }))
    .default([])
    .meta({ title: 'Classes', description: 'The classes or teaching groups they teach, like 5H or 9X/Ma2.' }),
  /** The teaching sets they teach (secondary), like 9Sc3. */
  sets: z
    .array(TextSchema.meta({ title: 'Set' }))
    .default([])
    .meta({
      title: 'Teaching sets',
      description: "The teaching sets they teach, like [9Sc3, 10Sc1]. Their names appear on those sets' class sheets.",
    }),
  /** A school email address, for the family's "who to contact". */
  email: z.email().optional().meta({ title: 'Email', description: 'A school email address, for the family\'s "who to contact".' }),
});
export type StaffMember = z.output<typeof StaffMemberSchema>;

export const StaffListSchema = z.array(StaffMemberSchema.meta({ title: 'Entry' }));
