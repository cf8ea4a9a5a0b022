/**
 * Check, keys, then build: the steps `npm run build` and `npm start` share. Returns false on any
 * failure, having removed the output folder (fail closed).
 */
import { rmSync } from 'node:fs';
import { contentFolder } from '../../src/lib/content-folder.ts';
import { formatProblems } from '../../src/lib/format-problems.ts';
import { ensureKeyring, KeyringError, keyringFolder, type EnsuredKeyring } from '../../src/lib/keyring.ts';
import { siteAddress, writeLinks } from '../../src/lib/links.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import type { SchoolContent } from '../../src/lib/school-content.ts';

export interface Built {
  content: SchoolContent;
  keys: EnsuredKeyring;
}

export async function buildSite({ outDir, quiet = false }: { outDir: string; quiet?: boolean }): Promise<Built | undefined> {
  // Astro would otherwise try to send usage data: nothing may leave this machine during a build.
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  rmSync(outDir, { recursive: true, force: true });
  const { content, problems } = loadContent(contentFolder());
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!content || errors.length > 0) {
    console.error(formatProblems(problems, 'Nothing was built.'));
    return undefined;
  }
  let keys: EnsuredKeyring;
  try {
    keys = ensureKeyring({ content });
  } catch (error) {
    if (!(error instanceof KeyringError)) throw error;
    console.error(`${error.message}\nNothing was built.`);
    return undefined;
  }
  if (keys.familiesWithoutPassphrase.length > 0) {
    console.error(
      `The school asks families for a passphrase as well as the link, but ${keys.familiesWithoutPassphrase.length} famil${keys.familiesWithoutPassphrase.length === 1 ? 'y has' : 'ies have'} none yet.\n` +
        'To fix it: run npm run keys to make their passphrases, and give each family theirs separately from the link.\nNothing was built.',
    );
    return undefined;
  }
  if (keys.created) console.log('Made a new keyring for this school (it is git-ignored; back it up with npm run keys -- backup).');
  if (keys.staffWithoutKeys.length > 0) {
    console.log(`${keys.staffWithoutKeys.length} member(s) of staff cannot sign in yet: npm run keys gives them passphrases.`);
  }
  try {
    const { build } = await import('astro');
    await build({ root: process.cwd(), outDir, logLevel: quiet ? 'silent' : 'error' });
    await writeLinks(keyringFolder(), keys.keyring, content, siteAddress(content));
    return { content, keys };
  } catch (error) {
    console.error('The build stopped, and nothing was published.');
    console.error(error instanceof Error ? error.message : String(error));
    rmSync(outDir, { recursive: true, force: true });
    return undefined;
  }
}
