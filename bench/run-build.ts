/**
 * One timed build for `npm run bench`, run in a child process so its peak memory is its own:
 *   node bench/run-build.ts waypoint <outDir> [full|rebuild]   (cwd: the project root; WAYPOINT_CONTENT, WAYPOINT_PRIVATE set)
 *     full (the default) draws every page; rebuild copies unchanged pupils' pages from the last build.
 *   node bench/run-build.ts baseline <outDir>   (cwd: bench/baseline; WAYPOINT_CONTENT set)
 * Prints one JSON line: { ok, ms, maxRssMb }.
 */
import path from 'node:path';
import type { Keyring } from '../src/lib/keys/keyring.ts';

const [kind, out, mode = 'full'] = process.argv.slice(2);
if ((kind !== 'waypoint' && kind !== 'baseline') || !out) throw new Error('Usage: run-build.ts waypoint|baseline <outDir>');
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const outDir = path.resolve(out);
const started = performance.now();
let ok: boolean;
if (kind === 'waypoint') {
  const { buildSite } = await import('../scripts/lib/build-site.ts');
  ok = (await buildSite({ outDir, quiet: true, full: mode !== 'rebuild' })) !== undefined;
} else {
  // The baseline's pages read the content through Waypoint's build context, as Waypoint's do; it
  // renders plaintext (readable addresses, no keys) of the generated, fictional school only.
  const { loadContent } = await import('../src/lib/content/load-content.ts');
  const { contentFolder } = await import('../src/lib/config.ts');
  const { withBuildContext } = await import('../src/lib/build-context.ts');
  const { content } = loadContent(contentFolder());
  if (!content) throw new Error('The generated school does not load: run npm run check on it.');
  const { build } = await import('astro');
  // Readable page ids (as `npm run dev` gives) from a keyring of ids only, not the preview itself: in a
  // preview every getSchool() looks at every content file for changes, which made the baseline's
  // render grow with pages × files (5 minutes instead of about 1 at 1,500 pupils).
  const { pageKey, privatePages } = await import('../src/lib/routes.ts');
  const pages = Object.fromEntries(
    privatePages(content).map((page) => [pageKey(page), { id: pageKey(page).replace(/[^A-Za-z0-9]+/g, '-') }]),
  );
  // The baseline's pages read only page ids from the keyring: it has no keys to give them.
  const keyring = { pages } as unknown as Keyring;
  const context = { content, keyring, preview: false, posters: { folder: outDir, used: new Set<string>() } };
  await withBuildContext(context, () => build({ root: process.cwd(), outDir, logLevel: 'error' }));
  ok = true;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ok, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
