/** How many symbols the pupil view and poster show: by the pupil's year group, or as a plan asks. */
import { z } from 'zod';
import { rule } from './common.ts';

/**
 * every-key-word: a symbol over each key word. one-per-sentence: one symbol for each goal or
 * sentence. none: words only (the pupil can still switch symbols on in "Reading tools").
 */
export const SymbolDensitySchema = z.enum(['every-key-word', 'one-per-sentence', 'none']).meta({
  title: 'Symbols',
  description: 'every-key-word, one-per-sentence or none.',
});
export type SymbolDensity = z.output<typeof SymbolDensitySchema>;

/** A year group as a number: 0 for Reception, then 1 to 14. */
const YearNumberSchema = z.number().int().min(0).max(14);

/** school.yaml `symbols:`: which year groups get how many symbols, unless a plan says otherwise. */
export const SchoolSymbolsSchema = z
  .strictObject({
    /** A symbol over every key word from Reception up to and including this year (0 for Reception only). */
    everyKeyWordUpToYear: YearNumberSchema.default(6).meta({
      title: 'Every key word up to year',
      description: 'A symbol over every key word from Reception up to and including this year (0 for Reception only).',
      examples: [6],
    }),
    /** Then one symbol for each goal or sentence up to and including this year; none after it. */
    onePerSentenceUpToYear: YearNumberSchema.default(9).meta({
      title: 'One per sentence up to year',
      description: 'Then one symbol for each goal or sentence up to and including this year; none after it.',
      examples: [9],
    }),
  })
  .refine(
    (symbols) => symbols.onePerSentenceUpToYear >= symbols.everyKeyWordUpToYear,
    rule(
      '"onePerSentenceUpToYear" is before "everyKeyWordUpToYear".',
      'Make onePerSentenceUpToYear the same year as everyKeyWordUpToYear, or later.',
    ),
  );
export type SchoolSymbols = z.output<typeof SchoolSymbolsSchema>;

export const SCHOOL_SYMBOLS_DEFAULT: SchoolSymbols = { everyKeyWordUpToYear: 6, onePerSentenceUpToYear: 9 };
