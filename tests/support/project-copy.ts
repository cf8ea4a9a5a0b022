/**
 * A throwaway copy of the project, for tests that must change what the build is made of (a file in
 * public/) or run Astro in a project of its own. node_modules is a folder of links to each package,
 * as `npm run bench` makes it, so Astro's store in node_modules/.astro/ is the copy's own.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const PARTS = ['src', 'scripts', 'bench', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface ProjectCopy {
  root: string;
  remove(): void;
}

export function projectCopy(): ProjectCopy {
  const root = mkdtempSync(path.join(os.tmpdir(), 'waypoint-project-'));
  for (const part of PARTS) {
    cpSync(path.join(PROJECT, part), path.join(root, part), {
      recursive: true,
      filter: (source) => !/[\\/](results|\.astro|dist)$/.test(source),
    });
  }
  mkdirSync(path.join(root, 'node_modules'));
  for (const name of readdirSync(path.join(PROJECT, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(name)) continue;
    symlinkSync(path.join(PROJECT, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
