/**
 * Reads every file in the content folder, checks each against its schema, then checks that the
 * files agree with each other. Every problem is collected; nothing stops at the first.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  GlossarySchema,
  GroupSchema,
  PlanSchema,
  ReviewSchema,
  SchoolSchema,
  StaffListSchema,
  StrategySchema,
  isRealDate,
  translationListSchema,
  readLikelyDate,
  whyNotARealDate,
} from '../../schemas/index.ts';
import { displayPath } from './display-path.ts';
import { readSymbolManifest } from '../symbols/symbol-manifest.ts';
import { IMAGE_FILE_LIMIT } from './body/body-images.ts';
import { bodyKind, checkBody, judgeBodyText } from './body/check-body.ts';
import { confinedFile } from './confined-path.ts';
import { checkCrossReferences } from './cross-references.ts';
import { problemsFromIssues, type Problem } from './problems.ts';
import type { PupilEntry, ReviewEntry, SchoolContent } from './school-content.ts';
import { readTranslations } from './read-translations.ts';
import { unfinishedReview } from './unfinished-review.ts';
import { readContentText, sizeInWords } from './read-text.ts';
import { readYamlSource, rememberedSource, type YamlSource } from './yaml-source.ts';
import { memoKey, recallFile, rememberFile } from './read-memo.ts';

export interface LoadResult {
  /** The content, when every file could at least be read and matched its schema. */
  content?: SchoolContent | undefined;
  problems: Problem[];
}

const ID_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What reading a file gives when it is left out (an unfinished review). */
const SET_ASIDE = Symbol('set aside');

/** The names a pupil's photo may have, in pupils/<pupil-id>/. */
export const PHOTO_NAMES = ['photo.jpg', 'photo.jpeg', 'photo.png', 'photo.webp'];

export function loadContent(folder: string): LoadResult {
  const problems: Problem[] = [];
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    problems.push({
      file: displayPath(folder),
      message: 'The content folder does not exist.',
      fix: 'Create it with a school.yaml inside, or set WAYPOINT_CONTENT to the folder that holds school.yaml.',
      severity: 'error',
    });
    return { problems };
  }

  /**
   * Reads one file with its schema (named, for the memo of earlier readings: read-memo.ts). A file
   * `setAside` has a problem with is left out, with that problem only. A remembered reading was of a
   * file it had none with (only files read in full are remembered), so it is not asked again.
   */
  function readOrSetAside<S extends z.ZodType>(
    file: string,
    name: string,
    schema: S,
    kind: 'yaml' | 'frontmatter',
    item?: string,
    setAside?: (file: string, source: YamlSource) => Problem | undefined,
  ) {
    const shown = displayPath(file);
    const read = readContentText(file);
    if (read.problem) {
      problems.push({ file: shown, ...read.problem, severity: 'error' });
      return undefined;
    }
    const key = memoKey(name, kind, read.text);
    const memo = recallFile(key);
    if (memo) {
      const source = rememberedSource(read.text, kind, memo.data, memo.lines);
      if (kind === 'frontmatter') problems.push(...checkBody(file, source.body, source.bodyLine, folder, memo.body));
      return { file: shown, source, data: memo.valid as z.output<S> };
    }
    const source = readYamlSource(read.text, kind);
    const aside = setAside?.(file, source);
    if (aside) {
      problems.push(aside);
      return SET_ASIDE;
    }
    const body = kind === 'frontmatter' ? judgeBodyText(source.body, bodyKind(file)) : undefined;
    if (body) problems.push(...checkBody(file, source.body, source.bodyLine, folder, body));
    if (source.syntax.length > 0) {
      problems.push(...source.syntax.map((problem) => ({ file: shown, ...problem, severity: 'error' as const })));
      return undefined;
    }
    const result = schema.safeParse(source.data, { reportInput: true });
    if (!result.success) {
      problems.push(...problemsFromIssues(result.error.issues, source, shown, item));
      // Kept without its data, so the checks across files still read it: every problem in one run.
      return { file: shown, source, reported: new Set(result.error.issues.map((issue) => issue.path.join('.'))), data: undefined };
    }
    rememberFile(key, { data: source.data, lines: source.lines!, body, valid: result.data });
    return { file: shown, source, data: result.data };
  }

  function read<S extends z.ZodType>(file: string, name: string, schema: S, kind: 'yaml' | 'frontmatter', item?: string) {
    const checked = readOrSetAside(file, name, schema, kind, item);
    return checked === SET_ASIDE ? undefined : checked;
  }

  function required(name: string) {
    const file = path.join(folder, name);
    if (existsSync(file)) return file;
    problems.push({
      file: displayPath(file),
      message: `The file ${name} is missing.`,
      fix: `Create ${name} in the content folder; the authoring guide in the README shows what goes in it.`,
      severity: 'error',
    });
    return undefined;
  }

  /** Files in a folder with one of the endings, named as ids (the name is the id plans use). */
  function idFiles(sub: string, ending: string) {
    const dir = path.join(folder, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(ending))
      .sort()
      .flatMap((name) => {
        const id = name.slice(0, -ending.length);
        const file = path.join(dir, name);
        if (ID_NAME.test(id)) return [{ id, file }];
        problems.push(badName(file, `"${name}"`, ending));
        return [];
      });
  }

  const schoolFile = required('school.yaml');
  const staffFile = required('staff.yaml');
  const glossaryFile = path.join(folder, 'glossary.yaml');
  const school = schoolFile ? read(schoolFile, 'school', SchoolSchema, 'yaml') : undefined;
  const staff = staffFile ? read(staffFile, 'staff', StaffListSchema, 'yaml', 'Staff member') : undefined;
  const glossary = existsSync(glossaryFile) ? read(glossaryFile, 'glossary', GlossarySchema, 'yaml', 'Term') : undefined;

  const translations = readTranslations(idFiles('translations', '.yaml'), (file, language) =>
    read(file, `translations:${language}`, translationListSchema(language), 'yaml', 'Translation'),
  );
  problems.push(...translations.problems);

  const strategies = idFiles('strategies', '.md').map(({ id, file }) => ({ id, checked: read(file, 'strategy', StrategySchema, 'frontmatter') }));
  const groups = idFiles('groups', '.mdx').map(({ id, file }) => ({ id, checked: read(file, 'group', GroupSchema, 'frontmatter') }));

  const pupilsDir = path.join(folder, 'pupils');
  const pupilIds = existsSync(pupilsDir)
    ? readdirSync(pupilsDir).filter((name) => statSync(path.join(pupilsDir, name)).isDirectory()).sort()
    : [];
  const pupils = pupilIds.flatMap((id) => {
    const dir = path.join(pupilsDir, id);
    if (!ID_NAME.test(id)) {
      problems.push(badName(dir, `The folder "${id}"`, ''));
      return [];
    }
    const planFile = path.join(dir, 'plan.mdx');
    if (!existsSync(planFile)) {
      problems.push({
        file: displayPath(dir),
        message: 'This pupil folder has no plan.mdx.',
        fix: 'Create plan.mdx in it (copy another pupil\'s plan and change every field), or delete the folder.',
        severity: 'error',
      });
      return [];
    }
    const reviewsDir = path.join(dir, 'reviews');
    const reviews = existsSync(reviewsDir)
      ? readdirSync(reviewsDir)
          .filter((name) => name.endsWith('.mdx'))
          .sort()
          .flatMap((name) => {
            const file = path.join(reviewsDir, name);
            const date = name.slice(0, -'.mdx'.length);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date)) {
              problems.push(badReviewName(file, name, date));
              return [];
            }
            const checked = readOrSetAside(file, 'review', ReviewSchema, 'frontmatter', undefined, unfinishedReview);
            return checked === SET_ASIDE ? [] : [{ date, checked }];
          })
      : [];
    return [{ id, checked: read(planFile, 'plan', PlanSchema, 'frontmatter'), reviews, photo: findPhoto(dir, id) }];
  });

  /** The pupil's photo: a file inside their own folder (a shortcut to a file elsewhere is refused). */
  function findPhoto(dir: string, id: string): string | undefined {
    const name = PHOTO_NAMES.find((candidate) => existsSync(path.join(dir, candidate)));
    if (!name) return undefined;
    const found = confinedFile(name, dir, dir, folder);
    const problem = (message: string, fix: string) =>
      problems.push({ file: displayPath(path.join(dir, name)), field: 'Photo', message, fix, severity: 'error' });
    if (found.problem === 'not-a-file') problem(`${name} is a folder, not a photo.`, 'Rename or delete the folder.');
    else if (found.problem) {
      problem(`${name} is a shortcut to a file outside pupils/${id}/, this pupil's own folder.`, `Copy the photo itself into pupils/${id}/ in place of the shortcut.`);
    } else if (statSync(found.file).size > IMAGE_FILE_LIMIT) {
      problem(`The photo is ${sizeInWords(statSync(found.file).size)}, more than the ${sizeInWords(IMAGE_FILE_LIMIT)} Waypoint reads.`, 'Save a smaller copy of it.');
    } else return found.file;
    return undefined;
  }

  problems.push(...(readSymbolManifest(folder)?.problems ?? []));

  problems.push(
    ...checkCrossReferences({
      school,
      staff,
      glossary,
      strategies: strategies.flatMap(({ id, checked }) => (checked ? [{ id, ...checked }] : [])),
      groups: groups.flatMap(({ id, checked }) => (checked ? [{ id, ...checked }] : [])),
      pupils: pupils.flatMap(({ id, checked, reviews }) =>
        checked ? [{ id, ...checked, reviews: reviews.flatMap(({ date, checked }) => (checked ? [{ date, ...checked }] : [])) }] : [],
      ),
      strategyIds: strategies.map(({ id }) => id),
      groupIds: groups.map(({ id }) => id),
    }),
  );

  /** Only the files that matched their schema, with their data. */
  const valid = <T extends { checked?: { data?: unknown } | undefined }>(entries: T[]) =>
    entries.flatMap((entry) => (entry.checked?.data === undefined ? [] : [{ ...entry, checked: { ...entry.checked, data: entry.checked.data } }]));
  const checked = {
    strategies: valid(strategies).map(({ id, checked }) => ({ id, ...checked })),
    groups: valid(groups).map(({ id, checked }) => ({ id, ...checked })),
    pupils: valid(pupils).map(({ id, checked, reviews, photo }) => ({
      id,
      ...checked,
      photo,
      reviews: valid(reviews).map(({ date, checked }) => ({ date, ...checked })),
    })),
  };
  const allRead =
    school?.data && staff?.data && (glossary?.data || !existsSync(glossaryFile)) && translations.allRead &&
    [...strategies, ...groups, ...pupils].every((entry) => entry.checked?.data) &&
    pupils.every((pupil) => pupil.reviews.every((review) => review.checked?.data));

  if (!allRead || !school?.data || !staff?.data || problems.some((problem) => problem.severity === 'error')) return { problems };

  const content: SchoolContent = {
    folder,
    school: school.data,
    staff: staff.data,
    glossary: glossary?.data ?? [],
    glossaryFile: glossary ? { file: glossary.file, lineOf: glossary.source.lineOf } : undefined,
    schoolFile: { file: school.file, lineOf: school.source.lineOf },
    staffFile: { file: staff.file, lineOf: staff.source.lineOf },
    translations: translations.files,
    strategies: new Map(
      checked.strategies.map(({ id, file, data, source }) => [id, { id, file, body: source.body, lineOf: source.lineOf, ...data }]),
    ),
    groups: new Map(checked.groups.map(({ id, file, data, source }) => [id, { id, file, body: source.body, ...data }])),
    pupils: checked.pupils.map(
      ({ id, file, data, source, photo, reviews }): PupilEntry => ({
        id,
        file,
        plan: data,
        body: source.body,
        photo,
        lineOf: source.lineOf,
        reviews: reviews.map(({ date, file, data, source }): ReviewEntry => ({ date, file, body: source.body, lineOf: source.lineOf, ...data })),
      }),
    ),
  };
  return { content, problems };
}

/** A review file must be named after its meeting day: say how, using the date the SENCO meant. */
function badReviewName(file: string, name: string, date: string): Problem {
  const meant = readLikelyDate(date);
  const written = /^\d{4}-\d{2}-\d{2}$/.test(date);
  return {
    file: displayPath(file),
    message: written
      ? `The review file is named after a date that does not exist: ${whyNotARealDate(date)}.`
      : `The review file name "${name}" is not a date written year-month-day.`,
    fix:
      meant && isRealDate(meant)
        ? `Rename the file ${meant}.mdx: the year first, then the month, then the day.`
        : 'Rename the file after the day of the meeting, year-month-day, like 2026-12-11.mdx.',
    severity: 'error',
  };
}

function badName(file: string, what: string, ending: string): Problem {
  return {
    file: displayPath(file),
    message: `${what} is not written as an id, so plans cannot name it.`,
    fix: `Rename it in lower-case letters, numbers and hyphens, like coloured-overlay${ending}.`,
    severity: 'error',
  };
}
