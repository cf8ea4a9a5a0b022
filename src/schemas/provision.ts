/** Provision: who does what, how often and where — the "additional to or different from" of a plan. */
import { z } from 'zod';
import { TextSchema } from './common.ts';

export const ProvisionSchema = z.strictObject({
  /** What is provided: "Precision teaching of tricky words". */
  what: TextSchema,
  /** Who provides it: a staff id from staff.yaml, or a role in words ("Speech and language therapist"). */
  who: TextSchema,
  /** How often and for how long: "3 × 10 minutes a week". */
  often: TextSchema,
  /** Where it happens: "In class, at the quiet table". */
  where: TextSchema.optional(),
  /** When it happens: "Monday, Wednesday and Friday mornings". */
  when: TextSchema.optional(),
  /** Equipment, programmes or materials the help uses: [sand timer, tick chart]. Staff and family views. */
  equipment: z.array(TextSchema).default([]).meta({
    title: 'Equipment and materials',
    description: 'Equipment, programmes or materials the help uses, like [sand timer, tick chart]. Shown to staff and families.',
  }),
  /** What the help is, in plain words for the family. The family view shows this, never `what`. */
  family: TextSchema.optional(),
  /** What it is, in the pupil's words. */
  pupil: TextSchema.optional(),
});
export type Provision = z.output<typeof ProvisionSchema>;
