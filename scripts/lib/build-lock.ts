/**
 * One build at a time in a project: Astro keeps its content cache in the project (.astro/ and
 * node_modules/.astro/), so two builds at once, of different content folders, would mix their
 * caches. A second build waits for the first.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK = path.resolve('node_modules', '.cache', 'waypoint-build.lock');
const WAIT_MS = 200;
const GIVE_UP_MS = 20 * 60_000;

function holderIsAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
  } catch {
    // Just made, and its owner has not written its pid yet: alive, unless it is old.
    try {
      return Date.now() - statSync(LOCK).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await acquireBuildLock();
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * Waits for the lock and takes it; returns the function that gives it back. For work that does not
 * fit one function call, like a dev server that must finish starting before a build may begin.
 */
export async function acquireBuildLock(): Promise<() => void> {
  const started = Date.now();
  let told = false;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      // A lock left by a build that died is taken over; a live one is waited for.
      if (!holderIsAlive()) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > GIVE_UP_MS)
        throw new Error('Another build of this project has been running for 20 minutes. Stop it, then build again.');
      if (!told) console.log('Waiting for another build of this project to finish…');
      told = true;
      await sleep(WAIT_MS);
    }
  }
  return () => rmSync(LOCK, { recursive: true, force: true });
}
