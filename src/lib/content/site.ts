/**
 * The school's content for the pages being built, read once per build. `npm run build` has already
 * checked it, so a problem here means Astro was started on its own: stop with the same messages.
 */
import { contentFolder } from '../config.ts';
import { formatProblems } from './format-problems.ts';
import { loadContent } from './load-content.ts';
import type { SchoolContent } from './school-content.ts';

let cached: SchoolContent | undefined;

export function getSchool(): SchoolContent {
  if (cached) return cached;
  const { content, problems } = loadContent(contentFolder());
  if (!content) throw new Error(`The content has problems, so nothing was built.\n\n${formatProblems(problems)}`);
  cached = content;
  return content;
}
