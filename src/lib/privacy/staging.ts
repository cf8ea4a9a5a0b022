/**
 * Publishing is atomic. A build renders, indexes, encrypts and audits its pages in a private staging
 * folder (0700, in the system's temporary folder: outside the project and outside the output). Only
 * a tree that passed the audit is moved beside the output and swapped in with renames, so whatever
 * stops a build — Ctrl+C, a kill, an exception, running out of memory — leaves no output or the
 * previous complete one, never plaintext. A build stopped by a signal removes its staging folder and
 * the output on the way out (an old site must not pass for the new one); one killed outright cannot,
 * so its private staging folder stays until the next build removes it.
 */
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STAGE_PREFIX = 'waypoint-stage-';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface Stage {
  /** The private folder itself: Astro's output goes in `site`, beneath it. */
  folder: string;
  /** Where Astro renders the site, and where it is encrypted and audited. */
  site: string;
  /** Moves the audited site into the output, its files given the modes `umask` gives (see publishStage). */
  publish(umask: number): Promise<void>;
  /** Removes the staging folder (and any half-moved copy) and stops listening for signals. */
  close(): void;
}

const processIsAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Folders in `parent` named `<prefix><pid>…` whose build is no longer running, and that belong to this user. */
function abandoned(parent: string, pattern: RegExp): string[] {
  if (!existsSync(parent)) return [];
  const uid = process.getuid?.();
  return readdirSync(parent).flatMap((name) => {
    const pid = pattern.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid || processIsAlive(Number(pid))) return [];
    const full = path.join(parent, name);
    const stat = lstatSync(full);
    return stat.isDirectory() && (uid === undefined || stat.uid === uid) ? [full] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const besideName = (outDir: string, kind: 'next' | 'old') => `.${path.basename(outDir)}.${STAGE_PREFIX}${kind}-${process.pid}`;

/** Removes what killed builds left: their staging folders, and half-swapped copies beside the output. */
export function removeAbandonedStages(outDir: string, temporary = os.tmpdir()): string[] {
  const stages = abandoned(temporary, new RegExp(`^${STAGE_PREFIX}(\\d+)-`));
  const beside = abandoned(path.dirname(outDir), new RegExp(`^\\.${escape(path.basename(outDir))}\\.${STAGE_PREFIX}(?:next|old)-(\\d+)$`));
  for (const folder of [...stages, ...beside]) rmSync(folder, { recursive: true, force: true });
  return [...stages, ...beside];
}

/** Gives every file and folder of a published tree the modes the person's umask gives new files. */
function makePublic(folder: string, umask: number): void {
  chmodSync(folder, 0o777 & ~umask);
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    const stat = lstatSync(full);
    if (stat.isDirectory()) makePublic(full, umask);
    else if (stat.isFile()) chmodSync(full, 0o666 & ~umask);
  }
}

/**
 * Opens a private staging folder for a build into `outDir`. Until it is closed, any exit removes it;
 * SIGINT, SIGTERM and SIGHUP also remove the output, unless the new site is already in place, and
 * end the process.
 */
export function openStage(outDir: string, temporary = os.tmpdir()): Stage {
  const folder = mkdtempSync(path.join(temporary, `${STAGE_PREFIX}${process.pid}-`));
  chmodSync(folder, 0o700);
  const site = path.join(folder, 'site');
  let next: string | undefined;
  let published = false;
  const remove = () => {
    rmSync(folder, { recursive: true, force: true });
    if (next) rmSync(next, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    if (!published) rmSync(outDir, { recursive: true, force: true });
    console.error(
      `\nThe build was stopped (${signal}). ${published ? 'The new site had already been published.' : 'Nothing was published.'}`,
    );
    process.exit(128 + (os.constants.signals[signal] ?? 1));
  };
  process.on('exit', remove);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    folder,
    site,
    async publish(umask) {
      // A signal that came while the audit held the thread is handled now, before anything moves:
      // the second turn of the event loop polls for it (the first may be the one already polling).
      for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
      next = path.join(path.dirname(outDir), besideName(outDir, 'next'));
      publishStage(site, outDir, next, umask);
      next = undefined;
      published = true;
    },
    close() {
      remove();
      process.off('exit', remove);
      for (const signal of SIGNALS) process.off(signal, onSignal);
    },
  };
}

/**
 * Moves an audited site into place. It goes beside the output first (a rename when the staging folder
 * is on the same disk, a copy otherwise), takes the ordinary modes of published files, and then
 * replaces the output with two renames: the output is always the old site, the new one, or briefly
 * absent. Every step here is synchronous, so no signal handler runs in between.
 */
function publishStage(site: string, outDir: string, next: string, umask: number): void {
  // Folders made here are public too: the build itself runs with a private umask.
  const made = mkdirSync(path.dirname(outDir), { recursive: true });
  for (let folder = path.dirname(outDir); made && folder.startsWith(made); folder = path.dirname(folder)) chmodSync(folder, 0o777 & ~umask);
  rmSync(next, { recursive: true, force: true });
  try {
    renameSync(site, next);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(site, next, { recursive: true });
  }
  makePublic(next, umask);
  if (!existsSync(outDir)) {
    renameSync(next, outDir);
    return;
  }
  const old = path.join(path.dirname(outDir), besideName(outDir, 'old'));
  rmSync(old, { recursive: true, force: true });
  renameSync(outDir, old);
  renameSync(next, outDir);
  rmSync(old, { recursive: true, force: true });
}
