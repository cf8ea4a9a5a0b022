/**
 * The reading-age check on family wording: retext-readability's seven formulas, calibrated for one
 * sentence at a time on sentences judged by hand (tests/fixtures/reading-age/sentences.yaml).
 */
import { retext } from 'retext';
import retextReadability from 'retext-readability';

/** The reading age family wording should not go above. */
export const FAMILY_READING_AGE = 9;

/**
 * How many of retext-readability's seven formulas must put a sentence above the reading age before
 * the checker warns: six of seven, so one formula's quirk on a short sentence is not enough.
 */
export const READING_AGE_AGREEMENT = 6 / 7;

/**
 * The formulas are made for whole texts: on one sentence they read about a year high, and a
 * sentence of under seven words is too short to score. Calibrated on the sentences judged by hand in
 * tests/fixtures/reading-age/sentences.yaml: with the formulas' cut-off one year above the reading
 * age, they flag 1 of 52 sentences a 9-year-old reads easily (at the reading age itself, 5) and
 * still flag 35 of 36 that need an older reader.
 */
const FORMULA_AGE = FAMILY_READING_AGE + 1;
const READING_AGE_MIN_WORDS = 7;

const readability = retext().use(retextReadability, {
  age: FORMULA_AGE,
  threshold: READING_AGE_AGREEMENT,
  minWords: READING_AGE_MIN_WORDS,
});

/**
 * A sentence as the readability formulas should score it. They count letters and syllables and look
 * words up in American lists of familiar words, so names, numbers, hyphenated pairs and British
 * spellings would count as hard words: a name becomes "he", a number "six", "see-through" two words,
 * "coloured" "colored".
 */
export function asScored(sentence: string): string {
  return sentence
    .replace(/(?<=\S\s+)\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*)*/gu, 'he')
    .replace(/^\p{Lu}\p{Ll}+(?=['’]s\b)/u, 'He')
    .replace(/\d+(?:[.,:]\d+)*/g, 'six')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/(\p{L}{2,})our(s|ed|ing)?\b/gu, '$1or$2');
}

/** True when a sentence of family wording needs a reading age above FAMILY_READING_AGE. */
export const aboveReadingAge = (sentence: string): boolean => readability.processSync(asScored(sentence)).messages.length > 0;
