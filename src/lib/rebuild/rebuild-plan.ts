/**
 * Which pupils' pages a build draws, and which it copies from the last build. A pupil's pages are
 * copied only when their render key (render-keys.ts) is the one the cached pages were drawn for and
 * every cached file is intact; anything shared that changed, or a cache that is missing, damaged or
 * from other code, makes it a full build. Pages that list many pupils are drawn on every build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SchoolContent } from '../content/school-content.ts';
import type { Keyring } from '../keys/keyring.ts';
import { cachedFilesIntact, intactFiles, readManifest, storeFile, writeManifest, type CachedPupil, type Manifest } from './page-cache.ts';
import { pupilKey, pupilPageKeys, RENDER_KEY_FORMAT, sharedKey } from './render-keys.ts';

export interface RebuildPlan {
  /** The private cache folder the plan was made from, and the next build's cache is written to. */
  cache: string;
  code: string;
  shared: string;
  /** Every pupil drawn (and why), or only those whose pages changed. */
  full: boolean;
  reason: string;
  /** Each pupil's render key. */
  keys: Map<string, string>;
  /** The pupils whose pages Astro draws in this build. */
  render: Set<string>;
  /** The pupils whose pages are copied from the last build, with their files. */
  reuse: Map<string, CachedPupil>;
  /** Hashes of the strings the last audit looked for (empty on a full build). */
  audited: ReadonlySet<string>;
  /** Set by the audit: hashes of the strings this build's audit looked for. */
  auditedNow?: string[];
}

/** The last build's cache as this build starts: its manifest, and which of its stored files are intact. */
export interface EarlierBuild {
  manifest?: Manifest | undefined;
  /** Why there is no manifest to start from. */
  reason: string;
  /** The digests whose stored file is intact: checked in a worker thread while the build goes on. */
  intact: Promise<ReadonlySet<string>>;
}

/** Reads the last build's manifest and starts checking every file it names (an error there means none is used). */
export function readEarlierBuild(cache: string, code: string): EarlierBuild {
  const { manifest, reason } = readManifest(cache, code);
  const none: ReadonlySet<string> = new Set();
  return { manifest, reason, intact: manifest ? intactFiles(cache, manifest).catch(() => none) : Promise.resolve(none) };
}

/**
 * Decides what this build draws, for the version of the code the build started with (`code`, from
 * render-keys.ts codeVersion), from the last build's cache (read here unless `earlier` has it).
 */
export async function planRebuild(
  content: SchoolContent,
  keyring: Keyring,
  cache: string,
  options: { code: string; full?: boolean; earlier?: EarlierBuild | undefined },
): Promise<RebuildPlan> {
  const { code } = options;
  const shared = sharedKey(content, keyring, code);
  const keys = new Map(content.pupils.map((pupil) => [pupil.id, pupilKey(content, keyring, shared, pupil.id)]));
  const everything = (reason: string): RebuildPlan => ({
    cache,
    code,
    shared,
    full: true,
    reason,
    keys,
    render: new Set(keys.keys()),
    reuse: new Map(),
    audited: new Set(),
  });
  if (options.full) return everything('a full build was asked for');
  const { manifest, reason, intact } = options.earlier ?? readEarlierBuild(cache, code);
  if (!manifest) return everything(reason);
  if (manifest.shared !== shared)
    return everything('something every page shares has changed (school, staff, strategies, groups, the date, keys or code)');
  const stored = await intact;
  const render = new Set<string>();
  const reuse = new Map<string, CachedPupil>();
  for (const [id, key] of keys) {
    const cached = Object.hasOwn(manifest.pupils, id) ? manifest.pupils[id] : undefined;
    if (cached && cached.key === key && cachedFilesIntact(cache, cached, stored)) reuse.set(id, cached);
    else render.add(id);
  }
  return { cache, code, shared, full: false, reason: '', keys, render, reuse, audited: new Set(manifest.audited) };
}

/** The files of one pupil's pages in the output: everything in their three pages' folders. */
function pupilFiles(dist: string, keyring: Keyring, pupilId: string): string[] {
  return pupilPageKeys(pupilId).flatMap((key) => {
    const folder = path.join('v', keyring.pages[key]!.id);
    return readdirSync(path.join(dist, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
      .sort();
  });
}

/**
 * Keeps this build's pupil pages for the next one, once they have passed the audit: the drawn
 * pupils' files are stored, the copied ones keep their entries.
 */
export function saveRebuildCache(dist: string, plan: RebuildPlan, keyring: Keyring): Manifest {
  const pupils: Record<string, CachedPupil> = {};
  for (const [id, key] of plan.keys) {
    pupils[id] = plan.reuse.get(id) ?? { key, files: pupilFiles(dist, keyring, id).map((file) => storeFile(plan.cache, dist, file)) };
  }
  const manifest: Manifest = {
    format: RENDER_KEY_FORMAT,
    code: plan.code,
    shared: plan.shared,
    pupils,
    audited: plan.auditedNow ?? [],
    lastBuild: { full: plan.full, reason: plan.reason, rendered: [...plan.render].sort(), reused: plan.reuse.size },
  };
  writeManifest(plan.cache, manifest);
  return manifest;
}
