/** Builds a content folder into a temporary dist/ with its own keyring, for tests that read the output. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addStaffKeys, emptyKeyring, readKeyring, writeKeyring, type Keyring } from '../../src/lib/keys/keyring.ts';

export interface BuildRun {
  env?: Record<string, string>;
  nodeOptions?: string[];
  out?: string;
}

export interface BuiltFixture {
  dir: string;
  dist: string;
  keys: string;
  keyring: () => Keyring;
  /** Builds with `npm run build`'s script; `env`, Node options and another output folder may be given. */
  build: (options?: BuildRun) => { status: number; output: string };
  /** The environment a build of this fixture runs with. */
  env: Record<string, string | undefined>;
  remove: () => void;
}

/** A build folder whose keyring already holds a staff key for `staffId`, opened by `passphrase`. */
export async function fixtureBuild(content: string, staffId: string, passphrase: string): Promise<BuiltFixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-build-'));
  const dist = path.join(dir, 'dist');
  const keys = path.join(dir, 'keys');
  const keyring = emptyKeyring();
  await addStaffKeys(keyring, staffId, passphrase);
  writeKeyring(keyring, keys);
  const env = { ...process.env, WAYPOINT_CONTENT: content, WAYPOINT_PRIVATE: keys, WAYPOINT_TODAY: '2026-11-22' };
  const build = ({ env: extra = {}, nodeOptions = [], out = dist }: BuildRun = {}) => {
    try {
      const output = execFileSync(process.execPath, [...nodeOptions, 'scripts/build.ts', '--out', out], {
        env: { ...env, ...extra },
        stdio: 'pipe',
        encoding: 'utf8',
      });
      return { status: 0, output };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
    }
  };
  return { dir, dist, keys, env, keyring: () => readKeyring(keys)!, build, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
