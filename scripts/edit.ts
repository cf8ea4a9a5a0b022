/**
 * npm run edit — the form editor for the content folder (content/, or WAYPOINT_CONTENT), on this
 * computer only: it listens on 127.0.0.1 and nothing else can reach it. It is Keystatic in local
 * mode, with Waypoint's forms; saving writes the files in the content folder.
 */
import { spawn } from 'node:child_process';
import { contentFolder, editorPort } from '../src/lib/config.ts';
import { displayPath } from '../src/lib/content/display-path.ts';

const port = editorPort();
console.log(`Starting the editor for ${displayPath(contentFolder())} at http://127.0.0.1:${port}/keystatic (press Ctrl+C to stop)…`);
const child = spawn(
  process.execPath,
  // --ignore-lock: the editor may run beside npm run dev (Astro otherwise allows one dev server a project).
  [
    'node_modules/astro/bin/astro.mjs',
    'dev',
    '--config',
    'astro.editor.config.mjs',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--ignore-lock',
  ],
  // Astro would otherwise send usage data: the editor makes no request off this computer.
  // NODE_ENV is the editor's own: with another (a test runner's "test") Vite bundles the editor's libraries anew.
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development', WAYPOINT_EDITOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
