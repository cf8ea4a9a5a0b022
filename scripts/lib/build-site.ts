/**
 * Check, keys, then build: the steps `npm run build`, `npm start` and the bench share. The content
 * and the keyring are each read once, here, and handed to Astro's pages through the build context.
 * Astro renders into a private staging folder; only an output that passed encryption and the audit
 * replaces the output folder. On any failure nothing is published, and the output folder is removed.
 * A rebuild draws only the pupils whose pages changed and copies the rest from the last build's
 * private cache (src/lib/rebuild/); anything shared that changed makes it a full build.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { forgetAstroCacheIfContentChanged } from './astro-cache.ts';
import { withBuildLock } from './build-lock.ts';
import { ASTRO_WORKING_FOLDERS, makePrivate, prunePosterCache, withPrivateFiles } from './working-data.ts';
import { withBuildContext, type BuildContext } from '../../src/lib/build-context.ts';
import { LOCAL_SITE, contentFolder, isEditorMode, keyringFolder } from '../../src/lib/config.ts';
import { formatProblems } from '../../src/lib/content/format-problems.ts';
import { displayPath } from '../../src/lib/content/display-path.ts';
import { ensureKeyring, KeyringError, type EnsuredKeyring } from '../../src/lib/keys/keyring.ts';
import { printedLinks, siteAddress, writeLinks } from '../../src/lib/keys/links.ts';
import { drawQrCodes } from '../../src/lib/keys/qr-codes.ts';
import { outputFolderProblem } from '../../src/lib/privacy/output-folder.ts';
import { openStage, removeAbandonedStages } from '../../src/lib/privacy/staging.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { drawPostersOnEveryCore, posterCacheFolder, posterHash, posterInput } from '../../src/lib/symbols/poster.ts';
import { symbolSet } from '../../src/lib/symbols/symbol-sets.ts';
import { recordTiming } from '../../src/lib/timings.ts';
import {
  planRebuild,
  readEarlierBuild,
  saveRebuildCache,
  type EarlierBuild,
  type RebuildPlan,
} from '../../src/lib/rebuild/rebuild-plan.ts';
import { rebuildCacheFolder } from '../../src/lib/rebuild/page-cache.ts';
import { recallCheck, keepCheck } from '../../src/lib/rebuild/check-cache.ts';
import { codeVersion } from '../../src/lib/rebuild/render-keys.ts';
import { sealSearchIndex } from '../../src/integrations/search-index.ts';

export interface Built {
  content: SchoolContent;
  keys: EnsuredKeyring;
  /** What the build drew: every pupil, or only those whose pages changed (the rest were copied). */
  drawn?: { full: boolean; reason: string; pupils: string[]; copied: number };
}

export interface BuildOptions {
  outDir: string;
  quiet?: boolean;
  /** Draws every page, whatever the rebuild cache holds (npm run build -- --full). */
  full?: boolean;
  /** Runs once the content and the keyring are ready, before rendering: npm start makes the SENCO's passphrase here. */
  beforeRender?: (built: Built) => Promise<void>;
}

/**
 * Builds the site into outDir. Waits while another build of this project runs (they would share
 * Astro's cache). Returns undefined, having said why, when nothing was published; the output folder
 * is then removed, so a site from an earlier build cannot be taken for this one.
 */
export async function buildSite(options: BuildOptions): Promise<Built | undefined> {
  if (isEditorMode()) {
    console.error(EDITOR_MODE_REFUSAL);
    return undefined;
  }
  if (!outputFolderAllowed(options.outDir)) return undefined;
  const built = await withBuildLock(async () => {
    const prepared = prepareBuild(options.full ?? false);
    if (!prepared) return undefined;
    await options.beforeRender?.(prepared.built);
    return renderAndPublish(prepared, options);
  });
  if (!built) rmSync(options.outDir, { recursive: true, force: true });
  return built;
}

/** What a build says when the editor's server mode is on: the editor must never reach a published site. */
export const EDITOR_MODE_REFUSAL =
  "The editor's server mode is on (WAYPOINT_EDITOR=1), and a build never runs with it: nothing of the editor may reach a published site.\n" +
  'To fix it: build in a terminal where npm run edit is not running, or unset WAYPOINT_EDITOR.\nNothing was built.';

/** Refuses, with a message, an output folder a build must not replace. */
function outputFolderAllowed(outDir: string): boolean {
  const problem = outputFolderProblem(outDir, { project: process.cwd(), content: contentFolder(), keyring: keyringFolder() });
  if (problem) console.error(problem);
  return !problem;
}

/** What a build has once the content is checked and the keys are ready. */
interface Prepared {
  built: Built;
  /** The code's version, as the check's cache and the rebuild plan both key on it: taken once a build. */
  code: string;
  /** The last build's cache, its files being checked in a worker thread (none when every page is drawn). */
  earlier: EarlierBuild | undefined;
}

/** Reads and checks the content, then reads the keyring and adds any missing page keys. Once each. */
function prepareBuild(full: boolean): Prepared | undefined {
  let started = performance.now();
  // What the last build of this code read (each file, each text's plain-language findings) is not read again.
  const cache = rebuildCacheFolder();
  const code = codeVersion();
  // The last build's pages are checked in a worker thread while the content is checked here.
  const earlier = full ? undefined : readEarlierBuild(cache, code);
  if (!full) recallCheck(cache, code);
  const loaded = loadContent(contentFolder());
  const { content } = loaded;
  // Plan quality and plain language: warnings, unless a sentence is over the limit or the school is strict.
  const problems = [...loaded.problems, ...(content ? checkQuality(content).problems : [])];
  if (content) keepCheck(cache, code);
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
  recordTiming('keys', performance.now() - started);
  if (keys.familiesWithoutPassphrase.length > 0) {
    console.error(
      `The school asks families for a passphrase as well as the link, but ${keys.familiesWithoutPassphrase.length} famil${keys.familiesWithoutPassphrase.length === 1 ? 'y has' : 'ies have'} none yet.\n` +
        'To fix it: run npm run keys to make their passphrases, and give each family theirs separately from the link.\nNothing was built.',
    );
    return undefined;
  }
  if (keys.created) console.log('Made a new keyring for this school (it is git-ignored; back it up with npm run keys -- backup).');
  if (keys.staffKeyReplacedFor.length > 0) {
    console.log(
      `Made a new staff key, because ${keys.staffKeyReplacedFor.join(', ')} can no longer sign in. Everyone else signs in again once.`,
    );
  }
  return { built: { content, keys }, code, earlier };
}

/**
 * Renders, encrypts and audits in a private staging folder, then moves the output into place and
 * writes the links. Every file written on the way is its owner's alone (umask 077); the published
 * files get the usual modes as they move into place.
 */
function renderAndPublish(
  { built: { content, keys }, code, earlier }: Prepared,
  { outDir, quiet = false, full = false }: BuildOptions,
): Promise<Built | undefined> {
  // Astro would otherwise try to send usage data: nothing may leave this machine during a build.
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const staffWithoutKeys = content.staff.filter((member) => !keys.keyring.staff[member.id]).length;
  if (staffWithoutKeys > 0) console.log(`${staffWithoutKeys} member(s) of staff cannot sign in yet: npm run keys gives them passphrases.`);
  return withPrivateFiles(async (publicUmask) => {
    removeAbandonedStages(outDir);
    const stage = openStage(outDir);
    const cache = rebuildCacheFolder();
    makePrivate(cache);
    let started = performance.now();
    const rebuild = await planRebuild(content, keys.keyring, cache, { full, earlier, code });
    recordTiming('rebuild plan', performance.now() - started, { drawn: rebuild.render.size, copied: rebuild.reuse.size });
    if (!quiet) console.log(describePlan(rebuild));
    const context: BuildContext = {
      content,
      keyring: keys.keyring,
      preview: false,
      posters: { folder: posterCacheFolder(), used: new Set() },
      rebuild,
    };
    try {
      for (const folder of [...ASTRO_WORKING_FOLDERS, context.posters.folder]) makePrivate(path.resolve(folder));
      // Posters are the slowest part of a first build: drawn in worker threads while Astro renders
      // (mostly on one core); the pages only name them, and the encryption waits for them.
      context.posters.drawing = drawPostersOnEveryCore(
        { ...content, pupils: content.pupils.filter((pupil) => rebuild.render.has(pupil.id)) },
        context.posters.folder,
      );
      context.posters.drawing.catch(() => undefined); // awaited before encryption; a failed build reports its own error
      // The letters' QR codes are drawn on the core Astro leaves idle while it renders.
      const site = siteAddress(content);
      const codes = drawQrCodes(printedLinks(keys.keyring, content, site));
      codes.catch(() => undefined); // awaited below; a failed build must not also report this
      started = performance.now();
      forgetAstroCacheIfContentChanged(content.folder);
      const { build } = await import('astro');
      await withBuildContext(context, () => {
        // The search index is made from the content, not the pages (its addresses from the context):
        // Pagefind indexes in its own process while Astro renders; the sealed files wait in memory.
        context.search = sealSearchIndex(content, keys.keyring);
        context.search.catch(() => undefined); // awaited once the pages are drawn; a failed build reports its own error
        return build({ root: process.cwd(), outDir: stage.site, logLevel: quiet ? 'silent' : 'error' });
      });
      recordTiming('astro build', performance.now() - started);
      // The audited pupil pages, kept privately for the next build to copy.
      started = performance.now();
      const manifest = saveRebuildCache(stage.site, rebuild, keys.keyring);
      recordTiming('rebuild cache', performance.now() - started);
      started = performance.now();
      await stage.publish(publicUmask);
      recordTiming('publish', performance.now() - started);
      // The pupils whose pages were copied keep their posters too: the next change to them starts from there.
      for (const hash of copiedPosters(content, rebuild)) context.posters.used.add(hash);
      prunePosterCache(context.posters.folder, context.posters.used);
      started = performance.now();
      await writeLinks(keyringFolder(), keys.keyring, content, site, await codes);
      if (site === LOCAL_SITE && !quiet) {
        console.log(`The family letters point at ${LOCAL_SITE}, this computer: set site: in school.yaml before printing them.`);
      }
      recordTiming('links', performance.now() - started);
      const { full: wasFull, reason, rendered, reused } = manifest.lastBuild;
      return { content, keys, drawn: { full: wasFull, reason, pupils: rendered, copied: reused } };
    } catch (error) {
      console.error(`The build stopped, and nothing was published (${displayPath(outDir)} is removed).`);
      console.error(error instanceof Error ? error.message : String(error));
      return undefined;
    } finally {
      stage.close();
    }
  });
}

/** What the build is about to draw, in a line. */
function describePlan(plan: RebuildPlan): string {
  if (plan.full) return `Drawing every page (${plan.reason}).`;
  const drawn = plan.render.size;
  return `Drawing the pages of ${drawn} pupil${drawn === 1 ? '' : 's'} whose plans changed; copying ${plan.reuse.size} unchanged from the last build.`;
}

/** The poster of each pupil whose pages this build copied from the last one (as PlanPoster.astro names it). */
function copiedPosters(content: SchoolContent, plan: RebuildPlan): string[] {
  if (plan.reuse.size === 0) return [];
  const set = symbolSet(content.folder);
  return content.pupils.filter((pupil) => plan.reuse.has(pupil.id)).map((pupil) => posterHash(posterInput(content, pupil, set), set));
}
