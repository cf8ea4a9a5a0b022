/**
 * Starts `npm run edit` (scripts/edit.ts) for a copy of the sample school's content, on a free port,
 * and stops it again. The editor writes into the copy, never into content/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EditorServer {
  url: string;
  port: number;
  /** The copy of the content folder the editor edits. */
  folder: string;
  /** Everything the editor has printed. */
  output: () => string;
  stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export async function startEditor(content = path.resolve('content')): Promise<EditorServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-editor-'));
  const folder = path.join(dir, 'content');
  cpSync(content, folder, { recursive: true });
  const port = await freePort();
  let output = '';
  // The editor runs as a SENCO starts it, without the test runner's settings (VITEST, TEST…).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$)/.test(name)));
  const child: ChildProcess = spawn(process.execPath, ['scripts/edit.ts'], {
    env: { ...env, WAYPOINT_CONTENT: folder, WAYPOINT_EDITOR_PORT: String(port), WAYPOINT_EDITOR_OPEN: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // The first start bundles Keystatic's dependencies, which can take a minute on a slow machine.
  for (let waited = 0; waited < 150_000; waited += 500) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/keystatic`, { signal: AbortSignal.timeout(20_000) })).ok)
        return { url, port, folder, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`The editor did not start:\n${output}`);
}
