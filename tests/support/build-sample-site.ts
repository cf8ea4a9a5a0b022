/**
 * Builds a site once for the browser tests (the sample school, or WAYPOINT_CONTENT) into a temporary
 * folder, with a temporary keyring whose SENCO has a known passphrase, and serves it on 127.0.0.1.
 * Tests get what they need through inject().
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentFolder } from '../../src/lib/config.ts';
import { addStaffKeys, emptyKeyring, writeKeyring } from '../../src/lib/keys/keyring.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    /** The keyring the site was built with: links.json and keyring.json are in it. */
    keyringDir: string;
    /** The SENCO's staff id and passphrase, for signing in. */
    staffId: string;
    staffPassphrase: string;
  }
}

export const STAFF_PASSPHRASE = 'browser tests only sign in here';

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-e2e-'));
  const siteDir = path.join(dir, 'dist');
  const keyringDir = path.join(dir, 'keys');
  const { content } = loadContent(contentFolder());
  if (!content) throw new Error('The content has problems: run npm run check.');
  const keyring = emptyKeyring();
  await addStaffKeys(keyring, content.school.senco, STAFF_PASSPHRASE);
  writeKeyring(keyring, keyringDir);
  process.env['WAYPOINT_PRIVATE'] = keyringDir;
  execFileSync(process.execPath, ['scripts/build.ts', '--out', siteDir], {
    stdio: 'inherit',
    env: { ...process.env, WAYPOINT_PRIVATE: keyringDir, WAYPOINT_TODAY: process.env['WAYPOINT_TODAY'] ?? '2026-11-22' },
  });
  const server = await serveStatic(siteDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('keyringDir', keyringDir);
  project.provide('staffId', content.school.senco);
  project.provide('staffPassphrase', STAFF_PASSPHRASE);
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
