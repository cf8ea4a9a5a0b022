/**
 * `npm run dev`'s live preview: the content is read again whenever a file in the content folder
 * changes, and what the checker says about it (problems and warnings) is kept for the pages to show.
 * While a saved file has a problem, the pages keep the last content that had none. The preview's
 * build context (opened by the privacy integration for `astro dev`) carries the content; this
 * module only swaps in the fresh reading.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildContext } from './build-context.ts';
import { contentFolder } from './config.ts';
import { checkQuality } from './quality/quality.ts';
import { checkSymbols } from './quality/symbols-check.ts';
import { loadContent } from './content/load-content.ts';
import type { Problem } from './content/problems.ts';

let state: { stamp: string; problems: Problem[] } | undefined;

/** Reads the content again if any file changed since the last reading, into the preview's context. */
export function refreshPreview(context: BuildContext): void {
  const folder = contentFolder();
  const stamp = contentStamp(folder);
  if (state?.stamp === stamp) return;
  const { content, problems } = loadContent(folder);
  if (content) {
    context.content = content;
    state = { stamp, problems: [...problems, ...checkQuality(content).problems, ...checkSymbols(content)] };
  } else state = { stamp, problems };
}

/** What the checker says about the content as it is now, for the files `files` accepts. */
export function problemsNow(context: BuildContext, files: (file: string) => boolean): Problem[] {
  refreshPreview(context);
  return (state?.problems ?? []).filter((problem) => files(path.resolve(problem.file)));
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
