/** How each progress status is said to each audience. */
import type { ProgressStatus } from '../../schemas/index.ts';

export const STATUS_WORDS: Record<ProgressStatus, { staff: string; family: string; pupil: string }> = {
  'not-started': { staff: 'Not started', family: 'Just starting', pupil: 'Starting' },
  'on-track': { staff: 'On track', family: 'Going well', pupil: 'Going well' },
  'needs-attention': { staff: 'Needs attention', family: 'Needs more help', pupil: 'Still working on it' },
  achieved: { staff: 'Achieved', family: 'Done!', pupil: 'I did it!' },
  'partly-achieved': { staff: 'Partly achieved', family: 'Partly done', pupil: 'Nearly there' },
  'not-achieved': { staff: 'Not achieved', family: 'Not yet', pupil: 'Not yet' },
};
