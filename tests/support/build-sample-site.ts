/**
 * Builds a site once for the browser tests (the sample school, or WAYPOINT_CONTENT) into a temporary
 * folder and serves it on 127.0.0.1. Tests get its address and folder through inject().
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-e2e-'));
  const siteDir = path.join(dir, 'dist');
  execFileSync(process.execPath, ['scripts/build.ts', '--out', siteDir], {
    stdio: 'inherit',
    env: { ...process.env, WAYPOINT_TODAY: process.env['WAYPOINT_TODAY'] ?? '2026-11-22' },
  });
  const server = await serveStatic(siteDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
