/**
 * npm run dev — a live preview of the plaintext views while writing plans, on this computer only
 * (http://127.0.0.1:4321, or PORT). Pages use readable addresses and are not encrypted: nothing from
 * it is ever published. A saved edit shows at once, with the checker's problems for that file.
 */
import { dev } from 'astro';
import { forgetAstroCacheIfContentChanged } from './lib/astro-cache.ts';
import { contentFolder, servePort } from '../src/lib/config.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { formatProblems } from '../src/lib/content/format-problems.ts';
import { pageUrl } from '../src/lib/privacy/page-address.ts';

process.env['WAYPOINT_PREVIEW'] = '1';
// Nothing may leave this machine: Astro would otherwise send usage data.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const folder = contentFolder();
const { content, problems } = loadContent(folder);
if (!content) {
  console.error(`${formatProblems(problems, 'The preview needs content it can read.')}`);
  process.exit(1);
}
// Astro's content cache is kept per project: start from this content folder's, and leave it marked
// as this folder's when the preview stops, so the next build of another folder starts afresh.
forgetAstroCacheIfContentChanged(folder);

const server = await dev({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: servePort() } });
const origin = `http://127.0.0.1:${server.address.port}`;
const first = content.pupils[0];
console.log(`\nWaypoint's preview is running at ${origin}/ (this computer only; press Ctrl+C to stop).`);
console.log(`Register: ${origin}${pageUrl({ kind: 'register' })}`);
if (first) {
  for (const view of ['staff', 'family', 'pupil'] as const)
    console.log(
      `${view[0]!.toUpperCase()}${view.slice(1)} view of ${first.plan.name}: ${origin}${pageUrl({ kind: 'plan', view, pupilId: first.id })}`,
    );
}
console.log('Save a plan and the page shows it, with anything the checker finds in it. Never publish from the preview.');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.stop();
  forgetAstroCacheIfContentChanged(folder);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
