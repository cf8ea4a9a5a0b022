/**
 * node scripts/complete-lockfile.ts — adds lock-file entries for other platforms' optional binaries
 * (darwin, win32, arm64…) that npm left out because the registry this project installs from does
 * not hold them. Without the entries `npm ci` refuses the lock file. Each entry names its os and cpu,
 * so npm skips it on every other machine and never tries to fetch it. Run it after `npm install`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS = [
  ['android', 'android'],
  ['darwin', 'darwin'],
  ['linux', 'linux'],
  ['win32', 'win32'],
  ['windows', 'win32'],
  ['freebsd', 'freebsd'],
];
const CPU = ['arm64', 'x64', 'ia32', 'wasm32', 'arm'];

export function completeLock(lock: { packages: Record<string, LockEntry> }): string[] {
  const added: string[] = [];
  for (const entry of Object.values(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (lock.packages[key]) continue;
      const base = name.split('/').at(-1) ?? name;
      const os = OS.find(([word]) => base.includes(word!))?.[1];
      const cpu = CPU.find((word) => base.includes(word));
      lock.packages[key] = { version, optional: true, ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
      added.push(`${name}@${version}`);
    }
  }
  return added;
}

if (import.meta.main) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const added = completeLock(lock);
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `Added ${added.length} lock entries: ${added.join(', ')}` : 'The lock file is complete.');
}
