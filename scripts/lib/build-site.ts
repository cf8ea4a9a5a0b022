/** Check, then build: the steps `npm run build` and `npm start` share. Returns false on any failure. */
import { rmSync } from 'node:fs';
import { contentFolder } from '../../src/lib/content-folder.ts';
import { formatProblems } from '../../src/lib/format-problems.ts';
import { loadContent } from '../../src/lib/load-content.ts';

export async function buildSite({ outDir, quiet = false }: { outDir: string; quiet?: boolean }): Promise<boolean> {
  // Astro would otherwise try to send usage data: nothing may leave this machine during a build.
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  rmSync(outDir, { recursive: true, force: true });
  const { content, problems } = loadContent(contentFolder());
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!content || errors.length > 0) {
    console.error(formatProblems(problems, 'Nothing was built.'));
    return false;
  }
  try {
    const { build } = await import('astro');
    await build({ root: process.cwd(), outDir, logLevel: quiet ? 'silent' : 'error' });
    return true;
  } catch (error) {
    console.error('The build stopped, and nothing was published.');
    console.error(error instanceof Error ? error.message : String(error));
    rmSync(outDir, { recursive: true, force: true });
    return false;
  }
}
