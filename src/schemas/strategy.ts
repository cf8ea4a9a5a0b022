/** content/strategies/<id>.md: one strategy of the school's bank, written once and used by many plans. */
import { z } from 'zod';
import { AreaOfNeedSchema, TextSchema } from './common.ts';

export const StrategySchema = z.strictObject({
  /** The strategy's name: "Coloured overlay". */
  title: TextSchema,
  /** The broad areas of need it serves. */
  areas: z.array(AreaOfNeedSchema).min(1),
  /** What every adult does, concretely enough for a supply teacher. */
  staff: TextSchema,
  /** The same in plain words for families. */
  family: TextSchema.optional(),
  /** The same in the pupil's words, first person: "My coloured sheet helps me read." */
  pupil: TextSchema.optional(),
  /** A symbol word for the pupil view, like reading or timer. */
  symbol: TextSchema.optional(),
});
export type Strategy = z.output<typeof StrategySchema>;
