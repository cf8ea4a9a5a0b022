/**
 * The fields of each review outcome that `npm run new -- review` leaves blank, and that may stay
 * blank while the meeting is written up: the review is then unfinished (a warning), not broken.
 * (No Node imports here: the editor's page in the browser reads this list too.)
 */
export const FILLED_IN_LATER = ['outcome', 'evidence', 'decision'] as const;
