/**
 * Symbol-supported text, the way AAC symbol tools lay it out: a symbol above each key word, the word
 * always beneath it, no symbol for little function words, one sentence per line. Symbols come from
 * one set per site — OpenMoji (through the school word list) or the school's own licensed set in
 * content/symbols/ — and are never mixed. They are inlined as SVG so no symbol is ever fetched.
 *
 * An author can choose the symbol for one word by writing it after the word in square brackets:
 * "I use my overlay[reading]". The choice is a word from the list, or an OpenMoji name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatProblems } from '../content/format-problems.ts';
import { PICTURE_TYPES } from '../content/picture-types.ts';
import { LEXICON } from './lexicon.ts';
import { readSymbolManifest, type SchoolSymbols } from './symbol-manifest.ts';

/** Little words that carry grammar, not meaning: shown as words, never with a symbol. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but so if then than because as of to in on at by for from with without into onto
  up down out off over under about after before until while when where what which who whom whose why
  how that this these those there here it its it's i i'm i've i'll i'd me my mine we our us you your
  you're he him his she her they them their is am are was were be been being do does did doing done
  don't doesn't didn't can can't could will won't would shall should may might must have has had having
  not no yes too very just also only even still again all any some each every other others more most
  much many lot lots few bit thing things something anything nothing someone anyone nobody else way
  get gets got getting want wants let lets really rather especially exactly instead within around
  away sometimes never always often ever what's that's there's let's whole own same such quite ones
  one two three four five six seven eight nine ten twice half once mr mrs ms miss dr`.split(/\s+/),
);

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

/** Other forms of a word to try: "reading" → "read", "friends" → "friend", "tried" → "try". */
export function wordForms(word: string): string[] {
  const forms = [word];
  const add = (form: string) => form.length > 1 && !forms.includes(form) && forms.push(form);
  const base = word.replace(/'s$/, '');
  add(base);
  if (/ies$/.test(base)) add(base.replace(/ies$/, 'y'));
  if (/es$/.test(base)) add(base.slice(0, -2));
  if (/s$/.test(base) && !/ss$/.test(base)) add(base.slice(0, -1));
  for (const suffix of ['ing', 'ed', 'er', 'ly']) {
    if (!base.endsWith(suffix) || base.length < suffix.length + 2) continue;
    const stem = base.slice(0, -suffix.length);
    add(stem);
    add(`${stem}e`);
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1));
    if (suffix === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`);
  }
  return forms;
}

export interface Token {
  /** The word as written, with any punctuation around it. */
  text: string;
  /** The word in lower case without punctuation; '' for a number or punctuation. */
  word: string;
  /** A key word: not a function word, a name or a number. */
  key: boolean;
  /** The symbol for it in the set, if there is one. */
  symbol?: string | undefined;
  /** The author's choice of symbol ("overlay[reading]" → "reading"), found or not. */
  chosen?: string | undefined;
}

const WORD = /^([^A-Za-z0-9]*)([A-Za-z][A-Za-z'’-]*|[0-9][0-9.,:]*)(?:\[([a-z0-9-]+)\])?([^A-Za-z0-9]*)$/;

/** Splits a piece of text into sentences, one per line in the pupil view. */
export function splitSentences(text: string): string[] {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[^.!?]+(?:[.!?]+["'’”)]*|$)\s*/g) ?? []
  )
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A sentence's words, each marked key or not, with the set's symbol where it has one. */
export function tokenize(sentence: string, set: SymbolSet): Token[] {
  return sentence
    .split(/\s+/)
    .filter(Boolean)
    .map((chunk, index) => {
      const match = WORD.exec(chunk);
      if (!match) return { text: chunk, word: '', key: false };
      const [, before = '', written = '', chosen, after = ''] = match;
      const text = `${before}${written}${after}`;
      const word = written.toLowerCase().replace(/’/g, "'").replace(/'+$/, '');
      if (/^[0-9]/.test(word)) return { text, word: '', key: false };
      if (chosen) return { text, word, key: true, chosen, symbol: set.lookup(chosen) };
      if (FUNCTION_WORDS.has(word)) return { text, word, key: false };
      const symbol = wordForms(word)
        .map((form) => set.lookup(form))
        .find(Boolean);
      // A capital letter inside a sentence is a name (Biscuit, Mr Osei): no symbol, and no warning.
      const isName = index > 0 && /^[A-Z]/.test(written) && word !== 'i';
      if (isName && !symbol) return { text, word, key: false };
      return { text, word, key: true, symbol };
    });
}

/** The text with any author's symbol choices taken out: "overlay[reading]" → "overlay". */
export const withoutSymbolChoices = (text: string) => text.replace(/([A-Za-z'’-])\[[a-z0-9-]+\]/g, '$1');

/** The id a symbol has in a page's sprite. */
export const spriteId = (symbol: string) => `wp-s-${symbol.replace(/[^a-z0-9-]/gi, '-')}`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/**
 * One sentence as HTML: each word in a box, its symbol (decorative, hidden from screen readers)
 * above it. Real spaces between the boxes, so the sentence reads as words.
 */
export function sentenceHtml(tokens: Token[]): string {
  const words = tokens.map((token) => {
    const label = `<span class="wp-sym__word">${escapeHtml(token.text)}</span>`;
    if (!token.symbol) return `<span class="wp-sym">${label}</span>`;
    return (
      `<span class="wp-sym wp-sym--key"><svg class="wp-sym__img" aria-hidden="true" focusable="false">` +
      `<use href="#${spriteId(token.symbol)}"></use></svg>${label}</span>`
    );
  });
  return `<span class="wp-sym-line">${words.join(' ')}</span>`;
}

/** Every sentence of a text as symbol-supported HTML. */
export function symbolTextHtml(text: string, set: SymbolSet): string {
  return splitSentences(text)
    .map((sentence) => sentenceHtml(tokenize(sentence, set)))
    .join(' ');
}

/** The symbols a set of texts uses, as one hidden SVG sprite for the page. */
export function spriteHtml(texts: readonly string[], set: SymbolSet, extra: readonly string[] = []): string {
  const used = new Set(extra);
  for (const text of texts) {
    for (const sentence of splitSentences(text)) {
      for (const token of tokenize(sentence, set)) if (token.symbol) used.add(token.symbol);
    }
  }
  const symbols = [...used].sort().map((symbol) => set.sprite(symbol, spriteId(symbol)));
  return `<svg class="wp-sprite" aria-hidden="true" focusable="false" width="0" height="0">${symbols.join('')}</svg>`;
}
