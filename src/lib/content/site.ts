/**
 * The school's content for the pages being built. A build reads it once: `npm run build` has already
 * checked it, so a problem here means Astro was started on its own, and it stops with the same
 * messages. The preview (npm run dev) reads it again whenever a file in the content folder changes,
 * and keeps what the checker says about it for the pages to show; while a saved file has a problem,
 * the pages keep the last content that had none.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentFolder, isPreview } from '../config.ts';
import { checkQuality } from '../quality/quality.ts';
import { checkSymbols } from '../quality/symbols-check.ts';
import { formatProblems } from './format-problems.ts';
import { loadContent } from './load-content.ts';
import type { Problem } from './problems.ts';
import type { SchoolContent } from './school-content.ts';

let cached: { content: SchoolContent; stamp: string } | undefined;
let problemsNow: Problem[] = [];

export function getSchool(): SchoolContent {
  const preview = isPreview();
  if (cached && !preview) return cached.content;
  const folder = contentFolder();
  const stamp = preview ? contentStamp(folder) : '';
  if (cached && cached.stamp === stamp) return cached.content;
  const { content, problems } = loadContent(folder);
  if (!content) {
    if (preview && cached) {
      problemsNow = problems;
      cached.stamp = stamp;
      return cached.content;
    }
    throw new Error(`The content has problems, so nothing was built.\n\n${formatProblems(problems)}`);
  }
  problemsNow = preview ? [...problems, ...checkQuality(content).problems, ...checkSymbols(content)] : problems;
  cached = { content, stamp };
  return content;
}

/**
 * In the preview: what the checker says about the content as it is now (problems and warnings), for
 * the files of one page, as the checker prints them. Empty in a build.
 */
export function previewProblems(files: (file: string) => boolean): Problem[] {
  if (!isPreview()) return [];
  getSchool();
  return problemsNow.filter((problem) => files(path.resolve(problem.file)));
}

/** Every file in the folder with its size and time, so any saved change gives a new stamp. */
function contentStamp(folder: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        parts.push(`${full}\0${stat.size}\0${stat.mtimeMs}`);
      }
    }
  };
  walk(folder);
  return parts.sort().join('\n');
}
