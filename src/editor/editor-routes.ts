/** Names the editor's page and its server share (safe to load in the browser). */

/** Where the checks panel asks for the checker's problems with one file. */
export const CHECKS_ROUTE = '/api/waypoint/checks';

/** Fired on the editor's window after Keystatic has saved a file. */
export const SAVED_EVENT = 'waypoint:saved';

/** Keystatic's own route for saving files in local mode. */
export const KEYSTATIC_UPDATE_ROUTE = '/api/keystatic/update';

/** What the checks panel shows for one file. */
export interface ChecksReport {
  /** The file as the checker names it: content/pupils/amara-okafor/plan.mdx. */
  file: string;
  /** Each problem as npm run check prints it: where, what is wrong, how to fix it. */
  problems: string[];
  /** "Found 2 warnings in 1 file." or "No problems found." */
  summary: string;
}

/** The block that stands for a note ({/* … *\/}) in a body, in the editor. */
export const NOTE_BLOCK = 'Note';
