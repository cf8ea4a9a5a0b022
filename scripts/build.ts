/**
 * npm run build — checks the content, then builds the site into dist/. Fails closed: if anything
 * goes wrong, dist/ is removed so nothing half-built can be published.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from './lib/build-site.ts';

const dist = path.resolve('dist');
const ok = await buildSite({ outDir: dist });
if (!ok) {
  rmSync(dist, { recursive: true, force: true });
  process.exitCode = 1;
}
