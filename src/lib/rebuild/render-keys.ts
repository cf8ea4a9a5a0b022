/**
 * What a pupil's three pages depend on, as one hash each: the render key. A pupil's staff, family and
 * pupil views are drawn from their own folder (plan, reviews, photo) and from what every page shares —
 * the rest of the content (school, staff, glossary, translations, strategies, groups), the build's
 * code and lock file, the date the build uses, the site address, and the keys the pages are sealed
 * with. No per-pupil page reads another pupil's plan (the pages that do — register, class sheets,
 * strategies, groups, search — are drawn on every build). Two builds with the same key for a pupil
 * write that pupil's pages byte for byte the same, so a rebuild may copy them from the last one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteOverride } from '../config.ts';
import type { SchoolContent } from '../content/school-content.ts';
import { today } from '../dates.ts';
import type { Keyring } from '../keys/keyring.ts';
import { isPlanPageKey, pageKey, type View } from '../routes.ts';

/** Bumped when the cache's layout or what goes into a key changes: an older cache is then ignored. */
export const RENDER_KEY_FORMAT = 1;

const VIEWS: readonly View[] = ['staff', 'family', 'pupil'];
/** The code a build runs, in the project: every file here can change what a page looks like. */
const CODE = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Every file under a folder (or the file itself), as sorted paths relative to `root`; none if absent. */
function filesUnder(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, path.join(entry, name)));
}

/** Adds each file's name and bytes to a hash, in order, each framed by its length. */
function hashFiles(hash: ReturnType<typeof createHash>, root: string, files: readonly string[]): void {
  for (const file of files) {
    const bytes = readFileSync(path.join(root, file));
    hash.update(`${file.split(path.sep).join('/')}\0${bytes.length}\0`).update(bytes);
  }
}

/** A hash of the code in the project folder (Astro's root), the lock file and the Node version. */
export function codeVersion(project = process.cwd()): string {
  const hash = createHash('sha256').update(`waypoint-code ${RENDER_KEY_FORMAT} ${process.version}\0`);
  hashFiles(
    hash,
    project,
    CODE.flatMap((entry) => filesUnder(project, entry)),
  );
  return hash.digest('hex');
}

/** The content files whose checked data the shared key takes, rather than their bytes. */
const READ_AS_DATA = new Set(['school.yaml', 'staff.yaml', 'glossary.yaml']);
/** Maps and sets as lists, so that JSON keeps what they hold. */
const plainValue = (_: string, value: unknown) => (value instanceof Map || value instanceof Set ? [...value] : value);

const pupilFolder = (pupilId: string) => path.join('pupils', pupilId);

/**
 * A hash of everything every page shares: the code version, every content file outside the pupils'
 * own folders (school.yaml, staff.yaml and glossary.yaml as checked data), the date, the site address, and the keyring's keys other than the pupils' page keys
 * (the staff key, the content secret, the staff-wide pages' ids: not any pupil's page keys, which
 * are in that pupil's key, nor those of a pupil who has left). Staff members' own keys are left
 * out: they reach only the staff key file, which every build writes.
 */
export function sharedKey(content: SchoolContent, keyring: Keyring, code: string): string {
  const pupilIds = new Set(content.pupils.map((pupil) => pupil.id));
  const inPupilFolder = (file: string) => {
    const [top, id] = file.split(path.sep);
    return top === 'pupils' && id !== undefined && pupilIds.has(id) && file.split(path.sep).length > 2;
  };
  const hash = createHash('sha256').update(`waypoint-shared ${RENDER_KEY_FORMAT}\0${code}\0`);
  hash.update(JSON.stringify({ today: today(), site: siteOverride() ?? null }));
  // school.yaml, staff.yaml and glossary.yaml as the build read them (a build reads each once):
  // every value the pages can use is in the checked data.
  hash.update(JSON.stringify({ school: content.school, staff: content.staff, glossary: content.glossary }, plainValue));
  hashFiles(
    hash,
    content.folder,
    filesUnder(content.folder, '').filter((file) => !inPupilFolder(file) && !READ_AS_DATA.has(file)),
  );
  const otherPages = Object.entries(keyring.pages)
    .filter(([key]) => !isPlanPageKey(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hash.update(
    JSON.stringify({
      contentSecret: keyring.contentSecret,
      staffKey: { id: keyring.staffKey.id, key: keyring.staffKey.key },
      pages: otherPages,
    }),
  );
  return hash.digest('hex');
}

/** A hash of one pupil's pages' inputs: the shared key, their folder's files, and their pages' keys. */
export function pupilKey(content: SchoolContent, keyring: Keyring, shared: string, pupilId: string): string {
  const hash = createHash('sha256').update(`waypoint-pupil ${RENDER_KEY_FORMAT}\0${shared}\0${pupilId}\0`);
  hashFiles(hash, content.folder, filesUnder(content.folder, pupilFolder(pupilId)));
  hash.update(JSON.stringify(VIEWS.map((view) => keyring.pages[pageKey({ kind: 'plan', view, pupilId })] ?? null)));
  return hash.digest('hex');
}

/** The page keys of a pupil's three views, as the keyring names them. */
export const pupilPageKeys = (pupilId: string) => VIEWS.map((view) => pageKey({ kind: 'plan', view, pupilId }));
