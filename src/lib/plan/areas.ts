/** The four broad areas of need, named for each audience. */
import type { AreaOfNeed } from '../../schemas/index.ts';

export const AREA_NAMES: Record<AreaOfNeed, { staff: string; family: string; short: string }> = {
  'communication-and-interaction': {
    staff: 'Communication and interaction',
    family: 'Talking, listening and getting on with others',
    short: 'C&I',
  },
  'cognition-and-learning': { staff: 'Cognition and learning', family: 'Learning', short: 'C&L' },
  'social-emotional-and-mental-health': {
    staff: 'Social, emotional and mental health',
    family: 'Feelings and friendships',
    short: 'SEMH',
  },
  'sensory-and-physical': { staff: 'Sensory and/or physical', family: 'Senses and body', short: 'S&P' },
};
