/**
 * Where a build may publish. A build replaces its output folder as a whole, so the folder must be
 * the site's own: never the content folder, the keyring folder or the project, nor any folder that
 * holds one of them, and never a folder of other files (one that is not empty and has no front page).
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/display-path.ts';
import { STAFF_KEY_FILE } from './payload.ts';

export interface KeptFolders {
  project: string;
  content: string;
  keyring: string;
}

/** The path with every part that exists resolved through symbolic links. */
function resolved(folder: string): string {
  const absolute = path.resolve(folder);
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}

const holds = (outer: string, inner: string) => {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Whether a folder looks like a built site: it has a front page, or the staff key file every build writes. */
const isSite = (folder: string) =>
  existsSync(path.join(folder, 'index.html')) || existsSync(path.join(folder, STAFF_KEY_FILE.replace(/^\//, '')));

/** Why a build must not publish into this folder, in words the person running it can act on; or nothing. */
export function outputFolderProblem(outDir: string, kept: KeptFolders): string | undefined {
  const out = resolved(outDir);
  const shown = displayPath(out) || '.';
  const fix = 'To fix it: build into a folder of its own, like dist/ (npm run build -- --out dist).';
  const names: Record<keyof KeptFolders, string> = {
    project: "Waypoint's project folder",
    content: 'the content folder',
    keyring: 'the keyring folder',
  };
  for (const [which, folder] of Object.entries(kept) as [keyof KeptFolders, string][]) {
    const target = resolved(folder);
    if (!holds(out, target)) continue;
    const what = out === target ? `is ${names[which]}` : `holds ${names[which]} (${displayPath(target) || '.'})`;
    return `The output folder ${shown} ${what}. A build replaces its output folder, so this would delete it. Nothing was built.\n${fix}`;
  }
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `${shown} is a file, not a folder. Nothing was built.\n${fix}`;
  if (readdirSync(out).length > 0 && !isSite(out)) {
    return (
      `The output folder ${shown} holds files that are not a built site. A build replaces its output folder, ` +
      `so they would be deleted. Nothing was built.\n${fix}`
    );
  }
  return undefined;
}
