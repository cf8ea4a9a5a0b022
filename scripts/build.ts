/**
 * npm run build [-- --out DIR] [-- --full] — checks the content, then builds the site into dist/ (or DIR).
 * A rebuild draws only the pupils whose pages changed; --full draws every page.
 * Publishes atomically: the site is rendered, encrypted and audited in a private staging folder, and
 * only then replaces DIR. If anything goes wrong, nothing is published and DIR is removed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from './lib/build-site.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, full: { type: 'boolean', default: false } } });
const outDir = path.resolve(values.out);
if ((await buildSite({ outDir, full: values.full })) === undefined) process.exitCode = 1;
else console.log(`Built the site into ${path.relative(process.cwd(), outDir) || '.'}.`);
