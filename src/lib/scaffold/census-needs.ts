/**
 * The DfE school census codes for a pupil's type of special educational need, and the broad area of
 * need (SEND Code of Practice, 6.28–6.35) each belongs to. OTH and NSA belong to none: the SENCO
 * decides.
 */
import type { AreaOfNeed } from '../../schemas/index.ts';

export interface CensusNeed {
  /** The code as the census writes it. */
  code: string;
  /** What the code stands for. */
  words: string;
  /** The broad area, or undefined when the SENCO must choose one. */
  area: AreaOfNeed | undefined;
}

const NEEDS: CensusNeed[] = [
  { code: 'SpLD', words: 'Specific learning difficulty', area: 'cognition-and-learning' },
  { code: 'MLD', words: 'Moderate learning difficulty', area: 'cognition-and-learning' },
  { code: 'SLD', words: 'Severe learning difficulty', area: 'cognition-and-learning' },
  { code: 'PMLD', words: 'Profound and multiple learning difficulty', area: 'cognition-and-learning' },
  { code: 'SEMH', words: 'Social, emotional and mental health', area: 'social-emotional-and-mental-health' },
  { code: 'SLCN', words: 'Speech, language and communication needs', area: 'communication-and-interaction' },
  { code: 'ASD', words: 'Autistic spectrum disorder', area: 'communication-and-interaction' },
  { code: 'HI', words: 'Hearing impairment', area: 'sensory-and-physical' },
  { code: 'VI', words: 'Visual impairment', area: 'sensory-and-physical' },
  { code: 'MSI', words: 'Multi-sensory impairment', area: 'sensory-and-physical' },
  { code: 'PD', words: 'Physical disability', area: 'sensory-and-physical' },
  { code: 'OTH', words: 'Other difficulty or disability', area: undefined },
  { code: 'NSA', words: 'SEN support but no specialist assessment of type of need', area: undefined },
];

export const CENSUS_CODES = NEEDS.map((need) => need.code);

/** The census need for a code, in any case ("spld", "SPLD"), or undefined for a code not in the census. */
export function censusNeed(code: string): CensusNeed | undefined {
  const wanted = code.trim().toLowerCase();
  return NEEDS.find((need) => need.code.toLowerCase() === wanted);
}
