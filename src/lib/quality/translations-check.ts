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
import { INTERFACE_LANGUAGES, interfaceLanguage } from '../plan/family-words.ts';

const FAMILY_SECTION = /<ForFamily(?:\s+lang="([a-z-]+)")?\s*>/g;
const MOST_SHOWN = 12;

/** One warning listing every text a family with a language reads only in English, or none. */
export function missingTranslations(content: SchoolContent, pupil: PupilEntry): Problem | undefined {
  const language = interfaceLanguage(pupil.plan.familyLanguage);
  if (language === 'en') return undefined;
  const texts = familyTexts(familyPlan(pupil, content));
  const meanings = termsUsed(
    texts.map((words) => words.tr[language] ?? words.en),
    content.glossary,
  ).map((term) => termMeaning(content, term));
  const missing: FamilyWords[] = [...texts, ...meanings].filter((words) => words.from && words.tr[language] === undefined);
  const sections = [...pupil.body.matchAll(FAMILY_SECTION)];
  const english = sections.find((section) => section[1] === undefined);
  if (english && !sections.some((section) => section[1] === language)) {
    const line = pupil.body.slice(0, english.index).split('\n').length;
    missing.push({ en: english.input.slice(english.index + english[0].length).trim().split('\n')[0]!, tr: {}, from: { file: pupil.file, field: '<ForFamily>', line: bodyStart(pupil) + line - 1 } });
  }
  if (missing.length === 0) return undefined;
  const { english: name } = INTERFACE_LANGUAGES[language];
  const file = displayPath(path.join(content.folder, 'translations', `${language}.yaml`));
  const where = (words: FamilyWords) => {
    const from = words.from!;
    const place = [from.file === pupil.file ? '' : from.file, from.line === undefined ? '' : `line ${from.line}`].filter(Boolean).join(', ');
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
