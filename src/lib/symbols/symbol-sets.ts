/**
 * The symbol sets: OpenMoji through the school word list (lexicon.ts), or a school's own licensed
 * set in content/symbols/. One set per site, never mixed. Symbols are inlined as SVG, so the host
 * never serves a symbol file and its logs never show which symbols a plan uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatProblems } from '../content/format-problems.ts';
import { PICTURE_TYPES } from '../content/body/picture-types.ts';
import { LEXICON } from './lexicon.ts';
import { readSymbolManifest, type SchoolSymbols } from './symbol-manifest.ts';

export interface SymbolSet {
  /** 'openmoji', or 'school' for a school's own set. */
  id: 'openmoji' | 'school';
  /** The set's name, for the credits page. */
  name: string;
  /** The attribution its licence asks for. */
  credit: string;
  /** A link to the licence or the set's home, if it has one. */
  url?: string | undefined;
  /** The symbol id for a word or an author's choice, if the set has one. */
  lookup(word: string): string | undefined;
  /** A standalone SVG document of the symbol, for an <img> (the poster). */
  svg(symbol: string): string;
  /** The symbol as an SVG <symbol> element with the given id, for a page's sprite. */
  sprite(symbol: string, id: string): string;
}

interface IconifyJson {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
  height?: number;
}

const require = createRequire(import.meta.url);
let openMojiIcons: IconifyJson | undefined;

function openMoji(): IconifyJson {
  openMojiIcons ??= require('@iconify-json/openmoji/icons.json') as IconifyJson;
  return openMojiIcons;
}

/** An icon's body with its ids made unique to it, so two icons in one page cannot clash. */
function iconBody(name: string): { body: string; size: number } {
  const json = openMoji();
  const real = json.icons[name] ? name : json.aliases?.[name]?.parent;
  const icon = real ? json.icons[real] : undefined;
  if (!icon) throw new Error(`OpenMoji has no symbol called "${name}".`);
  const prefix = `wp-${real}-`;
  const body = icon.body
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}${id})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${prefix}${id}"`);
  return { body, size: icon.width ?? json.width ?? 72 };
}

export const OPENMOJI_SET: SymbolSet = {
  id: 'openmoji',
  name: 'OpenMoji',
  credit: 'All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0',
  url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  lookup(word) {
    const json = openMoji();
    const chosen = LEXICON[word] ?? (json.icons[word] || json.aliases?.[word] ? word : undefined);
    return chosen;
  },
  svg(symbol) {
    const { body, size } = iconBody(symbol);
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">${body}</svg>`;
  },
  sprite(symbol, id) {
    const { body, size } = iconBody(symbol);
    return `<symbol id="${id}" viewBox="0 0 ${size} ${size}">${body}</symbol>`;
  },
};

/** A school's own set: only the pictures its checked manifest names, each a file inside content/symbols/. */
export function schoolSet({ manifest, files }: SchoolSymbols): SymbolSet {
  const dataUri = (symbol: string) => {
    const file = files.get(symbol)!;
    return `data:${PICTURE_TYPES[path.extname(file).toLowerCase()]};base64,${readFileSync(file).toString('base64')}`;
  };
  const image = (symbol: string) => `<image href="${dataUri(symbol)}" width="100" height="100" preserveAspectRatio="xMidYMid meet"/>`;
  return {
    id: 'school',
    name: manifest.name,
    credit: manifest.credit,
    url: manifest.url,
    lookup: (word) => (files.has(word) ? word : undefined),
    svg: (symbol) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">${image(symbol)}</svg>`,
    sprite: (symbol, id) => `<symbol id="${id}" viewBox="0 0 100 100">${image(symbol)}</symbol>`,
  };
}

const sets = new Map<string, SymbolSet>();

/**
 * The one symbol set for a content folder: the school's own when content/symbols/manifest.yaml
 * exists, OpenMoji otherwise.
 */
export function symbolSet(contentFolder: string): SymbolSet {
  const cached = sets.get(contentFolder);
  if (cached) return cached;
  const school = readSymbolManifest(contentFolder);
  // npm run check and the build refuse a manifest with problems first; Astro on its own stops here.
  if (school && !school.symbols) throw new Error(`The school's symbols have problems.\n\n${formatProblems(school.problems)}`);
  const set = school?.symbols ? schoolSet(school.symbols) : OPENMOJI_SET;
  sets.set(contentFolder, set);
  return set;
}
