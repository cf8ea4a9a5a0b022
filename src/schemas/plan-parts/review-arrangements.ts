/** How a plan's review is held: how, where, who comes, and whether the family is invited. */
import { z } from 'zod';
import { TextSchema } from '../common.ts';

export const ReviewArrangementsSchema = z
  .strictObject({
    /** How the review is held, in plain words: "A meeting at school, about 30 minutes. You can join by phone." */
    how: TextSchema.optional().meta({
      title: 'How the review is held',
      description: 'How the review is held, in plain words. Shown to staff and families.',
    }),
    /** Where it is held: "The SENCO's office, by the main entrance". */
    where: TextSchema.optional().meta({ title: 'Where', description: 'Where the review is held.' }),
    /** Who comes: staff ids, or people in words ("Speech and language therapist (NHS)"). */
    attendees: z.array(TextSchema.meta({ title: 'Person' })).optional().meta({
      title: 'Who comes to the review',
      description: 'Who comes: staff ids from staff.yaml, or people in words. The family view names each one with their role.',
    }),
    /** Whether the family is invited. The guidance says they should be: true unless you say otherwise. */
    familyInvited: z
      .boolean()
      .optional()
      .meta({ title: 'Family invited', description: 'Whether the family is invited to the review. true unless you write false.' }),
  })
  .meta({
    title: 'Review arrangements',
    description: 'How the review is held, where, who comes and whether the family is invited.',
  });
export type ReviewArrangements = z.output<typeof ReviewArrangementsSchema>;
