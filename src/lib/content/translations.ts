/**
 * The school's translations (content/translations/<language>.yaml), looked up by the English text
 * they translate. A text is matched as written, with runs of spaces and line breaks made single, so
 * a change to the English shows up as "not translated" rather than as a stale translation.
 */
import type { LineOf } from './school-content.ts';

export interface TranslationFile {
  /** The language code, from the file name: pl for translations/pl.yaml. */
  language: string;
  /** The file as messages name it. */
  file: string;
  lineOf: LineOf;
  /** The translation of each English text (by sameText), or undefined when it is listed but blank. */
  entries: Map<string, string | undefined>;
}

/** Every language's file, by language code. */
export type Translations = ReadonlyMap<string, TranslationFile>;

/** A text as translations match it: spaces and line breaks made single, no space at either end. */
export const sameText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The school's translation of an English text into a language, if it has one. */
export function translationOf(translations: Translations | undefined, text: string, language: string): string | undefined {
  return translations?.get(language)?.entries.get(sameText(text)) ?? undefined;
}

/** Every translation the school has of an English text, by language code. */
export function translationsOf(translations: Translations | undefined, text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [language, file] of translations ?? []) {
    const translated = file.entries.get(sameText(text));
    if (translated) found[language] = translated;
  }
  return found;
}
