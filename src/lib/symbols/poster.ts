/**
 * The "My plan" poster: an A4 portrait image made at build time with satori (layout to SVG) and
 * sharp (SVG to PNG). It carries the pupil's name, goals with symbols, what helps and who helps, in
 * Atkinson Hyperlegible. It is never written into the site in clear: the page carries the preview as
 * a data: URI inside the encrypted payload, and the print size is sealed into its own file beside the
 * page (src/integrations/encrypt-pages.ts), fetched only when the reader asks for it. Rendered posters are kept in .cache/posters/ by content hash, so an
 * unchanged plan is not drawn again on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp, { type Sharp } from 'sharp';
import { knownAs, person, resolveStrategy } from '../plan/plan-words.ts';
import { STATUS_WORDS } from '../plan/progress-words.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';
import { splitSentences, tokenize, withoutSymbolChoices, type SymbolSet } from './symbols.ts';
import { cacheFolder } from '../config.ts';

/** Raise this when the drawing changes, so cached posters are drawn again. */
const POSTER_VERSION = 1;
/** Raise this when only the preview changes: it is made again from the cached print-size PNG. */
const PREVIEW_VERSION = 3;
/** The layout's size: A4 at 150 pixels per inch. */
export const LAYOUT = { width: 1240, height: 1754 } as const;
/** The printable file: A4 at 300 pixels per inch. */
export const PRINT = { width: 2480, height: 3508 } as const;
/**
 * The picture on the page: A4 at 75 pixels per inch. The page shows it at most 26rem (416 CSS
 * pixels) wide, so this is sharp on a 1.5× tablet screen while keeping the pupil view within 100 KB.
 */
export const PREVIEW = { width: 620, height: 877 } as const;

export interface PosterLine {
  text: string;
  /** Symbol ids in the set, at most four. */
  symbols: string[];
  /** How it is going, in the pupil's words. */
  status?: string | undefined;
}

export interface PosterInput {
  name: string;
  goals: PosterLine[];
  helps: PosterLine[];
  helpers: string[];
}

const symbolsOf = (text: string, set: SymbolSet, first?: string) => {
  const found = first && set.lookup(first) ? [set.lookup(first)!] : [];
  for (const sentence of splitSentences(text)) for (const token of tokenize(sentence, set)) if (token.symbol) found.push(token.symbol);
  return [...new Set(found)].slice(0, 4);
};

/** What goes on a pupil's poster: pupil wording only, like the pupil view. */
export function posterInput(school: SchoolContent, pupil: PupilEntry, set: SymbolSet): PosterInput {
  const { plan } = pupil;
  const goals = plan.targets
    .filter((target) => target.pupil)
    .slice(0, 4)
    .map((target) => {
      const latest = target.progress.at(-1);
      return {
        text: withoutSymbolChoices(target.pupil!),
        symbols: symbolsOf(target.pupil!, set, target.symbol),
        status: latest ? STATUS_WORDS[latest.status].pupil : undefined,
      };
    });
  const strategies = plan.strategies.map((use) => resolveStrategy(school, use)).filter((strategy) => strategy.pupil);
  const helps = [
    ...plan.aboutMe.helpsMe.map((text) => ({ text, symbol: undefined })),
    ...strategies.map((strategy) => ({ text: strategy.pupil!, symbol: strategy.symbol })),
  ]
    .slice(0, 6)
    .map(({ text, symbol }) => ({ text: withoutSymbolChoices(text), symbols: symbolsOf(text, set, symbol).slice(0, 1) }));
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

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

const INK = '#1b1b1f';
const BRAND = '#123563';

/** Lines a text takes at a font size in a box of a width (Atkinson averages about half an em a letter). */
const linesOf = (text: string, fontSize: number, width: number) => Math.max(1, Math.ceil((text.length * fontSize * 0.5) / width));

/** How much to shrink everything so the poster fits on one side of A4: 1 when it fits as it is. */
export function posterScale(input: PosterInput): number {
  const inner = LAYOUT.width - 2 * 72;
  const goals = input.goals.reduce(
    (sum, goal) => sum + 110 + 48 + 60 * linesOf(goal.text, 46, inner - 56) + (goal.status ? 55 : 0) + 20 + 12,
    0,
  );
  const helps = input.helps.reduce((sum, help) => sum + Math.max(94, 54 * linesOf(help.text, 40, inner - 92)), 0);
  const helpers = 56 * linesOf(input.helpers.join(', '), 42, inner);
  const sections = [goals, helps, helpers].filter(Boolean).length * (36 + 85);
  const height = 250 + goals + helps + helpers + sections;
  return Math.max(0.5, Math.min(1, (LAYOUT.height - 2 * 72) / height));
}

function layout(input: PosterInput, set: SymbolSet): Node {
  const k = posterScale(input);
  const px = (size: number) => Math.round(size * k);
  const symbolImages = (symbols: string[], size: number): Node[] =>
    symbols.map((symbol) =>
      h('img', { width: px(size), height: px(size), marginRight: px(12) }, undefined, {
        src: `data:image/svg+xml;base64,${Buffer.from(set.svg(symbol)).toString('base64')}`,
        width: px(size),
        height: px(size),
      }),
    );
  const section = (title: string, rows: Node[]) =>
    h('div', { display: 'flex', flexDirection: 'column', marginTop: px(36) }, [
      h('div', { fontSize: px(56), fontWeight: 700, color: BRAND, marginBottom: px(12) }, title),
      ...rows,
    ]);
  const goals = input.goals.map((goal, index) =>
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        border: `${px(4)}px solid ${BRAND}`,
        borderRadius: px(24),
        padding: px(24),
        marginBottom: px(20),
      },
      [
        h('div', { display: 'flex', alignItems: 'center' }, [
          h('div', { fontSize: px(40), fontWeight: 700, marginRight: px(20) }, `Goal ${index + 1}`),
          ...symbolImages(goal.symbols, 110),
        ]),
        h('div', { fontSize: px(46), marginTop: px(12) }, goal.text),
        ...(goal.status ? [h('div', { fontSize: px(36), marginTop: px(8), color: '#333842' }, `How it is going: ${goal.status}`)] : []),
      ],
    ),
  );
  const helps = input.helps.map((help) =>
    h('div', { display: 'flex', alignItems: 'center', marginBottom: px(14) }, [
      ...(help.symbols.length > 0 ? symbolImages(help.symbols, 80) : [h('div', { width: px(92), height: px(80), flexShrink: 0 })]),
      h('div', { fontSize: px(40), flexShrink: 1, minWidth: 0 }, help.text),
    ]),
  );
  const helpers = [h('div', { fontSize: px(42) }, input.helpers.join(', '))];
  return h(
    'div',
    {
      width: LAYOUT.width,
      height: LAYOUT.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: 72,
      background: '#ffffff',
      color: INK,
      fontFamily: 'Atkinson Hyperlegible',
      lineHeight: 1.3,
    },
    [
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          background: BRAND,
          color: '#ffffff',
          borderRadius: px(28),
          padding: `${px(32)}px ${px(44)}px`,
        },
        [h('div', { fontSize: px(60) }, 'My plan'), h('div', { fontSize: px(96), fontWeight: 700 }, input.name)],
      ),
      ...(goals.length > 0 ? [section('My goals', goals)] : []),
      ...(helps.length > 0 ? [section('What helps me', helps)] : []),
      ...(input.helpers.length > 0 ? [section('Who helps me', helpers)] : []),
    ],
  );
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
export const posterCacheFolder = (env: Record<string, string | undefined> = process.env) => path.join(cacheFolder(env), 'posters');

export function posterHash(input: PosterInput, set: SymbolSet): string {
  return createHash('sha256')
    .update(JSON.stringify({ version: POSTER_VERSION, set: [set.id, set.name], input }))
    .digest('hex')
    .slice(0, 32);
}

/** A palette PNG: the poster is flat colour, so 256 colours lose nothing a reader can see. */
const toPng = (image: Sharp) => image.png({ palette: true, colours: 256, compressionLevel: 9, effort: 3 }).toBuffer();
/**
 * The preview on the page, from the print-size PNG: 16 colours, dithered, look the same on a tablet
 * and take less than half the bytes of 256 (the pupil view's budget is 100 KB, DESIGN.md §6).
 */
const toPreview = (print: Buffer) =>
  sharp(print).resize(PREVIEW.width, PREVIEW.height).png({ palette: true, colours: 16, compressionLevel: 9, effort: 10 }).toBuffer();

/** The poster as SVG, laid out by satori with its text drawn as shapes. */
export const posterSvg = (input: PosterInput, set: SymbolSet): Promise<string> =>
  satori(layout(input, set) as Parameters<typeof satori>[0], { ...LAYOUT, fonts: posterFonts() }).then((svg) =>
    // satori masks every image to its box; a symbol never leaves its box, and librsvg draws each mask
    // at full page size, which made a poster take seconds instead of a fraction of one.
    svg.replace(/<image\b[^>]*>/g, (tag) => tag.replace(/ (?:mask|clip-path)="[^"]*"/g, '')),
  );

/** Where the cache keeps a poster's print-size PNG: the build seals it into the page's poster file. */
export const printPosterFile = (hash: string, cacheFolder = posterCacheFolder()) => path.join(cacheFolder, `${hash}.png`);

export async function makePoster(input: PosterInput, set: SymbolSet, cacheFolder = posterCacheFolder()): Promise<Poster> {
  const hash = posterHash(input, set);
  const printFile = printPosterFile(hash, cacheFolder);
  const previewFile = path.join(cacheFolder, `${hash}-preview-${PREVIEW_VERSION}.png`);
  const cached = existsSync(printFile);
  const print = cached ? readFileSync(printFile) : await drawPrint(input, set);
  if (cached && existsSync(previewFile)) return { print, preview: readFileSync(previewFile), hash, cached: true };
  // A preview made by an older version is made again from the cached print, without drawing the poster.
  const preview = await toPreview(print);
  mkdirSync(cacheFolder, { recursive: true });
  // Write then rename, so a build stopped half-way never leaves half a poster in the cache.
  for (const [file, data] of [
    [printFile, print],
    [previewFile, preview],
  ] as const) {
    writeFileSync(`${file}.tmp`, data);
    renameSync(`${file}.tmp`, file);
  }
  return { print, preview, hash, cached };
}

async function drawPrint(input: PosterInput, set: SymbolSet): Promise<Buffer> {
  const svg = await posterSvg(input, set);
  const density = (72 * PRINT.width) / LAYOUT.width;
  return toPng(sharp(Buffer.from(svg), { density }).resize(PRINT.width, PRINT.height).flatten({ background: '#ffffff' }));
}

export const pngDataUri = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
