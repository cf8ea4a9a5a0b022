/**
 * The "My plan" poster: an A4 portrait picture laid out at build time by satori, as SVG. It carries
 * the pupil's name, goals, what helps and who helps, in the pupil's own words and Atkinson
 * Hyperlegible (drawn as shapes), with the same symbols over the same words as the page shows by
 * default. The build never turns it into a bitmap: it is sealed, compressed, into its own file beside
 * the pupil view (poster.bin, src/integrations/encrypt-pages.ts), which the page fetches and shows,
 * and the browser draws the A4 print picture from it when the reader asks (src/client/poster.ts).
 * Posters are kept in .cache/posters/ by content hash, compressed and ready to seal, so an unchanged
 * plan is not drawn again on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writePrivateFile } from '../privacy/private-file.ts';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { knownAs, person } from '../plan/plan-words.ts';
import { STATUS_WORDS } from '../plan/progress-words.ts';
import { whatHelpsMe } from '../plan/pupil-words.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';
import type { SymbolDensity } from '../../schemas/index.ts';
import { symbolDensity } from './density.ts';
import { LAYOUT, posterLayout, type PosterInput, type PosterLine } from './poster-layout.ts';
import { symbolSet, type SymbolSet } from './symbol-sets.ts';
import { mapInWorkers, type WorkerTask } from '../workers.ts';
import { splitSentences, tokenize } from './symbols.ts';
import { cacheFolder, type Env } from '../config.ts';
import { pack, unpackSync } from '../privacy/pack.ts';
import { compactPosterSvg } from './poster-svg.ts';

export { posterScale, type PosterInput } from './poster-layout.ts';
export { PREVIEW, PRINT } from './poster-size.ts';

/** Raise this when the drawing or its stored form changes, so cached posters are drawn again. */
const POSTER_VERSION = 4;

/**
 * A piece of pupil wording as the page shows it by default: each word with its symbol (every key
 * word), with its sentence's one symbol (one a sentence), or with none.
 */
export function posterLine(text: string, set: SymbolSet, density: SymbolDensity, badged = false): PosterLine['sentences'] {
  return splitSentences(text).map((sentence) =>
    tokenize(sentence, set).map((token) => {
      const shown = density === 'every-key-word' || (density === 'one-per-sentence' && token.lead && !badged);
      return { text: token.text, symbol: shown ? token.symbol : undefined };
    }),
  );
}

/** What goes on a pupil's poster: pupil wording only, exactly as written, like the pupil view. */
export function posterInput(school: SchoolContent, pupil: PupilEntry, set: SymbolSet): PosterInput {
  const { plan } = pupil;
  const density = symbolDensity(plan, school.school.symbols);
  const goals = plan.targets
    .filter((target) => target.pupil)
    .slice(0, 4)
    .map((target) => {
      const latest = target.progress.at(-1);
      const badge = density !== 'none' && target.symbol ? set.lookup(target.symbol) : undefined;
      return {
        sentences: posterLine(target.pupil!, set, density, badge !== undefined),
        badge,
        status: latest && latest.status !== 'not-started' ? STATUS_WORDS[latest.status].pupil : undefined,
      };
    });
  const helps = whatHelpsMe(school, plan)
    .slice(0, 6)
    .map((item) => ({ sentences: posterLine(item.text, set, density) }));
  const keyAdult = person(school, plan.keyAdult).name;
  const others = plan.targets.flatMap((target) => target.provision.map((row) => person(school, row.who).name));
  const helpers = [...new Set([keyAdult, ...others])].slice(0, 5);
  return { name: knownAs(plan), goals, helps, helpers };
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Atkinson Hyperlegible from its npm package (satori reads .woff, not .woff2). */
function posterFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Atkinson Hyperlegible',
    data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

export interface Poster {
  /** The SVG, compressed (pack.ts) and ready to seal into the page's poster file. */
  packed: Buffer;
  hash: string;
  /** Whether it came from the cache. */
  cached: boolean;
}

/** The cache folder: .cache/posters/ where the build runs, or WAYPOINT_CACHE/posters. */
export const posterCacheFolder = (env?: Env) => path.join(cacheFolder(env), 'posters');

export function posterHash(input: PosterInput, set: SymbolSet): string {
  return createHash('sha256')
    .update(JSON.stringify({ version: POSTER_VERSION, set: [set.id, set.name], input }))
    .digest('hex')
    .slice(0, 32);
}

/** The poster as satori lays it out, as SVG with its text drawn as shapes. */
export const satoriSvg = (input: PosterInput, set: SymbolSet): Promise<string> =>
  satori(posterLayout(input, set) as Parameters<typeof satori>[0], { ...LAYOUT, fonts: posterFonts() });

/** The poster as SVG, the same picture as satori's in fewer bytes (poster-svg.ts). */
export const posterSvg = (input: PosterInput, set: SymbolSet): Promise<string> => satoriSvg(input, set).then(compactPosterSvg);

/** Where the cache keeps a poster, compressed: the build seals it into the page's poster file. */
export const posterFile = (hash: string, cacheFolder = posterCacheFolder()) => path.join(cacheFolder, `${hash}.svg.deflate`);

export async function makePoster(input: PosterInput, set: SymbolSet, cacheFolder = posterCacheFolder()): Promise<Poster> {
  const hash = posterHash(input, set);
  const file = posterFile(hash, cacheFolder);
  if (existsSync(file)) return { packed: readFileSync(file), hash, cached: true };
  const packed = await pack(await posterSvg(input, set), 9);
  // Posters show a pupil's name and goals: the cache is its owner's alone, and never holds half a poster.
  writePrivateFile(file, packed);
  return { packed, hash, cached: false };
}

/** A poster's SVG from its stored form (for `npm run dev`, which shows it unencrypted). */
export const unpackPoster = (poster: Poster): string => unpackSync(poster.packed);

/** A poster to draw in a worker thread: its input, and the content folder its symbol set comes from. */
interface PosterTask {
  input: PosterInput;
  contentFolder: string;
  cacheFolder: string;
}
/** Run in a worker thread for each poster to draw (src/lib/workers.ts). */
export const workerTask: WorkerTask<PosterTask, string> = async ({ input, contentFolder, cacheFolder }) => {
  const set = symbolSet(contentFolder);
  return (await makePoster(input, set, cacheFolder)).hash;
};

/**
 * Draws every poster the cache does not hold yet, on every core (satori's layout runs in JavaScript,
 * so one thread would draw one poster at a time). A build starts this as Astro starts rendering,
 * which is mostly on one core, and the encryption waits for it before sealing each poster.bin.
 * Returns how many were drawn.
 */
export async function drawPostersOnEveryCore(school: SchoolContent, cacheFolder = posterCacheFolder()): Promise<number> {
  const set = symbolSet(school.folder);
  const tasks = school.pupils
    .map((pupil): PosterTask => ({ input: posterInput(school, pupil, set), contentFolder: school.folder, cacheFolder }))
    .filter(({ input }) => !isCached(posterHash(input, set), cacheFolder));
  await mapInWorkers<PosterTask, string>(new URL(import.meta.url), tasks);
  return tasks.length;
}

const isCached = (hash: string, cacheFolder: string) => existsSync(posterFile(hash, cacheFolder));
