/**
 * npm run dev — a live preview of the plaintext views while writing plans, on this computer only.
 * Pages use readable addresses and are not encrypted: nothing from it is ever published.
 */
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, WAYPOINT_PREVIEW: '1', ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
