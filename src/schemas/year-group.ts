import { z } from 'zod';

/**
 * The pupil's year group: R (or Reception) for Reception, otherwise 1 to 14. Stored as a number,
 * with Reception as 0.
 */
export const YearGroupSchema = z.preprocess(
  (value) => (typeof value === 'string' && /^(r|reception)$/i.test(value.trim()) ? 0 : value),
  z.number().int().min(0).max(14),
);

/** "Reception" or "Year 5": how people say a year group. */
export const yearGroupLabel = (year: number): string => (year === 0 ? 'Reception' : `Year ${year}`);
