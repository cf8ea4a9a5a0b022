/**
 * The languages a family view and a family letter can be in, and the product's own words in each
 * (one file per language in ./languages/, for a translator to work through). The plan's wording
 * comes from the school (content/translations/, or `familyIn` beside a `family` line).
 */
import { AR, AR_LETTER } from './languages/ar.ts';
import { EN, EN_LETTER, type LetterKey, type WordKey } from './languages/en.ts';
import { PL, PL_LETTER } from './languages/pl.ts';
import { RO, RO_LETTER } from './languages/ro.ts';
import { UR, UR_LETTER } from './languages/ur.ts';

export type { LetterKey, WordKey };

/** Languages with translated words: how each names itself, its name in English, its BCP 47 tag and direction. */
export const INTERFACE_LANGUAGES = {
  en: { name: 'English', english: 'English', dir: 'ltr', lang: 'en-GB' },
  pl: { name: 'Polski', english: 'Polish', dir: 'ltr', lang: 'pl' },
  ro: { name: 'Română', english: 'Romanian', dir: 'ltr', lang: 'ro' },
  ur: { name: 'اردو', english: 'Urdu', dir: 'rtl', lang: 'ur' },
  ar: { name: 'العربية', english: 'Arabic', dir: 'rtl', lang: 'ar' },
} as const;
export type InterfaceLanguage = keyof typeof INTERFACE_LANGUAGES;
export const LANGUAGE_CODES = Object.keys(INTERFACE_LANGUAGES) as InterfaceLanguage[];

/** The interface language for a plan's family language: English when it has no translation yet. */
export const interfaceLanguage = (familyLanguage: string): InterfaceLanguage =>
  familyLanguage in INTERFACE_LANGUAGES ? (familyLanguage as InterfaceLanguage) : 'en';

export const FAMILY_WORDS: Record<InterfaceLanguage, Record<WordKey, string>> = { en: EN, pl: PL, ro: RO, ur: UR, ar: AR };
export const LETTER_WORDS: Record<InterfaceLanguage, Record<LetterKey, string>> = {
  en: EN_LETTER,
  pl: PL_LETTER,
  ro: RO_LETTER,
  ur: UR_LETTER,
  ar: AR_LETTER,
};

/** A word of the interface in a language, with the page's names filled in. */
export function familyWord(language: InterfaceLanguage, key: WordKey, names: Record<string, string> = {}): string {
  return fill(FAMILY_WORDS[language][key], names);
}

export const fill = (template: string, names: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => names[name] ?? whole);
