/**
 * The staging folder on its own: private while a build works in it, moved into place whole (also
 * from another disk), and removed when its build is gone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openStage, removeAbandonedStages } from '../../src/lib/privacy/staging.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'waypoint-staging-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

function stageWithSite(outDir: string, temporary?: string) {
  const stage = openStage(outDir, temporary);
  mkdirSync(path.join(stage.site, 'v', 'page'), { recursive: true, mode: 0o700 });
  writeFileSync(path.join(stage.site, 'index.html'), 'new front page', { mode: 0o600 });
  writeFileSync(path.join(stage.site, 'v', 'page', 'index.html'), 'new ciphertext', { mode: 0o600 });
  return stage;
}

test('is a folder only its owner can open, in the temporary folder, outside the output', () => {
  const stage = openStage(path.join(root, 'dist'));
  try {
    expect(mode(stage.folder)).toBe('700');
    expect(path.dirname(stage.folder)).toBe(os.tmpdir());
  } finally {
    stage.close();
  }
  expect(existsSync(stage.folder)).toBe(false);
});

test('replaces the output whole, with the modes published files usually get, and leaves nothing beside it', async () => {
  const out = path.join(root, 'dist');
  mkdirSync(path.join(out, 'v', 'old-page'), { recursive: true });
  writeFileSync(path.join(out, 'v', 'old-page', 'index.html'), 'old');
  const stage = stageWithSite(out);
  await stage.publish(0o022);
  stage.close();
  expect(readdirSync(path.join(out, 'v'))).toEqual(['page']);
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new front page');
  expect([mode(out), mode(path.join(out, 'v', 'page')), mode(path.join(out, 'index.html'))]).toEqual(['755', '755', '644']);
  expect(readdirSync(root)).toEqual(['dist']);
});

test.skipIf(!existsSync('/dev/shm'))('copies the site into place when the staging folder is on another disk', async () => {
  const out = path.join(root, 'nested', 'dist');
  const stage = stageWithSite(out, '/dev/shm');
  await stage.publish(0o022);
  stage.close();
  expect(readFileSync(path.join(out, 'v', 'page', 'index.html'), 'utf8')).toBe('new ciphertext');
  expect(mode(path.join(root, 'nested'))).toBe('755');
  expect(existsSync(stage.folder)).toBe(false);
});

test('removes the staging folders of builds that are no longer running, and keeps those of running ones', () => {
  const temporary = path.join(root, 'tmp');
  mkdirSync(temporary);
  // A process that has ended: its id is free (unless reused at once, which a test cannot rule out).
  const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  const gone = path.join(temporary, `waypoint-stage-${ended.stdout.trim()}-abc123`);
  const running = path.join(temporary, `waypoint-stage-${process.ppid}-def456`);
  const besideOutput = path.join(root, `.dist.waypoint-stage-next-${ended.stdout.trim()}`);
  for (const folder of [gone, running, besideOutput]) mkdirSync(folder);
  expect(removeAbandonedStages(path.join(root, 'dist'), temporary).sort()).toEqual([besideOutput, gone].sort());
  expect(existsSync(running)).toBe(true);
});
