/**
 * One timed build for `npm run bench`, run in a child process so its peak memory is its own:
 *   node bench/run-build.ts waypoint <outDir>   (cwd: the project root; WAYPOINT_CONTENT, WAYPOINT_PRIVATE set)
 *   node bench/run-build.ts baseline <outDir>   (cwd: bench/baseline; WAYPOINT_CONTENT set)
 * Prints one JSON line: { ok, ms, maxRssMb }.
 */
import path from 'node:path';

const [kind, out] = process.argv.slice(2);
if ((kind !== 'waypoint' && kind !== 'baseline') || !out) throw new Error('Usage: run-build.ts waypoint|baseline <outDir>');
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const outDir = path.resolve(out);
const started = performance.now();
let ok: boolean;
if (kind === 'waypoint') {
  const { buildSite } = await import('../scripts/lib/build-site.ts');
  ok = (await buildSite({ outDir, quiet: true })) !== undefined;
} else {
  // The baseline's pages read the content through Waypoint's build context, as Waypoint's do; it
  // renders plaintext (preview addresses, no keyring) of the generated, fictional school only.
  const { loadContent } = await import('../src/lib/content/load-content.ts');
  const { contentFolder } = await import('../src/lib/config.ts');
  const { withBuildContext } = await import('../src/lib/build-context.ts');
  const { content } = loadContent(contentFolder());
  if (!content) throw new Error('The generated school does not load: run npm run check on it.');
  const { build } = await import('astro');
  const context = { content, keyring: undefined, preview: true, posters: { folder: outDir, used: new Set<string>() } };
  await withBuildContext(context, () => build({ root: process.cwd(), outDir, logLevel: 'error' }));
  ok = true;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ok, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
