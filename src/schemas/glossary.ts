/** content/glossary.yaml: jargon, explained in plain words for families and simple words for pupils. */
import { z } from 'zod';
import { TextSchema } from './common.ts';

export const GlossaryTermSchema = z.strictObject({
  /** The word or abbreviation as staff write it: "SENCO", "precision teaching". */
  term: TextSchema.meta({
    title: 'Term',
    description: 'The word or abbreviation as staff write it: "SENCO", "precision teaching".',
    examples: ['SENCO'],
  }),
  /** Other ways the same term is written: ["SENDCo"]. */
  aliases: z
    .array(TextSchema.meta({ title: 'Spelling' }))
    .default([])
    .meta({ title: 'Other spellings', description: 'Other ways the same term is written: ["SENDCo"].' }),
  /** What it means, in plain words for a family: one or two short sentences. */
  family: TextSchema.meta({
    title: 'Family wording',
    description: 'What it means, in plain words for a family: one or two short sentences.',
    examples: ['The teacher who makes sure children get the right help.'],
  }),
  /** What it means for a pupil, in simple words; used in place of the term in the pupil view. */
  pupil: TextSchema.optional().meta({
    title: 'Pupil wording',
    description: 'What it means for a pupil, in simple words; used in place of the term in the pupil view.',
  }),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

export const GlossarySchema = z.array(GlossaryTermSchema.meta({ title: 'Term' }));
