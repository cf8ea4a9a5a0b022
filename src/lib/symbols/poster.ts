/**
 * The "My plan" poster: an A4 portrait image made at build time with satori (layout to SVG) and
 * sharp (SVG to PNG). It carries the pupil's name, goals, what helps and who helps, in the pupil's
 * own words and Atkinson Hyperlegible, with the same symbols over the same words as the page shows
 * by default. It is never written into the site in clear: the page carries the preview as a data: URI
 * inside the encrypted payload, and the print size is sealed into its own file beside the page
 * (src/integrations/encrypt-pages.ts), fetched only when the reader asks for it. Rendered posters are
 * kept in .cache/posters/ by content hash, so an unchanged plan is not drawn again on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp, { type Sharp } from 'sharp';
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

export { posterScale, type PosterInput } from './poster-layout.ts';

/** Raise this when the drawing changes, so cached posters are drawn again. */
const POSTER_VERSION = 3;
/** Raise this when only the preview changes: it is made again from the cached print-size PNG. */
const PREVIEW_VERSION = 4;
/** The printable file: A4 at 300 pixels per inch. */
export const PRINT = { width: 2480, height: 3508 } as const;
/**
 * The picture on the page: A4 at 75 pixels per inch. The page shows it at most 26rem (416 CSS
 * pixels) wide, so this is sharp on a 1.5× tablet screen while keeping the pupil view within 100 KB.
 */
export const PREVIEW = { width: 620, height: 877 } as const;

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
  /** A4 at 300 pixels per inch, for printing. */
  print: Buffer;
  /** A4 at 100 pixels per inch, for the page. */
  preview: Buffer;
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

/**
 * A palette PNG: the poster is flat colour, so 256 colours lose nothing a reader can see. No
 * dithering: with many symbols it spread into the white as a grey wash.
 */
const toPng = (image: Sharp) => image.png({ palette: true, colours: 256, dither: 0, compressionLevel: 9, effort: 3 }).toBuffer();
/**
 * The preview on the page, from the print-size PNG: 16 colours look the same on a tablet and take
 * less than half the bytes of 256 (the pupil view's budget is 100 KB, DESIGN.md §6).
 */
const toPreview = (print: Buffer) =>
  sharp(print)
    .resize(PREVIEW.width, PREVIEW.height)
    .png({ palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();

/** The poster as SVG, laid out by satori with its text drawn as shapes. */
export const posterSvg = (input: PosterInput, set: SymbolSet): Promise<string> =>
  satori(posterLayout(input, set) as Parameters<typeof satori>[0], { ...LAYOUT, fonts: posterFonts() }).then((svg) =>
    // satori masks every image to its box; a symbol never leaves its box, and librsvg draws each mask
    // at full page size, which made a poster take seconds instead of a fraction of one.
    svg.replace(/<image\b[^>]*>/g, (tag) => tag.replace(/ (?:mask|clip-path)="[^"]*"/g, '')),
  );

/** Where the cache keeps a poster's print-size PNG: the build seals it into the page's poster file. */
export const printPosterFile = (hash: string, cacheFolder = posterCacheFolder()) => path.join(cacheFolder, `${hash}.png`);

export async function makePoster(input: PosterInput, set: SymbolSet, cacheFolder = posterCacheFolder()): Promise<Poster> {
  const hash = posterHash(input, set);
  const printFile = printPosterFile(hash, cacheFolder);
  const previewFile = previewPosterFile(hash, cacheFolder);
  const cached = existsSync(printFile);
  const print = cached ? readFileSync(printFile) : await drawPrint(input, set);
  if (cached && existsSync(previewFile)) return { print, preview: readFileSync(previewFile), hash, cached: true };
  // A preview made by an older version is made again from the cached print, without drawing the poster.
  const preview = await toPreview(print);
  // Posters show a pupil's name and goals: the cache is its owner's alone.
  mkdirSync(cacheFolder, { recursive: true, mode: 0o700 });
  // Write then rename, so a build stopped half-way never leaves half a poster in the cache.
  for (const [file, data] of [
    [printFile, print],
    [previewFile, preview],
  ] as const) {
    writeFileSync(`${file}.tmp`, data, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  }
  return { print, preview, hash, cached };
}

async function drawPrint(input: PosterInput, set: SymbolSet): Promise<Buffer> {
  const svg = await posterSvg(input, set);
  const density = (72 * PRINT.width) / LAYOUT.width;
  return toPng(sharp(Buffer.from(svg), { density }).resize(PRINT.width, PRINT.height).flatten({ background: '#ffffff' }));
}

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
 * Draws, before the pages render, every poster the cache does not hold yet, on every core (satori's
 * layout runs in JavaScript, so one thread would draw one poster at a time). The pages then find
 * each one in the cache. Returns how many were drawn.
 */
export async function drawPostersOnEveryCore(school: SchoolContent, cacheFolder = posterCacheFolder()): Promise<number> {
  const set = symbolSet(school.folder);
  const tasks = school.pupils
    .map((pupil): PosterTask => ({ input: posterInput(school, pupil, set), contentFolder: school.folder, cacheFolder }))
    .filter(({ input }) => !isCached(posterHash(input, set), cacheFolder));
  await mapInWorkers<PosterTask, string>(new URL(import.meta.url), tasks);
  return tasks.length;
}

const previewPosterFile = (hash: string, cacheFolder: string) => path.join(cacheFolder, `${hash}-preview-${PREVIEW_VERSION}.png`);
const isCached = (hash: string, cacheFolder: string) =>
  existsSync(printPosterFile(hash, cacheFolder)) && existsSync(previewPosterFile(hash, cacheFolder));

export const pngDataUri = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
