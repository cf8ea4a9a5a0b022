/** A whole-day strategy in a plan: a strategy from the bank, or one written for this pupil alone. */
import { z } from 'zod';
import { fix, IdSchema, TextSchema } from '../common.ts';

export const StrategyUseSchema = z
  .strictObject({
    /** The id of a strategy in content/strategies/. */
    ref: IdSchema.optional().meta({ title: 'Strategy id', description: 'The id of a strategy in content/strategies/.' }),
    /** Staff wording: for a bank strategy, a note on how it applies to this pupil; otherwise the strategy itself. */
    staff: TextSchema.optional().meta({
      title: 'Staff wording',
      description: 'Staff wording: for a bank strategy, a note on how it applies to this pupil; otherwise the strategy itself.',
    }),
    /** The strategy in plain words for the family. */
    family: TextSchema.optional().meta({ title: 'Family wording', description: 'The strategy in plain words for the family.' }),
    /** The strategy in the pupil's words. */
    pupil: TextSchema.optional().meta({ title: 'Pupil wording', description: "The strategy in the pupil's words." }),
    /** True for the strategies a supply teacher must know: printed in full on the class sheet. */
    mustKnow: z.boolean().default(false).meta({
      title: 'Must know',
      description:
        'true for a strategy every adult, a supply teacher too, must know: it leads the profile and prints in full on the class sheet.',
    }),
  })
  .refine((use) => use.ref !== undefined || use.staff !== undefined, {
    message: 'This strategy has neither a strategy id nor staff wording.',
    ...fix('Write "ref:" with a strategy id from the bank, or "staff:" with what every adult should do.'),
  });
export type StrategyUse = z.output<typeof StrategyUseSchema>;
