/**
 * The school's content for the pages being built: the build's one reading of it, handed down
 * through the build context (src/lib/build-context.ts). In the preview (npm run dev) the content is
 * read again whenever a file in the content folder changes (src/lib/preview-content.ts).
 */
import { buildContext, hasBuildContext } from '../build-context.ts';
import { problemsNow, refreshPreview } from '../preview-content.ts';
import type { Problem } from './problems.ts';
import type { SchoolContent } from './school-content.ts';

export function getSchool(): SchoolContent {
  const context = buildContext();
  if (context.preview) refreshPreview(context);
  return context.content;
}

/**
 * In the preview: what the checker says about the content as it is now (problems and warnings), for
 * the files of one page, as the checker prints them. Empty in a build.
 */
export function previewProblems(files: (file: string) => boolean): Problem[] {
  if (!hasBuildContext() || !buildContext().preview) return [];
  return problemsNow(buildContext(), files);
}
