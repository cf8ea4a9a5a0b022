/**
 * The editor never reaches a build: `npm run build` refuses while the editor's server mode is on,
 * and Astro refuses to build the editor's own configuration. (tests/e2e/editor.test.ts checks that
 * a built site holds nothing of the editor.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { EDITOR_MODE_REFUSAL } from '../../scripts/lib/build-site.ts';
import { EDITOR_NEVER_BUILT } from '../../src/editor/editor-only.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
let scratch: string | undefined;
afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test("npm run build refuses to run while the editor's server mode is on", () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'waypoint-editor-mode-'));
  const out = path.join(scratch, 'dist');
  const { status, output } = run(['scripts/build.ts', '--out', out], {
    WAYPOINT_EDITOR: '1',
    WAYPOINT_PRIVATE: path.join(scratch, 'keys'),
  });
  expect(output).toContain(EDITOR_MODE_REFUSAL);
  expect(status).toBe(1);
  expect(existsSync(out)).toBe(false);
  expect(existsSync(path.join(scratch, 'keys'))).toBe(false);
});

test("astro build refuses the editor's own configuration", { timeout: 120_000 }, () => {
  const { status, output } = run(['node_modules/astro/bin/astro.mjs', 'build', '--config', 'astro.editor.config.mjs']);
  expect(output).toContain(EDITOR_NEVER_BUILT);
  expect(status).not.toBe(0);
  expect(existsSync(path.join(PROJECT, 'node_modules/.cache/waypoint-editor-is-never-built'))).toBe(false);
});
