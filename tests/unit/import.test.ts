/**
 * npm run import: a 30-row MIS export with the odd bad row (tests/fixtures/import/pupils.csv) makes
 * a pupil folder for every good row, reports every skipped row and every problem by line and
 * column, never overwrites, and a second run skips everything it made the first time.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parsePupilsCsv } from '../../src/lib/scaffold/import-pupils.ts';
import { scaffoldPlan } from '../../src/lib/scaffold/scaffold-plan.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { readYamlSource } from '../../src/lib/content/yaml-source.ts';
import { PlanSchema } from '../../src/schemas/index.ts';
import { FIXTURES, fixtureSchool, type FixtureSchool } from '../support/fixture-school.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const CSV = path.join(FIXTURES, 'import', 'pupils.csv');
const STACK_TRACE = /^\s+at |Error:/m;

let school: FixtureSchool | undefined;
afterEach(() => school?.remove());

function runImport(file: string) {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'import.ts'), file], {
    cwd: school!.root,
    encoding: 'utf8',
    env: { ...process.env, WAYPOINT_CONTENT: school!.folder, WAYPOINT_TODAY: '2026-11-22' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const pupilFolders = () => readdirSync(path.join(school!.folder, 'pupils')).sort();
const planOf = (id: string) =>
  PlanSchema.parse(readYamlSource(readFileSync(path.join(school!.folder, 'pupils', id, 'plan.mdx'), 'utf8'), 'frontmatter').data);

describe('npm run import', { timeout: 180_000 }, () => {
  test('creates a plan for each good row, skips and reports the rest, and the school still passes the checker', () => {
    school = fixtureSchool();
    const { status, output } = runImport(CSV);
    expect(output).toContain('Created 24 pupil folders:');
    expect(output).toContain('  content/pupils/megan-davies/plan.mdx — Megan Davies');
    expect(output).toMatch(
      /Skipped 2 rows:\n {2}line 16, Isla Campbell: the SEN status "N" means the pupil is not on the SEN register\.\n {2}line 31, Maya Chen: the same pupil is on line 4\./,
    );
    expect(output).toContain('Found 4 problems in 4 rows, so those rows were not imported:');
    expect(output).toMatch(
      /pupils\.csv, line 13, column C \("DOB"\)\n {2}The date "31\/02\/2016" is not a real date: February 2016 has only 29 days\./,
    );
    expect(output).toMatch(
      /pupils\.csv, line 14, column G \("Primary Need"\)\n {2}"DYS" is not a DfE census code for a type of need\.\n {2}To fix it: use one of SpLD, MLD, SLD, PMLD, SEMH, SLCN, ASD, HI, VI, MSI, PD, OTH, NSA\./,
    );
    expect(output).toMatch(/line 23, column C \("DOB"\)\n {2}The date "12\/25\/2011" is not a real date: there is no month 25\./);
    expect(output).toMatch(/line 28, column G \("Primary Need"\)\n {2}The primary need is empty\./);
    expect(output).toMatch(
      /2 plans need you to choose the broad area of need[^\n]*\n {2}content\/pupils\/ava-kowalczyk\/plan\.mdx — Ava Kowalczyk \(OTH\)\n {2}content\/pupils\/chloe-adeyemi\/plan\.mdx — Chloe Adeyemi \(NSA\)/,
    );
    expect(output).not.toMatch(STACK_TRACE);
    expect(status).toBe(1);
    expect(pupilFolders()).toHaveLength(24 + 2);
    const { content, problems } = loadContent(school.folder);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(content!.pupils).toHaveLength(26);
  });

  test('maps census codes to the four broad areas, and K and E to SEN support and EHCP', () => {
    school = fixtureSchool();
    runImport(CSV);
    expect(planOf('oliver-grant')).toMatchObject({
      status: 'ehcp',
      preferredName: 'Ollie',
      yearGroup: 0,
      className: 'RL',
      dateOfBirth: '2022-02-17',
    });
    // ASD and SLCN are both communication and interaction: one need, naming both codes.
    expect(planOf('oliver-grant').needs.map((need) => need.area)).toEqual(['communication-and-interaction']);
    expect(planOf('oliver-grant').needs[0]!.staff).toContain('(census: ASD, SLCN)');
    expect(planOf('freya-thompson').needs.map((need) => need.area)).toEqual([
      'cognition-and-learning',
      'social-emotional-and-mental-health',
    ]);
    expect(planOf('noah-williams').needs.map((need) => need.area)).toEqual(['sensory-and-physical']);
    expect(planOf('sofia-rossi').dateOfBirth).toBe('2018-07-07');
    expect(planOf('finn-gallagher').yearGroup).toBe(12);
    expect(readFileSync(path.join(school.folder, 'pupils/ava-kowalczyk/plan.mdx'), 'utf8')).toMatch(
      /- area: cognition-and-learning +# TODO: census code OTH \(Other difficulty or disability\) names no broad area: choose the broad area of need/,
    );
  });

  test('keeps namesakes apart by date of birth, and a second run skips every pupil it made, changing nothing', () => {
    school = fixtureSchool();
    runImport(CSV);
    expect(planOf('daniel-smith').dateOfBirth).toBe('2014-09-14');
    expect(planOf('daniel-smith-2').dateOfBirth).toBe('2015-03-02');
    const plan = path.join(school.folder, 'pupils/maya-chen/plan.mdx');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('className: 1B', 'className: 1C'));
    const before = pupilFolders();
    const { output } = runImport(CSV);
    expect(output).toContain('Created 0 pupil folders.');
    expect(output).toContain('Skipped 26 rows:');
    expect(output).toContain('line 4, Maya Chen: content/pupils/maya-chen already exists for this pupil, so nothing was written.');
    expect(pupilFolders()).toEqual(before);
    expect(readFileSync(plan, 'utf8')).toContain('className: 1C');
  });

  test('stops with nothing created when a required column is missing, naming each one', () => {
    school = fixtureSchool();
    const { status, output } = runImport(path.join(FIXTURES, 'import', 'missing-columns.csv'));
    expect(output).toContain("The file has no column for the pupil's class.");
    expect(output).toContain("The file has no column for the pupil's SEN status.");
    expect(output).toContain('Found 2 problems with the file. Nothing was imported.');
    expect(output).not.toMatch(STACK_TRACE);
    expect(status).toBe(1);
    expect(pupilFolders()).toEqual(['kai-mensah', 'ruby-hale']);
  });

  test('says so plainly when the file does not exist', () => {
    school = fixtureSchool();
    const { status, output } = runImport('no-such-file.csv');
    expect(output).toContain('There is no file called no-such-file.csv.');
    expect(output).not.toMatch(STACK_TRACE);
    expect(status).toBe(1);
  });
});

describe('reading the CSV', () => {
  test('accepts other heading spellings, forename and surname columns, and both date orders', () => {
    const parsed = parsePupilsCsv(
      'Legal Forename,Legal Surname,Known As,Date of Birth,NC Year,Form,SEN Provision,Primary SEN Type,Secondary SEN Type\n' +
        'Ana,Lopes,,2015-01-31,Year 6,6S,E,vi,\n' +
        'Bo,Li,Bobby,1/2/2016,5,5H,K,SEMH,HI\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => row.pupil)).toEqual([
      {
        name: 'Ana Lopes',
        preferredName: undefined,
        dateOfBirth: '2015-01-31',
        yearGroup: 6,
        className: '6S',
        status: 'ehcp',
        needs: [{ area: 'sensory-and-physical', code: 'VI', words: 'Visual impairment', undecided: false }],
      },
      {
        name: 'Bo Li',
        preferredName: 'Bobby',
        dateOfBirth: '2016-02-01',
        yearGroup: 5,
        className: '5H',
        status: 'sen-support',
        needs: [
          { area: 'social-emotional-and-mental-health', code: 'SEMH', words: 'Social, emotional and mental health', undecided: false },
          { area: 'sensory-and-physical', code: 'HI', words: 'Hearing impairment', undecided: false },
        ],
      },
    ]);
  });

  test("reads each pupil's teaching sets, and the new plan lists them", () => {
    const parsed = parsePupilsCsv(
      'Name,DOB,Year,Form,SEN status,Primary need,Teaching groups\n' +
        'Sami Noor,01/01/2012,9,9A,K,SEMH,"9Sc3, 9Ma4; 9En3"\n' +
        'Lena Ross,02/02/2012,9,9A,K,SpLD,\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => row.pupil.sets)).toEqual([['9Sc3', '9Ma4', '9En3'], []]);
    const text = scaffoldPlan(parsed.rows[0]!.pupil, { senco: 'mrs-khan', reviewCycle: 'termly' }, '2026-11-22');
    expect(PlanSchema.parse(readYamlSource(text, 'frontmatter').data).sets).toEqual(['9Sc3', '9Ma4', '9En3']);
  });

  test('reports an unknown SEN status and year group by line and column', () => {
    const parsed = parsePupilsCsv('Name,DOB,Year,Class,SEN status,Primary need\nAl Fox,01/01/2015,Y15,6S,X,MLD\n');
    expect(parsed.problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [2, 5, '"X" is not an SEN status.'],
      [2, 3, '"Y15" is not a year group.'],
    ]);
  });
});
