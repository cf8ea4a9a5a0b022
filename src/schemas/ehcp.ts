/** The parts of an Education, Health and Care Plan that the IEP works towards. */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './common.ts';

export const EhcpOutcomeSchema = z.strictObject({
  /** A short id targets use to link to this outcome. */
  id: IdSchema,
  /** The long-term outcome as the EHCP words it. */
  staff: TextSchema,
  /** The outcome in plain words for the family. */
  family: TextSchema.optional(),
  /** The outcome in the pupil's words. */
  pupil: TextSchema.optional(),
});

export const EhcpSchema = z.strictObject({
  /** When the local authority issued the EHCP. */
  issued: IsoDateSchema.optional(),
  /** When the EHCP's next annual review is due. */
  annualReview: IsoDateSchema.optional(),
  /** The EHCP's long-term outcomes. */
  outcomes: z.array(EhcpOutcomeSchema).min(1),
});
export type Ehcp = z.output<typeof EhcpSchema>;
