/**
 * What the checks panel shows for one file: the problems `npm run check` finds in it, each as the
 * checker prints it, and the checker's count line for that file.
 */
import path from 'node:path';
import { displayPath } from '../lib/content/display-path.ts';
import { formatProblems } from '../lib/content/format-problems.ts';
import { checkFolder } from '../lib/quality/check-folder.ts';
import type { ChecksReport } from './editor-routes.ts';

/** Checks the whole content folder (files name each other) and reports on one file of it. */
export function checksReport(folder: string, file: string): ChecksReport {
  const absolute = path.resolve(folder, file);
  const own = checkFolder(folder).problems.filter((problem) => path.resolve(problem.file) === absolute);
  const shown = displayPath(absolute);
  if (own.length === 0) return { file: shown, problems: [], summary: 'No problems found.' };
  const blocks = formatProblems(own).split('\n\n');
  return { file: shown, problems: blocks.slice(0, -1), summary: blocks.at(-1)! };
}
