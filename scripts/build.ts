/**
 * npm run build [-- --out DIR] — checks the content, then builds the site into dist/ (or DIR).
 * Fails closed: if anything goes wrong, the output folder is removed so nothing half-built can be
 * published.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from './lib/build-site.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.out);
const ok = (await buildSite({ outDir })) !== undefined;
if (!ok) {
  rmSync(outDir, { recursive: true, force: true });
  process.exitCode = 1;
} else console.log(`Built the site into ${path.relative(process.cwd(), outDir) || '.'}.`);
