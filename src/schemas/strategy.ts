/** content/strategies/<id>.md: one strategy of the school's bank, written once and used by many plans. */
import { z } from 'zod';
import { AreaOfNeedSchema, TextSchema } from './common.ts';

export const StrategySchema = z.strictObject({
  /** The strategy's name: "Coloured overlay". */
  title: TextSchema.meta({ title: 'Title', description: 'The strategy\'s name: "Coloured overlay".', examples: ['Coloured overlay'] }),
  /** The broad areas of need it serves. */
  areas: z
    .array(AreaOfNeedSchema.meta({ title: 'Area' }))
    .min(1)
    .meta({ title: 'Areas of need', description: 'The broad areas of need it serves.', examples: [['cognition-and-learning']] }),
  /** What every adult does, concretely enough for a supply teacher. */
  staff: TextSchema.meta({ title: 'Staff wording', description: 'What every adult does, concretely enough for a supply teacher.' }),
  /** The same in plain words for families. */
  family: TextSchema.optional().meta({ title: 'Family wording', description: 'The same in plain words for families.' }),
  /** The same in the pupil's words, first person: "My coloured sheet helps me read." */
  pupil: TextSchema.optional().meta({
    title: 'Pupil wording',
    description: 'The same in the pupil\'s words, first person: "My coloured sheet helps me read."',
  }),
  /** A symbol word for the pupil view, like reading or timer. */
  symbol: TextSchema.optional().meta({ title: 'Symbol', description: 'A symbol word for the pupil view, like reading or timer.' }),
});
export type Strategy = z.output<typeof StrategySchema>;
