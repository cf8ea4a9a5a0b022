/**
 * Check, keys, then build: the steps `npm run build` and `npm start` share. Returns false on any
 * failure, having removed the output folder (fail closed).
 */
import { rmSync } from 'node:fs';
import { forgetAstroCacheIfContentChanged } from './astro-cache.ts';
import { withBuildLock } from './build-lock.ts';
import { contentFolder, keyringFolder } from '../../src/lib/config.ts';
import { formatProblems } from '../../src/lib/content/format-problems.ts';
import { ensureKeyring, KeyringError, type EnsuredKeyring } from '../../src/lib/privacy/keyring.ts';
import { LOCAL_SITE, siteAddress, writeLinks } from '../../src/lib/privacy/links.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { recordTiming } from '../../src/lib/timings.ts';

export interface Built {
  content: SchoolContent;
  keys: EnsuredKeyring;
}

export interface BuildOptions {
  outDir: string;
  quiet?: boolean;
}

/** Builds the site; waits while another build of this project runs (they would share Astro's cache). */
export const buildSite = (options: BuildOptions): Promise<Built | undefined> => withBuildLock(() => buildUnlocked(options));

async function buildUnlocked({ outDir, quiet = false }: BuildOptions): Promise<Built | undefined> {
  // Astro would otherwise try to send usage data: nothing may leave this machine during a build.
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  rmSync(outDir, { recursive: true, force: true });
  let started = performance.now();
  const loaded = loadContent(contentFolder());
  const { content } = loaded;
  // Plan quality and plain language: warnings, unless a sentence is over the limit or the school is strict.
  const problems = [...loaded.problems, ...(content ? checkQuality(content).problems : [])];
  const errors = problems.filter((problem) => problem.severity === 'error');
  recordTiming('check', performance.now() - started);
  if (!content || errors.length > 0) {
    console.error(formatProblems(problems, 'Nothing was built.'));
    return undefined;
  }
  let keys: EnsuredKeyring;
  started = performance.now();
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
    recordTiming('keys', performance.now() - started);
    started = performance.now();
    forgetAstroCacheIfContentChanged(contentFolder());
    const { build } = await import('astro');
    await build({ root: process.cwd(), outDir, logLevel: quiet ? 'silent' : 'error' });
    recordTiming('astro build', performance.now() - started);
    started = performance.now();
    const site = siteAddress(content);
    await writeLinks(keyringFolder(), keys.keyring, content, site);
    if (site === LOCAL_SITE && !quiet) {
      console.log(`The family letters point at ${LOCAL_SITE}, this computer: set site: in school.yaml before printing them.`);
    }
    recordTiming('links', performance.now() - started);
    return { content, keys };
  } catch (error) {
    console.error('The build stopped, and nothing was published.');
    console.error(error instanceof Error ? error.message : String(error));
    rmSync(outDir, { recursive: true, force: true });
    return undefined;
  }
}
