/**
 * npm start — builds the school in the content folder and serves it on localhost, then prints how
 * to open each view.
 */
import path from 'node:path';
import { contentFolder } from '../src/lib/content-folder.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { planUrl, REGISTER_URL } from '../src/lib/routes.ts';
import { buildSite } from './lib/build-site.ts';
import { serve } from './lib/serve.ts';

const outDir = path.resolve('dist');
console.log('Checking and building the school…');
if (!(await buildSite({ outDir }))) {
  process.exitCode = 1;
} else {
  const { content } = loadContent(contentFolder());
  const port = Number(process.env['PORT'] ?? 4321);
  const site = await serve(outDir, port);
  const first = content?.pupils.find((pupil) => pupil.plan.planStatus === 'active');
  console.log(`\nWaypoint is running at ${site}/ (press Ctrl+C to stop).\n`);
  console.log(`  Staff register:  ${site}${REGISTER_URL}`);
  if (first) {
    console.log(`  A staff view:    ${site}${planUrl('staff', first.id)}`);
    console.log(`  A family view:   ${site}${planUrl('family', first.id)}`);
    console.log(`  A pupil view:    ${site}${planUrl('pupil', first.id)}`);
  }
  console.log('\nThese pages are not encrypted yet: serve them on this computer only and never publish dist/.');
}
