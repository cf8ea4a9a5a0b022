/**
 * Reads a management-information-system export (CSV) of pupils on the SEN register and turns each
 * row into a new pupil for scaffoldPlan. Columns are found by their headings, in any case and with
 * the spellings MIS exports use; dates may be day/month/year (UK exports) or year-month-day.
 */
import { parse } from 'csv-parse/sync';
import { isRealDate, readLikelyDate, whyNotARealDate } from '../../schemas/index.ts';
import { CENSUS_CODES, censusNeed } from './census-needs.ts';
import type { NewPupil, NewPupilNeed } from './scaffold-plan.ts';

type Column =
  | 'name'
  | 'forename'
  | 'surname'
  | 'preferredName'
  | 'dateOfBirth'
  | 'yearGroup'
  | 'className'
  | 'sets'
  | 'status'
  | 'primaryNeed'
  | 'secondaryNeed';

/** Headings each column may have, written without spaces, hyphens or case. */
const HEADINGS: Record<Column, string[]> = {
  name: ['name', 'legalname', 'fullname', 'pupilname', 'fulllegalname', 'pupil'],
  forename: ['forename', 'legalforename', 'firstname', 'givenname'],
  surname: ['surname', 'legalsurname', 'lastname', 'familyname'],
  preferredName: ['preferredname', 'knownas', 'preferredforename', 'chosenname'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate'],
  yearGroup: ['year', 'yeargroup', 'ncyear', 'nationalcurriculumyear', 'yr'],
  className: ['class', 'classname', 'form', 'regGroup'.toLowerCase(), 'registrationgroup', 'tutorgroup'],
  sets: ['sets', 'teachingsets', 'teachinggroups', 'teachingclasses', 'classes'],
  status: ['senstatus', 'senprovision', 'sen', 'status', 'senstage'],
  primaryNeed: ['primaryneed', 'primarysenneed', 'primarysentype', 'senprimaryneed', 'primarytypeofneed', 'primary'],
  secondaryNeed: ['secondaryneed', 'secondarysenneed', 'secondarysentype', 'sensecondaryneed', 'secondarytypeofneed', 'secondary'],
};

/** What each required column is called in a message. */
const LABELS: Record<Column, string> = {
  name: 'name',
  forename: 'forename',
  surname: 'surname',
  preferredName: 'preferred name',
  dateOfBirth: 'date of birth',
  yearGroup: 'year',
  className: 'class',
  sets: 'teaching sets',
  status: 'SEN status',
  primaryNeed: 'primary need',
  secondaryNeed: 'secondary need',
};

const REQUIRED: Column[] = ['dateOfBirth', 'yearGroup', 'className', 'status', 'primaryNeed'];

export interface ImportProblem {
  line: number;
  /** The column's number, 1 for A. */
  column?: number | undefined;
  /** The column's heading as the file writes it. */
  heading?: string | undefined;
  message: string;
  fix: string;
}

export interface ImportRow {
  line: number;
  pupil: NewPupil & { dateOfBirth: string };
  /** Census codes that name no broad area (OTH, NSA): the SENCO must choose one. */
  undecided: string[];
}

export interface ParsedImport {
  rows: ImportRow[];
  /** Rows left out on purpose, with the reason (not on the SEN register). */
  skipped: { line: number; name: string; reason: string }[];
  problems: ImportProblem[];
  /** A problem with the whole file (no rows read): missing columns, not a CSV. */
  fatal?: ImportProblem[] | undefined;
}

const squash = (heading: string) => heading.toLowerCase().replace(/[^a-z]/g, '');

/** Column 1 → A, 27 → AA, as a spreadsheet shows it. */
export const columnLetter = (column: number): string =>
  (column > 26 ? columnLetter(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));

export function parsePupilsCsv(text: string): ParsedImport {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes with where it was read (csv-parse's types do not say so).
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      skipped: [],
      problems: [],
      fatal: [
        {
          line,
          message: `The file cannot be read as CSV (${(error as Error).message.split(':')[0]}).`,
          fix: 'Export it again from the MIS as CSV (comma separated), or check the quotes on this line.',
        },
      ],
    };
  }
  const header = records[0]?.record ?? [];
  const where = new Map<Column, number>();
  header.forEach((heading, index) => {
    const key = squash(heading);
    const column = (Object.keys(HEADINGS) as Column[]).find((name) => HEADINGS[name].includes(key));
    if (column && !where.has(column)) where.set(column, index);
  });
  const hasName = where.has('name') || (where.has('forename') && where.has('surname'));
  const missing = [...(hasName ? [] : (['name'] as Column[])), ...REQUIRED.filter((column) => !where.has(column))];
  if (missing.length > 0) {
    return {
      rows: [],
      skipped: [],
      problems: [],
      fatal: missing.map((column) => ({
        line: 1,
        message: `The file has no column for the pupil's ${LABELS[column]}.`,
        fix: `Add a column headed "${column === 'name' ? 'Name' : LABELS[column].replace(/^./, (c) => c.toUpperCase())}" (the first line of the file names the columns${header.length > 0 ? `; it has ${header.map((h) => `"${h}"`).join(', ')}` : ''}).`,
      })),
    };
  }

  const result: ParsedImport = { rows: [], skipped: [], problems: [] };
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (column: Column) => {
      const index = where.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const rowProblems: ImportProblem[] = [];
    const problem = (column: Column, message: string, fix: string) => {
      const index = where.get(column);
      rowProblems.push({
        line,
        column: index === undefined ? undefined : index + 1,
        heading: index === undefined ? undefined : header[index],
        message,
        fix,
      });
    };

    // Some exports write "Surname, Forename": the plan wants the name as people say it.
    const name = where.has('name') ? cell('name').replace(/^([^,]+),\s*(.+)$/, '$2 $1') : `${cell('forename')} ${cell('surname')}`.trim();
    if (!name)
      problem(where.has('name') ? 'name' : 'forename', "The pupil's name is empty.", 'Write the full legal name, or delete the row.');

    const status = readStatus(cell('status'));
    if (status === 'not-on-register') {
      result.skipped.push({
        line,
        name: name || '(no name)',
        reason: `the SEN status "${cell('status')}" means the pupil is not on the SEN register`,
      });
      continue;
    }
    if (!status)
      problem(
        'status',
        cell('status') ? `"${cell('status')}" is not an SEN status.` : 'The SEN status is empty.',
        'Write K for SEN support or E for an EHCP, as in the school census.',
      );

    const dateOfBirth = readDate(cell('dateOfBirth'), (message, fix) => problem('dateOfBirth', message, fix));

    const yearGroup = readYear(cell('yearGroup'));
    if (yearGroup === undefined)
      problem(
        'yearGroup',
        cell('yearGroup') ? `"${cell('yearGroup')}" is not a year group.` : 'The year is empty.',
        'Write R for Reception, or a year from 1 to 14, like 5 or Year 5.',
      );

    const className = cell('className');
    if (!className) problem('className', 'The class is empty.', 'Write the class or form, like 5H.');

    const needs: NewPupilNeed[] = [];
    const undecided: string[] = [];
    for (const column of ['primaryNeed', 'secondaryNeed'] as const) {
      const code = cell(column);
      if (!code) {
        if (column === 'primaryNeed')
          problem(column, 'The primary need is empty.', `Write the census code of the main need: one of ${CENSUS_CODES.join(', ')}.`);
        continue;
      }
      const need = censusNeed(code);
      if (!need) {
        problem(column, `"${code}" is not a DfE census code for a type of need.`, `Use one of ${CENSUS_CODES.join(', ')}.`);
        continue;
      }
      if (!need.area) undecided.push(need.code);
      const sameArea = need.area && needs.find((other) => other.area === need.area && !other.undecided);
      if (sameArea) {
        sameArea.code = `${sameArea.code}, ${need.code}`;
        sameArea.words = `${sameArea.words}; ${need.words.toLowerCase()}`;
      } else {
        needs.push({ area: need.area ?? 'cognition-and-learning', code: need.code, words: need.words, undecided: !need.area });
      }
    }

    const key = `${name.toLowerCase()}|${dateOfBirth ?? ''}`;
    if (rowProblems.length === 0 && seen.has(key)) {
      result.skipped.push({ line, name, reason: `the same pupil is on line ${seen.get(key)}` });
      continue;
    }
    if (rowProblems.length > 0) {
      result.problems.push(...rowProblems);
      continue;
    }
    seen.set(key, line);
    result.rows.push({
      line,
      undecided,
      pupil: {
        name,
        preferredName: cell('preferredName') || undefined,
        dateOfBirth: dateOfBirth!,
        yearGroup: yearGroup!,
        className,
        // Sets may be listed with commas, semicolons or spaces between them: "9Sc3, 9Ma4".
        sets: where.has('sets')
          ? cell('sets')
              .split(/[\s,;]+/)
              .filter(Boolean)
          : undefined,
        status: status!,
        needs,
      },
    });
  }
  return result;
}

function readStatus(text: string): 'sen-support' | 'ehcp' | 'not-on-register' | undefined {
  const value = text.toLowerCase().replace(/[^a-z]/g, '');
  if (['k', 'sensupport', 'support'].includes(value)) return 'sen-support';
  if (['e', 'ehcp', 'ehcplan', 'ehc', 's', 'statement'].includes(value)) return 'ehcp';
  if (['n', 'no', 'none', 'nosen'].includes(value)) return 'not-on-register';
  return undefined;
}

function readYear(text: string): number | undefined {
  const value = text.toLowerCase().replace(/\s+/g, '');
  if (['r', 'rec', 'reception', 'yr', 'yearr'].includes(value)) return 0;
  const match = /^(?:y|year|yr)?(\d{1,2})$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1 && year <= 14 ? year : undefined;
}

/** 14/03/2017, 14-03-2017, 14.03.2017, 14 March 2017 or 2017-03-14 → 2017-03-14. */
function readDate(text: string, problem: (message: string, fix: string) => void): string | undefined {
  const fix = 'Write the date as day/month/year, like 14/03/2017, or year-month-day, like 2017-03-14.';
  if (!text) {
    problem('The date of birth is empty.', fix);
    return undefined;
  }
  const iso = readLikelyDate(text);
  if (!iso) {
    problem(`"${text}" is not a date Waypoint can read.`, fix);
    return undefined;
  }
  if (!isRealDate(iso)) {
    const month = Number(iso.split('-')[1]);
    const why = month > 12 ? `there is no month ${month}` : whyNotARealDate(iso);
    problem(
      `The date "${text}" is not a real date: ${why}.`,
      'Check the day and the month: UK exports write the day first, like 14/03/2017.',
    );
    return undefined;
  }
  return iso;
}
