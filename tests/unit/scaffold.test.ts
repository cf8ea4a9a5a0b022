/**
 * npm run new: a new pupil's plan and a new review, as a SENCO runs them. What they write passes
 * the checker (warnings are fine), dates follow the school's review cycle, and nothing is ever
 * overwritten. Also the review-date rule and the list of reviews due.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { dueReviews } from '../../src/lib/plan/due-reviews.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { nextReviewDate } from '../../src/lib/plan/school-year.ts';
import { readYamlSource } from '../../src/lib/content/yaml-source.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import { checkSymbols } from '../../src/lib/quality/symbols-check.ts';
import { PlanSchema } from '../../src/schemas/index.ts';
import { fixtureSchool, relativeTo, type FixtureSchool } from '../support/fixture-school.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const STACK_TRACE = /^\s+at |Error:/m;
const TODAY = '2026-11-22';

let school: FixtureSchool | undefined;
afterEach(() => school?.remove());

function run(args: string[], on = TODAY) {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'new.ts'), ...args], {
    cwd: school!.root,
    encoding: 'utf8',
    env: { ...process.env, WAYPOINT_CONTENT: school!.folder, WAYPOINT_TODAY: on },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const errorsIn = (file: string) => {
  const { problems } = loadContent(school!.folder);
  return relativeTo(school!.root, problems).filter((problem) => problem.file === file);
};

describe('npm run new -- pupil', { timeout: 30_000 }, () => {
  test('creates a plan with every field that passes the checker, dated from the school’s termly cycle', () => {
    school = fixtureSchool();
    const { status, output } = run(['pupil', 'Zoë O’Neill-Brown']);
    const file = 'content/pupils/zoe-oneill-brown/plan.mdx';
    expect(output).toContain(`Created ${file} for Zoë O’Neill-Brown (id zoe-oneill-brown).`);
    expect(output).toContain(`Checked ${file}: no problems`);
    expect(output).not.toMatch(STACK_TRACE);
    expect(status).toBe(0);
    expect(errorsIn(file).filter((problem) => problem.severity === 'error')).toEqual([]);
    const text = readFileSync(path.join(school.root, file), 'utf8');
    const plan = PlanSchema.parse(readYamlSource(text, 'frontmatter').data);
    // 11 December is under 6 weeks away on 22 November, so the review falls at the end of the spring term.
    expect(plan.plan).toMatchObject({ starts: TODAY, reviewBy: '2027-03-19', reviewCycle: 'termly' });
    expect(plan.targets[0]!.by).toBe('2027-03-19');
    expect(plan.keyAdult).toBe('mrs-khan');
    for (const field of [
      'pronouns',
      'symbols',
      'attainment',
      'strengths',
      'aboutMe',
      'ehcp',
      'strategies',
      'pastoral',
      'medical',
      'confidential',
      'responsibilities',
      'groups',
      'earlierTargets',
      'planStatus',
      'closedReason',
    ]) {
      expect(text, field).toMatch(new RegExp(`^(# )?\\s*${field}:.*#|^# ${field}: `, 'm'));
    }
  });

  test('gives a new plan at most three warnings: one that it is unfinished, none about the word TODO', () => {
    school = fixtureSchool();
    const { output } = run(['pupil', 'Freddie Marsh', '--born', '2018-05-04', '--year', '3', '--class', '3D']);
    const file = 'content/pupils/freddie-marsh/plan.mdx';
    const { content } = loadContent(school.folder);
    const warnings = relativeTo(school.root, [...checkQuality(content!).problems, ...checkSymbols(content!)]).filter(
      (problem) => problem.file === file,
    );
    expect(warnings.length, warnings.map((problem) => problem.message).join('\n')).toBeLessThanOrEqual(3);
    expect(warnings.filter((problem) => problem.rule === 'unfinished')).toHaveLength(1);
    expect(warnings.map((problem) => problem.message).join('\n')).not.toMatch(/TODO" is an abbreviation|reading age/);
    expect(output).toMatch(/Checked content\/pupils\/freddie-marsh\/plan\.mdx: no problems, [1-3] warnings? to look at\./);
  });

  test('creates an EHCP plan with an outcome its target links to, still passing the checker', () => {
    school = fixtureSchool();
    const { status } = run(['pupil', 'Ed Bloggs', '--ehcp', '--year', 'R', '--class', 'RL', '--born', '2021-10-02']);
    expect(status).toBe(0);
    const plan = PlanSchema.parse(
      readYamlSource(readFileSync(path.join(school.folder, 'pupils/ed-bloggs/plan.mdx'), 'utf8'), 'frontmatter').data,
    );
    expect(plan).toMatchObject({ status: 'ehcp', yearGroup: 0, className: 'RL', dateOfBirth: '2021-10-02' });
    expect(plan.targets[0]!.ehcpOutcome).toBe(plan.ehcp!.outcomes[0]!.id);
    expect(errorsIn('content/pupils/ed-bloggs/plan.mdx').filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('refuses a pupil whose folder exists, and leaves the folder as it was', () => {
    school = fixtureSchool();
    const file = path.join(school.folder, 'pupils/ruby-hale/plan.mdx');
    const before = readFileSync(file, 'utf8');
    const { status, output } = run(['pupil', 'Ruby Hale']);
    expect(output).toContain('There is already a pupil folder: content/pupils/ruby-hale already exists');
    expect(output).not.toMatch(STACK_TRACE);
    expect(status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('npm run new -- review', { timeout: 30_000 }, () => {
  test('creates today’s review with a blank outcome for each target and its latest progress; the checker warns it is unfinished', () => {
    school = fixtureSchool();
    const { status, output } = run(['review', 'ruby-hale'], '2026-12-04');
    const file = 'content/pupils/ruby-hale/reviews/2026-12-04.mdx';
    expect(output).toContain(`Created ${file}`);
    expect(output).not.toMatch(STACK_TRACE);
    expect(status).toBe(0);
    const text = readFileSync(path.join(school.root, file), 'utf8');
    expect(text.match(/^ {2}- target: /gm)?.length).toBe(2);
    expect(text).toContain('  - target: reading-fluency\n');
    expect(text).toMatch(/# Latest progress, \d+ \w+ 2026 \(on track\): /);
    expect(text.match(/^ {4}outcome: +#/gm)?.length).toBe(2);
    const problems = errorsIn(file);
    expect(problems.map((problem) => [problem.severity, problem.message])).toEqual([
      ['warning', 'This review is not finished: 2 targets have no outcome, evidence or decision yet, so the views leave the review out.'],
    ]);
  });

  test('counts the review once its outcomes are filled in, with the other fields left blank', () => {
    school = fixtureSchool();
    run(['review', 'ruby-hale'], '2026-12-04');
    const file = path.join(school.folder, 'pupils/ruby-hale/reviews/2026-12-04.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/outcome: +#.*/g, 'outcome: partly-achieved')
        .replace(/evidence: +#.*/g, 'evidence: Running record, 3 December 2026.')
        .replace(/decision: +#.*/g, 'decision: carry-on'),
    );
    const { content, problems } = loadContent(school.folder);
    expect(problems.filter((problem) => problem.file.endsWith('2026-12-04.mdx'))).toEqual([]);
    expect(content!.pupils.find((pupil) => pupil.id === 'ruby-hale')!.reviews.at(-1)).toMatchObject({
      date: '2026-12-04',
      pupilViews: undefined,
    });
  });

  test('drafts the next plan: targets achieved so far move to earlierTargets, the rest carry on to the next review date', () => {
    school = fixtureSchool();
    const planFile = path.join(school.folder, 'pupils/ruby-hale/plan.mdx');
    // Make the first target's latest progress say it is achieved.
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('status: on-track', 'status: achieved'));
    run(['review', 'ruby-hale'], '2026-12-04');
    const draft = readFileSync(path.join(school.folder, 'pupils/ruby-hale/plan.next.mdx'), 'utf8');
    const next = PlanSchema.parse(readYamlSource(draft, 'frontmatter').data);
    expect(next.plan).toMatchObject({ starts: '2026-12-04', reviewBy: '2027-03-19' });
    expect(next.targets.map((target) => [target.id, target.by, target.progress.length])).toEqual([['spelling-suffixes', '2027-03-19', 0]]);
    expect(next.earlierTargets.map((target) => target.id)).toEqual(['phonics-blending', 'reading-fluency']);
    expect(draft).toContain('# Carried on from the plan that started 7 September 2026.');
    // The checker and the build read plan.mdx only.
    expect(loadContent(school.folder).content!.pupils.find((pupil) => pupil.id === 'ruby-hale')!.plan.plan.starts).toBe('2026-09-07');
  });

  test('keeps an achieved target’s strategies when it moves to earlierTargets, so the family view can say which help stopped', () => {
    school = fixtureSchool();
    const planFile = path.join(school.folder, 'pupils/ruby-hale/plan.mdx');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('status: on-track', 'status: achieved'));
    run(['review', 'ruby-hale'], '2026-12-04');
    const draft = readFileSync(path.join(school.folder, 'pupils/ruby-hale/plan.next.mdx'), 'utf8');
    const next = PlanSchema.parse(readYamlSource(draft, 'frontmatter').data);
    expect(next.earlierTargets.find((target) => target.id === 'reading-fluency')?.strategies).toEqual(['precision-teaching']);
  });

  test('never overwrites: a second run on the same day refuses, and an existing draft is kept', () => {
    school = fixtureSchool();
    run(['review', 'ruby-hale'], '2026-12-04');
    const draft = path.join(school.folder, 'pupils/ruby-hale/plan.next.mdx');
    writeFileSync(draft, 'my own edits');
    const again = run(['review', 'ruby-hale'], '2026-12-04');
    expect(again.output).toContain('content/pupils/ruby-hale/reviews/2026-12-04.mdx already exists, so nothing was written.');
    expect(again.status).toBe(1);
    const nextDay = run(['review', 'ruby-hale'], '2026-12-05');
    expect(nextDay.output).toContain('Kept content/pupils/ruby-hale/plan.next.mdx');
    expect(readFileSync(draft, 'utf8')).toBe('my own edits');
  });

  test('names the pupil it could not find, and suggests the nearest id', () => {
    school = fixtureSchool();
    const { status, output } = run(['review', 'ruby-hail']);
    expect(output).toContain('There is no pupil with the id "ruby-hail" in content/pupils.');
    expect(output).toContain('like ruby-hale');
    expect(output).not.toMatch(STACK_TRACE);
    expect(status).toBe(1);
    expect(existsSync(path.join(school.folder, 'pupils/ruby-hail'))).toBe(false);
  });
});

describe('review dates', () => {
  test.each([
    ['2026-09-07', 'termly', '2026-12-11'],
    ['2026-11-22', 'termly', '2027-03-19'],
    ['2027-01-04', 'termly', '2027-03-19'],
    ['2026-09-07', 'half-termly', '2026-10-16'],
    ['2026-09-07', 'twice-yearly', '2027-02-05'],
    ['2027-03-01', 'twice-yearly', '2027-07-09'],
  ] as const)('a plan starting %s on a %s cycle is reviewed on %s', (starts, cycle, expected) => {
    expect(nextReviewDate(starts, cycle)).toBe(expected);
  });
});

describe('reviews due', { timeout: 30_000 }, () => {
  test('lists a plan past its review date with no review file as overdue, one due within 4 weeks as due soon, and leaves closed plans out', () => {
    school = fixtureSchool();
    const { content } = loadContent(school.folder);
    const [ruby, kai] = ['ruby-hale', 'kai-mensah'].map((id) => content!.pupils.find((pupil) => pupil.id === id)!);
    expect(dueReviews(content!, '2026-11-22').map((due) => [due.pupil.id, due.state])).toEqual([
      ['kai-mensah', 'due-soon'],
      ['ruby-hale', 'due-soon'],
    ]);
    expect(dueReviews(content!, '2026-12-14').map((due) => [due.pupil.id, due.state, due.days])).toEqual([
      ['kai-mensah', 'overdue', -3],
      ['ruby-hale', 'overdue', -3],
    ]);
    ruby!.reviews.push({ ...ruby!.reviews[0]!, date: '2026-12-10' });
    kai!.plan.planStatus = 'closed';
    expect(dueReviews(content!, '2026-12-14').map((due) => [due.pupil.id, due.state, due.heldOn])).toEqual([
      ['ruby-hale', 'next-plan-due', '2026-12-10'],
    ]);
  });

  test('npm run check lists the reviews due before its summary', () => {
    school = fixtureSchool();
    const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'check.ts')], {
      cwd: school.root,
      encoding: 'utf8',
      env: { ...process.env, WAYPOINT_CONTENT: school.folder, WAYPOINT_TODAY: '2026-12-14' },
    });
    expect(result.stdout).toMatch(
      /Overdue reviews:\n {2}Kai Mensah \(kai-mensah\): the review was due by 11 December 2026, 3 days ago, and there is no review file\./,
    );
  });
});
