/** The parts of an Education, Health and Care Plan that the IEP works towards. */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from '../common.ts';

export const EhcpOutcomeSchema = z.strictObject({
  /** A short id targets use to link to this outcome. */
  id: IdSchema.meta({ title: 'Id', description: 'A short id targets use to link to this outcome.' }),
  /** The long-term outcome as the EHCP words it. */
  staff: TextSchema.meta({ title: 'Staff wording', description: 'The long-term outcome as the EHCP words it.' }),
  /** The outcome in plain words for the family. */
  family: TextSchema.optional().meta({ title: 'Family wording', description: 'The outcome in plain words for the family.' }),
  /** The outcome in the pupil's words. */
  pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: "The outcome in the pupil's words." }),
});

export const EhcpSchema = z.strictObject({
  /** When the local authority issued the EHCP. */
  issued: IsoDateSchema.optional().meta({ title: 'Issued', description: 'When the local authority issued the EHCP.' }),
  /** When the EHCP's next annual review is due. */
  annualReview: IsoDateSchema.optional().meta({ title: 'Annual review', description: "When the EHCP's next annual review is due." }),
  /** The EHCP's long-term outcomes. */
  outcomes: z
    .array(EhcpOutcomeSchema.meta({ title: 'Outcome' }))
    .min(1)
    .meta({ title: 'Outcomes', description: "The EHCP's long-term outcomes." }),
});
export type Ehcp = z.output<typeof EhcpSchema>;
