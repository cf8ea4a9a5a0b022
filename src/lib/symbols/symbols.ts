/**
 * Symbol-supported text, the way AAC symbol tools do it: a symbol for each key word in the sense
 * the word has in its phrase (senses.ts), none for a little function word, none for a word the
 * sentence denies ("I'm not lazy"), and none for a name. One sentence per line.
 *
 * An author can choose the symbol for one word by writing it after the word in square brackets:
 * "I use my overlay[reading]" (a word from the word list, or an OpenMoji name), or no symbol at
 * all with "key[-]".
 */
import { senseOf } from './senses.ts';
import type { SymbolSet } from './symbol-sets.ts';
import { FUNCTION_WORDS, NEGATION_JOINS, NEGATION_PASSES, NEGATORS, wordForms } from './words.ts';

/** Why a word has the symbol it has, or none: what `npm run check -- --symbols` says about it. */
export type SymbolReason =
  /** A little word (a, the, to, and…): never a symbol. */
  | 'little word'
  /** A number, or punctuation. */
  | 'number'
  /** A name (a capital letter inside a sentence) that the set has no symbol for. */
  | 'name'
  /** A word the sentence denies: "lazy" in "I'm not lazy". */
  | 'denied'
  /** The author chose its symbol, or chose none with [-]. */
  | 'chosen'
  /** The word list gives this word no symbol in this phrase (or none at all). */
  | 'no symbol in this sense'
  /** The word list's symbol for the word, in its usual sense or in this phrase. */
  | 'word list'
  /** A key word the set has no symbol for. */
  | 'not in the word list';

/** The choice that means "no symbol for this word": key[-]. */
export const NO_SYMBOL = '-';

export interface Token {
  /** The word as written, with any punctuation around it, without a symbol choice. */
  text: string;
  /** The word in lower case without punctuation; '' for a number or punctuation. */
  word: string;
  /** A key word: not a function word, a name or a number. */
  key: boolean;
  /** The symbol for it in the set, if it has one. */
  symbol?: string | undefined;
  /** The author's choice ("overlay[reading]" → "reading"; "key[-]" → "-"), found or not. */
  chosen?: string | undefined;
  /** Why it has this symbol, or none. */
  reason: SymbolReason;
  /** The phrase that gave the word its sense, when one did: "after tea". */
  phrase?: string | undefined;
  /** The word whose symbol shows the sense, when it is another word: "tea" in "after tea" means "dinner". */
  means?: string | undefined;
  /** The one symbol its sentence keeps when a page shows one symbol a sentence. */
  lead?: boolean | undefined;
}

const WORD = /^([^A-Za-z0-9]*)([A-Za-z][A-Za-z'’-]*|[0-9][0-9.,:]*)(?:\[([a-z0-9-]+)\])?([^A-Za-z0-9]*)$/;
const CHOICE = /([A-Za-z'’-])\[[a-z0-9-]+\]/g;

/** The text with any author's symbol choices taken out: "overlay[reading]" → "overlay". */
export const withoutSymbolChoices = (text: string) => text.replace(CHOICE, '$1');

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

/** Words too general to be the one symbol of a sentence when another word has one. */
const WEAK_LEADS: ReadonlySet<string> = new Set(
  'use good like well try go show give put take feel wear new small big little better'.split(' '),
);

interface Chunk {
  text: string;
  word: string;
  written: string;
  chosen?: string | undefined;
  /** Ends a clause: a comma, dash or full stop after the word. */
  pause: boolean;
}

function chunksOf(sentence: string): Chunk[] {
  return sentence
    .split(/\s+/)
    .filter(Boolean)
    .map((chunk) => {
      const match = WORD.exec(chunk);
      if (!match) return { text: chunk, word: '', written: '', pause: true };
      const [, before = '', written = '', chosen, after = ''] = match;
      const word = /^[0-9]/.test(written) ? '' : written.toLowerCase().replace(/’/g, "'").replace(/'+$/, '');
      return { text: `${before}${written}${after}`, word, written, chosen, pause: /[,;:.!?—–]/.test(after) };
    });
}

/**
 * Which words the sentence denies: the first key word after "not", "never", "don't"… (reaching past
 * "being", "me"…), any joined to it by "or" ("not lazy or slow"), and after "not the" or "not my" the
 * rest of the thing named ("not the loud dryer"). Any other little word takes the denial itself
 * ("don't want people to see" denies "want", not "people").
 */
function deniedWords(chunks: Chunk[]): Set<number> {
  const denied = new Set<number>();
  let scope: 'off' | 'seeking' | 'after' = 'off';
  let naming = false;
  chunks.forEach((chunk, index) => {
    const { word, pause } = chunk;
    const isKey = word !== '' && !FUNCTION_WORDS.has(word);
    if (NEGATORS.has(word) || word.endsWith("n't")) {
      scope = pause ? 'off' : 'seeking';
      naming = false;
    } else if (isKey && (scope === 'seeking' || (scope === 'after' && naming))) {
      denied.add(index);
      scope = pause ? 'off' : 'after';
    } else if (scope === 'seeking') {
      scope = NEGATION_PASSES.has(word) && !pause ? 'seeking' : 'off';
      naming ||= NAMING.has(word);
    } else if (scope === 'after') scope = NEGATION_JOINS.has(word) && !pause ? 'seeking' : 'off';
    else scope = 'off';
  });
  return denied;
}

/** Words that start the name of a thing: after "not the", the whole of "loud dryer" is denied. */
const NAMING: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'their']);

/** A sentence's words, each with the symbol for its sense in the set, or the reason it has none. */
export function tokenize(sentence: string, set: SymbolSet): Token[] {
  const chunks = chunksOf(sentence);
  const words = chunks.map((chunk) => chunk.word);
  const denied = deniedWords(chunks);
  const tokens = chunks.map((chunk, index): Token => {
    const { text, word, written, chosen } = chunk;
    if (chosen) {
      return { text, word, key: true, chosen, reason: 'chosen', symbol: chosen === NO_SYMBOL ? undefined : set.lookup(chosen) };
    }
    if (!word) return { text, word, key: false, reason: 'number' };
    if (FUNCTION_WORDS.has(word)) return { text, word, key: false, reason: 'little word' };
    if (denied.has(index)) return { text, word, key: true, reason: 'denied' };
    for (const form of wordForms(word)) {
      const sense = senseOf(words, index, form);
      if (sense) {
        const symbol = sense.means === null ? undefined : set.lookup(sense.means);
        const means = sense.means ?? undefined;
        return { text, word, key: true, symbol, phrase: sense.phrase, means, reason: symbol ? 'word list' : 'no symbol in this sense' };
      }
      const symbol = set.lookup(form);
      if (symbol) return { text, word, key: true, symbol, reason: 'word list' };
    }
    // A capital letter inside a sentence is a name (Biscuit, Mr Osei): no symbol, and no warning.
    if (index > 0 && /^[A-Z]/.test(written) && word !== 'i') return { text, word, key: false, reason: 'name' };
    return { text, word, key: true, reason: 'not in the word list' };
  });
  const withSymbol = tokens.filter((token) => token.symbol);
  const lead = withSymbol.find((token) => token.chosen || !wordForms(token.word).some((form) => WEAK_LEADS.has(form))) ?? withSymbol[0];
  if (lead) lead.lead = true;
  return tokens;
}

/** The id a symbol has in a page's sprite. */
export const spriteId = (symbol: string) => `wp-s-${symbol.replace(/[^a-z0-9-]/gi, '-')}`;
