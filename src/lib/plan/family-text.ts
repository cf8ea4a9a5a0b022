/**
 * Text a family reads, in every language the school gives it. Each text keeps its English (as the
 * content writes it), the school's translations, and where it is written, so the checker can ask
 * for the translations that are missing. A view shows the translation in the page's language when
 * there is one, and the English, marked as English, when there is not.
 */
import { escapeUTF8 } from 'entities';
import { fieldLabel } from '../content/field-meta.ts';
import type { LineOf, SchoolContent } from '../content/school-content.ts';
import { translationsOf } from '../content/translations.ts';
import { familyWord, INTERFACE_LANGUAGES, LANGUAGE_CODES, type InterfaceLanguage, type WordKey } from './family-words.ts';

/** Where a text is written, the way the checker names it. */
export interface TextSource {
  file: string;
  line?: number | undefined;
  field: string;
}

/**
 * A piece of rich text: words, words in bold (`isolate` keeps them whole in any direction of
 * writing, for an English term on an Urdu line), or a name kept whole the same way.
 */
export type RichPart = string | { strong: string; isolate?: boolean } | { bdi: string } | { link: string; href: string };
export type Rich = string | RichPart[];

/** A text in English and in each language the school translated it into. */
export interface FamilyWords<T extends Rich = string> {
  en: T;
  tr: Partial<Record<InterfaceLanguage, T>>;
  /** Where the English is written; absent for text the product writes itself. */
  from?: TextSource | undefined;
}

/** The source of a text in a content file, from its path. */
export function sourceOf(file: string, lineOf: LineOf | undefined, path: (string | number)[], item?: string): TextSource {
  return { file, line: lineOf?.(path), field: fieldLabel(path, item) };
}

/**
 * A text of the content, with every translation of it: `familyIn` written beside it in the plan
 * wins over the school's translations file.
 */
export function familyWords(school: SchoolContent, text: string, from?: TextSource, familyIn?: Record<string, string>): FamilyWords {
  const found = { ...translationsOf(school.translations, text), ...familyIn };
  const tr: Partial<Record<InterfaceLanguage, string>> = {};
  for (const code of LANGUAGE_CODES) if (code !== 'en' && found[code]) tr[code] = found[code];
  return { en: text, tr, from };
}

/** Words the product writes itself, in every language (from the interface words). */
export function productWords<T extends Rich>(make: (language: InterfaceLanguage) => T): FamilyWords<T> {
  const tr: Partial<Record<InterfaceLanguage, T>> = {};
  for (const code of LANGUAGE_CODES) if (code !== 'en') tr[code] = make(code);
  return { en: make('en'), tr };
}

/**
 * One block made of several texts: in English, and in each language every one of them is
 * translated into. A block is never half translated, so each block has one language.
 */
export function compose<T extends Rich>(
  parts: (FamilyWords | undefined)[],
  make: (language: InterfaceLanguage, texts: (string | undefined)[]) => T,
): FamilyWords<T> {
  const tr: Partial<Record<InterfaceLanguage, T>> = {};
  for (const code of LANGUAGE_CODES) {
    if (code === 'en') continue;
    const texts = parts.map((part) => (part ? part.tr[code] : undefined));
    if (parts.every((part, index) => !part || texts[index] !== undefined)) tr[code] = make(code, texts);
  }
  return {
    en: make(
      'en',
      parts.map((part) => part?.en),
    ),
    tr,
  };
}

/** A phrase ended as a sentence in its language: "Learning mentor room" → "Learning mentor room." (Urdu: ۔). */
export const stop = (text: string, language: InterfaceLanguage = 'en') =>
  /[.!?۔؟]$/.test(text) ? text : `${text}${language === 'ur' ? '۔' : '.'}`;

/** A labelled line in one language: "Where: the SENCO's office." The label is bold. */
export const labelled = (key: WordKey, words: FamilyWords, names: Record<string, string> = {}): FamilyWords<RichPart[]> =>
  compose([words], (code, [text]) => [{ strong: familyWord(code, key, names) }, ' ', text!]);

/** A date as a family reads it in a language: "20 November", "20 listopada". */
export const dayAndMonth = (language: InterfaceLanguage, iso: string) =>
  new Intl.DateTimeFormat(INTERFACE_LANGUAGES[language].lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * The languages a page in `language` holds a text in — English, and the page's language when the
 * school translated it (a family switching to a third language reads the school's words in English)
 * — and which of them shows.
 */
export function alternatives<T extends Rich>(words: FamilyWords<T>, language: InterfaceLanguage) {
  const shown: InterfaceLanguage = words.tr[language] !== undefined ? language : 'en';
  return LANGUAGE_CODES.filter((code) => code === 'en' || code === language).flatMap((code) => {
    const text = code === 'en' ? words.en : words.tr[code];
    return text === undefined ? [] : [{ code, text, hidden: code !== shown }];
  });
}

const escape = (text: string) => escapeUTF8(text);

/**
 * The HTML of a text in every language it has: one element per language, the page's language shown
 * and the others hidden, each marked with its own lang and dir. Words.astro and the glossary's
 * meanings both draw text this way, so the language buttons can switch every one of them.
 */
export function wordsHtml(words: FamilyWords<Rich>, language: InterfaceLanguage, tag = 'p', className?: string): string {
  const parts = (text: Rich) => (typeof text === 'string' ? [text] : text);
  const html = (part: RichPart) =>
    typeof part === 'string'
      ? escape(part)
      : 'strong' in part
        ? `<strong>${part.isolate ? `<bdi>${escape(part.strong)}</bdi>` : escape(part.strong)}</strong>`
        : 'link' in part
          ? `<a href="${escape(part.href)}" dir="ltr">${escape(part.link)}</a>`
          : `<bdi>${escape(part.bdi)}</bdi>`;
  return alternatives(words, language)
    .map(({ code, text, hidden }) => {
      const { lang, dir } = INTERFACE_LANGUAGES[code];
      const attributes = [
        className ? ` class="${escape(className)}"` : '',
        ` data-wp-text data-wp-in="${code}" lang="${lang}" dir="${dir}"`,
        hidden ? ' hidden' : '',
      ].join('');
      return `<${tag}${attributes}>${parts(text).map(html).join('')}</${tag}>`;
    })
    .join('');
}
