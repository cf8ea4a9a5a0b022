/** content/glossary.yaml: jargon, explained in plain words for families and simple words for pupils. */
import { z } from 'zod';
import { TextSchema } from './common.ts';

export const GlossaryTermSchema = z.strictObject({
  /** The word or abbreviation as staff write it: "SENCO", "precision teaching". */
  term: TextSchema,
  /** Other ways the same term is written: ["SENDCo"]. */
  aliases: z.array(TextSchema).default([]),
  /** What it means, in plain words for a family: one or two short sentences. */
  family: TextSchema,
  /** What it means for a pupil, in simple words; used in place of the term in the pupil view. */
  pupil: TextSchema.optional(),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

export const GlossarySchema = z.array(GlossaryTermSchema);
