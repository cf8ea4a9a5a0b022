/**
 * Whether a file named by the content stays inside the folder it must be in: no "..", no absolute
 * path, and no symbolic link that leads out of it (the real path is what counts). The folder is
 * taken inside the content folder's real path, so a linked-in folder does not widen it either.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type Confined = { file: string; problem?: undefined } | { file?: undefined; problem: 'missing' | 'outside' | 'not-a-file' };

/** `name` (as written: "chart.png", "symbols/read.svg") resolved from `from`, confined to `folder`. */
export function confinedFile(name: string, from: string, folder: string, contentFolder: string): Confined {
  if (path.isAbsolute(name)) return { problem: 'outside' };
  const written = path.resolve(from, name);
  if (!isInside(written, path.resolve(folder))) return { problem: 'outside' };
  let real: string;
  try {
    real = realpathSync(written);
  } catch {
    return { problem: 'missing' };
  }
  const relative = path.relative(path.resolve(contentFolder), path.resolve(folder));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { problem: 'outside' };
  if (!isInside(real, path.join(realpathSync(contentFolder), relative))) return { problem: 'outside' };
  if (!statSync(real).isFile()) return { problem: 'not-a-file' };
  return { file: real };
}

const isInside = (file: string, folder: string) => file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
