/**
 * What one build hands to the pages it renders: the content and the keyring, each read once by
 * scripts/lib/build-site.ts, and where this build's posters go. Astro cannot pass arguments to a page,
 * and it runs pages from bundles it writes itself (so they hold their own copy of every module): the
 * build opens the context in this process for as long as Astro runs, under a global key every copy of
 * this file shares, and closes it afterwards. Nothing here reads a file or caches anything.
 */
import type { SchoolContent } from './content/school-content.ts';
import type { Keyring } from './keys/keyring.ts';
import type { RebuildPlan } from './rebuild/rebuild-plan.ts';
import type { SealedSearchIndex } from '../integrations/search-index.ts';

export interface BuildContext {
  /** The school's content, read and checked once for this build. */
  content: SchoolContent;
  /** The keyring, read once for this build. None in a preview. */
  keyring: Keyring | undefined;
  /** `npm run dev`: plaintext pages at readable addresses, on this computer only. */
  preview: boolean;
  /**
   * The poster cache, and the posters this build used (the build keeps only those). In a build the
   * posters are drawn in worker threads while Astro renders (`drawing`, how many it drew): the pages
   * name each poster by its hash, and the encryption waits for them before sealing poster.bin.
   */
  posters: { folder: string; used: Set<string>; drawing?: Promise<number> };
  /**
   * A build's plan of which pupils' pages to draw and which to copy from the last build
   * (rebuild/rebuild-plan.ts). Without one, every page is drawn (the preview, the bench's baseline).
   */
  rebuild?: RebuildPlan | undefined;
  /**
   * The staff search index, sealed, made from the content while Astro renders (Pagefind runs in its
   * own process); the build writes it into its output once the pages are drawn. Without one, it is
   * made then.
   */
  search?: Promise<SealedSearchIndex> | undefined;
}

/** Whether this build draws a pupil's pages (rather than copying them from the last build). */
export function drawsPupil(context: BuildContext, pupilId: string): boolean {
  return !context.rebuild || context.rebuild.render.has(pupilId);
}

const SLOT = Symbol.for('waypoint.build-context');
const holder = globalThis as typeof globalThis & { [SLOT]?: BuildContext };

/** Why a page cannot be drawn: Astro was started on its own, not by Waypoint's build. */
export const STARTED_ALONE =
  "Waypoint's pages can only be built by Waypoint: Astro on its own would publish them unencrypted.\n" +
  'To fix it: run npm run build (or npm start) instead of astro build.';

/** Opens the context for the work (Astro's build), and closes it however the work ends. */
export async function withBuildContext<T>(context: BuildContext, work: () => Promise<T>): Promise<T> {
  if (holder[SLOT]) throw new Error('A Waypoint build is already running in this process.');
  holder[SLOT] = context;
  try {
    return await work();
  } finally {
    delete holder[SLOT];
  }
}

/** Opens a context for the life of this process: `npm run dev`'s preview server. */
export function openPreviewContext(context: BuildContext): void {
  holder[SLOT] ??= context;
}

export const hasBuildContext = (): boolean => holder[SLOT] !== undefined;

/** The running build's context. Throws when there is none: nothing may be drawn outside a build. */
export function buildContext(): BuildContext {
  const context = holder[SLOT];
  if (!context) throw new Error(STARTED_ALONE);
  return context;
}
