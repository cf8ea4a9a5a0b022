/**
 * The checker's word on a family that reads another language: the texts on their page that the
 * school has not translated yet, each with where it is written, in one warning per family.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/display-path.ts';
import type { Problem } from '../content/problems.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';
import { termsUsed } from '../plan/explain-terms.ts';
import { familyPlan, familyTexts, termMeaning } from '../plan/family-plan.ts';
import type { FamilyWords } from '../plan/family-text.ts';
import { FAMILY_WORDS, INTERFACE_LANGUAGES, interfaceLanguage, type InterfaceLanguage } from '../plan/family-words.ts';

const FAMILY_SECTION = /<ForFamily(?:\s+lang="([a-z-]+)")?\s*>/g;
const MOST_SHOWN = 12;

/** The texts a family with a language reads only in English, each with where it is written. */
export function untranslated(content: SchoolContent, pupil: PupilEntry): { language: InterfaceLanguage; missing: FamilyWords[] } {
  const language = interfaceLanguage(pupil.plan.familyLanguage);
  if (language === 'en') return { language, missing: [] };
  const view = familyPlan(pupil, content);
  const texts = familyTexts(view);
  // The glossary terms the page shows in the family's language: in the school's texts, and in the
  // heading of the EHCP's aims when there are any.
  const shown = texts.map((words) => words.tr[language] ?? words.en);
  if (view.goals.some((goal) => goal.longTerm)) shown.push(FAMILY_WORDS[language].biggerAim);
  const meanings = termsUsed(shown, content.glossary).map((term) => termMeaning(content, term));
  const seen = new Set<string>();
  const missing = [...texts, ...meanings].filter((words) => {
    if (!words.from || words.tr[language] !== undefined || seen.has(words.en)) return false;
    seen.add(words.en);
    return true;
  });
  const sections = [...pupil.body.matchAll(FAMILY_SECTION)];
  const english = sections.find((section) => section[1] === undefined);
  if (english && !sections.some((section) => section[1] === language)) {
    const line = pupil.body.slice(0, english.index).split('\n').length;
    const first = english.input
      .slice(english.index + english[0].length)
      .trim()
      .split('\n')[0]!;
    missing.push({ en: first, tr: {}, from: { file: pupil.file, field: BODY_FIELD, line: bodyStart(pupil) + line - 1 } });
  }
  // The plan's own texts first, in the order of its lines; then the other files' (bank, staff, school).
  const order = (words: FamilyWords) => [words.from!.file === pupil.file ? '' : words.from!.file, words.from!.line ?? 0] as const;
  missing.sort((a, b) => order(a)[0].localeCompare(order(b)[0]) || order(a)[1] - order(b)[1]);
  return { language, missing };
}

/** The field name the free text's <ForFamily> section goes by: it is translated in the plan, not in a file. */
export const BODY_FIELD = '<ForFamily>';

/** One warning listing every text a family with a language reads only in English, or none. */
export function missingTranslations(content: SchoolContent, pupil: PupilEntry): Problem | undefined {
  const { language, missing } = untranslated(content, pupil);
  if (language === 'en' || missing.length === 0) return undefined;
  const { english: name } = INTERFACE_LANGUAGES[language];
  // Other files as the SENCO knows them, inside the content folder: content/strategies/story-map.md.
  const inContent = (file: string) =>
    path.isAbsolute(file) ? path.join(path.basename(content.folder), path.relative(content.folder, file)).split(path.sep).join('/') : file;
  const file = inContent(displayPath(path.join(content.folder, 'translations', `${language}.yaml`)));
  const where = (words: FamilyWords) => {
    const from = words.from!;
    const place = [from.file === pupil.file ? '' : inContent(from.file), from.line === undefined ? '' : `line ${from.line}`]
      .filter(Boolean)
      .join(', ');
    return `    ${place}${place ? ', ' : ''}${from.field}: "${shorten(words.en)}"`;
  };
  const shown = missing.slice(0, MOST_SHOWN).map(where);
  if (missing.length > MOST_SHOWN) shown.push(`    and ${missing.length - MOST_SHOWN} more.`);
  return {
    file: pupil.file,
    line: pupil.lineOf?.(['familyLanguage']),
    field: '"Family language"',
    severity: 'warning',
    rule: 'missing-translation',
    message: [
      `The family reads the page in ${name} (${language}), but ${missing.length === 1 ? '1 text on it has' : `${missing.length} texts on it have`} no ${name} wording yet, so ${missing.length === 1 ? 'it shows' : 'they show'} in English:`,
      ...shown,
    ].join('\n'),
    fix:
      `Add each text to ${file}: a line "- en:" with the English exactly as it is written, and "${language}:" under it with the ${name}. ` +
      `For the free text, add a <ForFamily lang="${language}"> section beside the English one.`,
  };
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

/** The line of the file the MDX body starts on: it follows the frontmatter. */
function bodyStart(pupil: PupilEntry): number {
  if (!existsSync(pupil.file)) return 1;
  return readFileSync(pupil.file, 'utf8').split('\n').length - pupil.body.split('\n').length + 1;
}
