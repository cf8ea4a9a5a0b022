/** What a family told the school, recorded when they said it: at a review or at any other time. */
import { z } from 'zod';
import { IsoDateSchema, TextSchema } from '../common.ts';

export const FamilyViewSchema = z
  .strictObject({
    /** When the family said it. */
    date: IsoDateSchema.meta({ title: 'Date', description: 'When the family said it.' }),
    /** Who said it: "Mrs Clarke (mum), at the classroom door". */
    from: TextSchema.meta({ title: 'From', description: 'Who said it, and how: "Mrs Clarke (mum), by phone".' }),
    /** What they said, in their words as far as you can. */
    said: TextSchema.meta({ title: 'What they said', description: 'What the family said, in their words as far as you can.' }),
    /** What the school did about it. */
    response: TextSchema.optional().meta({ title: 'What we did', description: 'What the school did about it.' }),
  })
  .meta({ title: 'Family view', description: 'One thing the family told the school, with its date.' });
export type FamilyView = z.output<typeof FamilyViewSchema>;
