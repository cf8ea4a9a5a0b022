/**
 * How many symbols a pupil's pages show by default: a symbol over every key word up to Year 6, one
 * a goal or sentence from Year 7, none from Year 10 (school.yaml can move these years), unless the
 * plan asks for something else. The reader can still change it on the page.
 */
import type { SchoolSymbols, SymbolDensity } from '../../schemas/index.ts';

export function symbolDensity(plan: { yearGroup: number; symbols?: SymbolDensity | undefined }, school: SchoolSymbols): SymbolDensity {
  if (plan.symbols) return plan.symbols;
  if (plan.yearGroup <= school.everyKeyWordUpToYear) return 'every-key-word';
  if (plan.yearGroup <= school.onePerSentenceUpToYear) return 'one-per-sentence';
  return 'none';
}
