import { z } from 'zod';

/** How often a plan is reviewed: every term, every half term, or twice a year. */
export const ReviewCycleSchema = z.enum(['termly', 'half-termly', 'twice-yearly']);
export type ReviewCycle = z.output<typeof ReviewCycleSchema>;
