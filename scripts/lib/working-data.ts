/**
 * Plaintext working data a build keeps on this computer between builds: Astro's content store
 * (.astro/ and node_modules/.astro/) and the poster cache (.cache/posters/). They hold plan text
 * and pupils' posters in clear, so they are private to the person who builds (folders 0700, files
 * 0600), and they keep nothing of a pupil who has gone: Astro drops the entries of files that are
 * gone each time it reads the content, and the poster cache keeps only the posters of the last build.
 */
import { chmodSync, existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Astro's working folders in the project: its content store, module list and types. */
export const ASTRO_WORKING_FOLDERS = ['.astro', path.join('node_modules', '.astro')];

/**
 * Runs a build with a umask of 077, so every file it writes — the staging folder, Astro's store, the
 * poster cache, the keyring — is its owner's alone. The work is given the umask it replaced, for the
 * files it publishes.
 */
export async function withPrivateFiles<T>(work: (publicUmask: number) => Promise<T>): Promise<T> {
  const publicUmask = process.umask(0o077);
  try {
    return await work(publicUmask);
  } finally {
    process.umask(publicUmask);
  }
}

/** Makes a folder and everything in it its owner's alone (written before builds ran with umask 077). */
export function makePrivate(folder: string): void {
  if (!existsSync(folder)) return;
  const stat = lstatSync(folder);
  if (stat.isSymbolicLink()) return;
  if (stat.isFile()) {
    chmodSync(folder, 0o600);
    return;
  }
  if (!stat.isDirectory()) return;
  chmodSync(folder, 0o700);
  for (const name of readdirSync(folder)) makePrivate(path.join(folder, name));
}

/** Deletes every cached poster this build did not use (a poster's files start with its hash). */
export function prunePosterCache(folder: string, used: ReadonlySet<string>): number {
  if (!existsSync(folder)) return 0;
  let removed = 0;
  for (const name of readdirSync(folder)) {
    if (used.has(name.slice(0, name.search(/[-.]/)))) continue;
    rmSync(path.join(folder, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
