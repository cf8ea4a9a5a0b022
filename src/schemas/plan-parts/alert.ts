/** A medical or safety alert: what every adult who has the pupil must know, printed on every class sheet. */
import { z } from 'zod';
import { TextSchema } from '../common.ts';

export const ALERT_KINDS = ['medical', 'safety'] as const;

export const AlertSchema = z.strictObject({
  /** medical (an inhaler, an allergy, a seizure plan) or safety (an evacuation chair, leaving the room). */
  kind: z.enum(ALERT_KINDS).meta({
    title: 'Kind',
    description: 'medical (an inhaler, an allergy, a seizure plan) or safety (an evacuation chair, leaving the room).',
  }),
  /** What every adult must know and do, in a sentence or two. Staff only. */
  staff: TextSchema.meta({
    title: 'Staff wording',
    description: 'What every adult must know and do, in a sentence or two. Staff only: never in the family or pupil views.',
  }),
});
export type Alert = z.output<typeof AlertSchema>;
