/**
 * Reads content/translations/<language>.yaml: one file per language a family reads. The file's
 * name is the language code the plans use in `familyLanguage`.
 */
import { FAMILY_LANGUAGES, type TranslationEntry } from '../../schemas/index.ts';
import { displayPath } from './display-path.ts';
import type { Problem } from './problems.ts';
import type { CheckedFile } from './school-content.ts';
import { sameText, type TranslationFile } from './translations.ts';

const LANGUAGES = FAMILY_LANGUAGES.filter((code) => code !== 'en');

export function readTranslations(
  found: { id: string; file: string }[],
  read: (file: string, language: string) => Omit<CheckedFile<TranslationEntry[]>, 'data'> & { data: TranslationEntry[] | undefined } | undefined,
): { files: Map<string, TranslationFile>; problems: Problem[]; allRead: boolean } {
  const files = new Map<string, TranslationFile>();
  const problems: Problem[] = [];
  let allRead = true;
  for (const { id: language, file } of found) {
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      problems.push({
        file: displayPath(file),
        message: `"${language}" is not a language code a family view can be shown in, so this file is not used.`,
        fix: `Name the file after a plan's familyLanguage: ${LANGUAGES.join(', ')}. For Polish, translations/pl.yaml.`,
        severity: 'error',
      });
      continue;
    }
    const checked = read(file, language);
    if (!checked?.data) {
      allRead = false;
      continue;
    }
    const entries = new Map<string, string | undefined>();
    const { data } = checked;
    data.forEach((entry, index) => {
      const english = sameText(entry.en);
      const earlier = [...entries.keys()].indexOf(english);
      if (earlier !== -1) {
        problems.push({
          file: checked.file,
          line: checked.source.lineOf([index, 'en']),
          field: `Translation ${index + 1}, "English"`,
          message: `This English text is already translated in translation ${earlier + 1}.`,
          fix: 'Keep one translation of each text and delete the other.',
          severity: 'error',
        });
        return;
      }
      entries.set(english, entry[language]);
    });
    files.set(language, { language, file: checked.file, lineOf: checked.source.lineOf, entries });
  }
  return { files, problems, allRead };
}
