/** Provision: who does what, how often and where — the "additional to or different from" of a plan. */
import { z } from 'zod';
import { TextSchema } from '../common.ts';

export const ProvisionSchema = z.strictObject({
  /** What is provided: "Precision teaching of tricky words". */
  what: TextSchema.meta({ title: 'What', description: 'What is provided: "Precision teaching of tricky words".', examples: ['Precision teaching of tricky words'] }),
  /** Who provides it: a staff id from staff.yaml, or a role in words ("Speech and language therapist"). */
  who: TextSchema.meta({
    title: 'Who',
    description: 'Who provides it: a staff id from staff.yaml, or a role in words ("Speech and language therapist").',
    examples: ['ta-jones'],
  }),
  /** How often and for how long: "3 × 10 minutes a week". */
  often: TextSchema.meta({ title: 'How often', description: 'How often and for how long: "3 × 10 minutes a week".', examples: ['3 × 10 minutes a week'] }),
  /** Where it happens: "In class, at the quiet table". */
  where: TextSchema.optional().meta({ title: 'Where', description: 'Where it happens: "In class, at the quiet table".' }),
  /** When it happens: "Monday, Wednesday and Friday mornings". */
  when: TextSchema.optional().meta({ title: 'When', description: 'When it happens: "Monday, Wednesday and Friday mornings".' }),
  /** Equipment, programmes or materials the help uses: [sand timer, tick chart]. Staff and family views. */
  equipment: z.array(TextSchema.meta({ title: 'Item' })).default([]).meta({
    title: 'Equipment and materials',
    description: 'Equipment, programmes or materials the help uses, like [sand timer, tick chart]. Shown to staff and families.',
  }),
  /** What the help is, in plain words for the family. The family view shows this, never `what`. */
  family: TextSchema.optional().meta({
    title: 'Family wording',
    description: 'What the help is, in plain words for the family. The family view shows this, never `what`; without it, the family view says only who helps, when and how often.',
  }),
  /** What it is, in the pupil's words. */
  pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: "What it is, in the pupil's words." }),
});
export type Provision = z.output<typeof ProvisionSchema>;
