/**
 * The words of a family's letter, in the family's language (LETTER_WORDS), with the child's name
 * and, in English, the pronoun the plan gives: "see how he is getting on".
 */
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';
import { translationOf } from '../content/translations.ts';
import { fill, INTERFACE_LANGUAGES, interfaceLanguage, LETTER_WORDS, type InterfaceLanguage, type LetterKey } from './family-words.ts';
import { knownAs } from './plan-words.ts';

/** "he is", "she is", "they are" from a plan's pronouns; the name when the plan gives none we know. */
export function subjectIs(pronouns: string | undefined, name: string): string {
  const subject = pronouns?.split('/')[0]?.trim().toLowerCase();
  if (subject === 'he' || subject === 'she') return `${subject} is`;
  if (subject === 'they') return 'they are';
  return `${name} is`;
}

export interface LetterText {
  language: InterfaceLanguage;
  lang: string;
  dir: 'ltr' | 'rtl';
  child: string;
  say: (key: LetterKey, values?: Record<string, string>) => string;
  /** A text of the content in the letter's language when the school translated it, and its language. */
  text: (english: string) => { text: string; lang: string };
}

export function letterText(pupil: PupilEntry, content: SchoolContent): LetterText {
  const language = interfaceLanguage(pupil.plan.familyLanguage);
  const { lang, dir } = INTERFACE_LANGUAGES[language];
  const child = knownAs(pupil.plan);
  const names = { child, childIs: subjectIs(pupil.plan.pronouns, child) };
  return {
    language,
    lang,
    dir,
    child,
    say: (key, values = {}) => fill(LETTER_WORDS[language][key], { ...names, ...values }),
    text: (english) => {
      const translated = language === 'en' ? undefined : translationOf(content.translations, english, language);
      return translated ? { text: translated, lang } : { text: english, lang: 'en-GB' };
    },
  };
}
