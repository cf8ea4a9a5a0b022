/**
 * The rebuild cache: each pupil's published pages (ciphertext: page, revision file, print poster) as
 * the last build wrote and audited them, with the render key they were drawn for. It lives in the
 * private cache folder (cacheFolder()/rebuild, folders 0700, files 0600), not in the output, which a
 * person or a deploy tool may change or delete, and whose files only a build's own audit vouches for.
 * Files are stored by the SHA-256 of their bytes and checked against it before they are used again
 * (in a worker thread, while the build checks the content);
 * the manifest is written last, through a temporary file and a rename, so a build stopped at any
 * point leaves the previous cache or the new one, never half of one. Anything unexpected — no
 * manifest, an unreadable one, another format or code version, a missing or changed file — means a
 * full build.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writePrivateFile } from '../privacy/private-file.ts';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { cacheFolder } from '../config.ts';
import { RENDER_KEY_FORMAT } from './render-keys.ts';
import { mapInWorkers, type WorkerTask } from '../workers.ts';

/** One published file of a pupil's pages: its path in the output, and the SHA-256 of its bytes. */
export interface CachedFile {
  path: string;
  digest: string;
}

export interface CachedPupil {
  /** The render key the pages were drawn for. */
  key: string;
  files: CachedFile[];
}

export interface Manifest {
  format: typeof RENDER_KEY_FORMAT;
  code: string;
  shared: string;
  pupils: Record<string, CachedPupil>;
  /**
   * Hashes of the strings the last audit looked for (secret-strings.ts): a copied file passed that
   * audit, so it needs auditing only for strings added since.
   */
  audited: string[];
  /** What the build that wrote this cache drew: every pupil, or these. */
  lastBuild: { full: boolean; reason: string; rendered: string[]; reused: number };
}

export const rebuildCacheFolder = () => path.join(cacheFolder(), 'rebuild');
const blobFolder = (cache: string) => path.join(cache, 'files');
const manifestFile = (cache: string) => path.join(cache, 'manifest.json');

export const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const DIGEST = /^[0-9a-f]{64}$/;

/** The manifest, if there is one this code can trust the shape of; otherwise undefined. */
export function readManifest(cache: string, code: string): { manifest?: Manifest; reason: string } {
  let parsed: Partial<Manifest>;
  try {
    if (!existsSync(manifestFile(cache))) return { reason: 'there is no earlier build to start from' };
    parsed = JSON.parse(readFileSync(manifestFile(cache), 'utf8')) as Partial<Manifest>;
  } catch {
    return { reason: 'the rebuild cache could not be read' };
  }
  if (parsed.format !== RENDER_KEY_FORMAT || typeof parsed.shared !== 'string' || !parsed.pupils || !Array.isArray(parsed.audited)) {
    return { reason: 'the rebuild cache is from another version of Waypoint' };
  }
  if (parsed.code !== code) return { reason: "Waypoint's code has changed since the last build" };
  return { manifest: parsed as Manifest, reason: '' };
}

/**
 * Whether every file of a cached pupil is there with the bytes its digest says: read and hashed
 * here, or looked up in `intact`, the stored files intactFiles found so.
 */
export function cachedFilesIntact(cache: string, pupil: CachedPupil, intact?: ReadonlySet<string>): boolean {
  return pupil.files.every(
    (file) =>
      DIGEST.test(file.digest) && isSafeRelative(file.path) && (intact ? intact.has(file.digest) : storedFileIntact(cache, file.digest)),
  );
}

/** Whether the stored file of this digest is there with the bytes the digest says. */
function storedFileIntact(cache: string, digest: string): boolean {
  try {
    return digestOf(readFileSync(path.join(blobFolder(cache), digest))) === digest;
  } catch {
    return false;
  }
}

/** Run in a worker thread (src/lib/workers.ts): the digests whose stored file is intact. */
export const workerTask: WorkerTask<{ cache: string; digests: string[] }, string[]> = ({ cache, digests }) =>
  digests.filter((digest) => storedFileIntact(cache, digest));

/**
 * The stored files of a manifest that are there with the bytes their digests say, each read and
 * hashed in a worker thread, so the build checks the content meanwhile.
 */
export async function intactFiles(cache: string, manifest: Manifest): Promise<Set<string>> {
  const digests = [...new Set(Object.values(manifest.pupils).flatMap((pupil) => pupil.files.map((file) => file.digest)))];
  const [intact = []] = await mapInWorkers<{ cache: string; digests: string[] }, string[]>(
    new URL(import.meta.url),
    [{ cache, digests: digests.filter((digest) => DIGEST.test(digest)) }],
    1,
  );
  return new Set(intact);
}

/** A path inside the output: relative, with no way up. */
const isSafeRelative = (file: string) => !path.isAbsolute(file) && !file.split(/[\\/]/).some((part) => part === '..' || part === '');

/** How many copies are in flight at once: enough to keep the system's I/O threads busy. */
const COPIES_AT_ONCE = 32;

/**
 * Copies cached pupils' files into the output folder with the system's own file copy, many at once
 * on Node's I/O threads, so the build can go on with other work meanwhile; refuses to overwrite a
 * file this build wrote. Resolves to the paths copied, relative to the output folder.
 */
export async function restorePupils(cache: string, pupils: Iterable<CachedPupil>, dist: string): Promise<string[]> {
  const files = [...pupils].flatMap((pupil) => pupil.files);
  await Promise.all(
    [...new Set(files.map((file) => path.dirname(path.join(dist, file.path))))].map((folder) => mkdir(folder, { recursive: true })),
  );
  let next = 0;
  const copyNext = async (): Promise<void> => {
    for (let file = files[next++]; file; file = files[next++]) {
      try {
        await copyFile(path.join(blobFolder(cache), file.digest), path.join(dist, file.path), constants.COPYFILE_EXCL);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new Error(`The rebuild would copy ${file.path} over a page this build drew.`, { cause: error });
        }
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: COPIES_AT_ONCE }, copyNext));
  return files.map((file) => file.path);
}

/** Stores one output file by its digest (written beside, then renamed: never half a file). */
export function storeFile(cache: string, dist: string, file: string): CachedFile {
  const bytes = readFileSync(path.join(dist, file));
  const digest = digestOf(bytes);
  const blob = path.join(blobFolder(cache), digest);
  if (!existsSync(blob)) writePrivateFile(blob, bytes);
  return { path: file.split(path.sep).join('/'), digest };
}

/** Writes the manifest (beside, then renamed), then deletes every stored file it no longer names. */
export function writeManifest(cache: string, manifest: Manifest): void {
  writePrivateFile(manifestFile(cache), JSON.stringify(manifest));
  const kept = new Set(Object.values(manifest.pupils).flatMap((pupil) => pupil.files.map((file) => file.digest)));
  if (!existsSync(blobFolder(cache))) return;
  for (const name of readdirSync(blobFolder(cache))) {
    if (!kept.has(name)) rmSync(path.join(blobFolder(cache), name), { force: true });
  }
}

/** Forgets the cache: the next build is a full one. */
export function forgetRebuildCache(cache: string): void {
  rmSync(cache, { recursive: true, force: true });
}
