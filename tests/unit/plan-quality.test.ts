/**
 * Plan quality rules (DESIGN §7): each rule has a fixture under tests/fixtures/quality/<rule>/ that
 * trips it and one that passes, laid over the valid school. Findings are warnings unless the school
 * is strict.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkPlanQuality } from '../../src/lib/quality/plan-quality.ts';
import { checkQuality, qualitySummary } from '../../src/lib/quality/quality.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { FIXTURES, fixtureSchool, type FixtureSchool } from '../support/fixture-school.ts';

const QUALITY = path.join(FIXTURES, 'quality');
const RULES = readdirSync(QUALITY).sort();
/** Before every plan in the fixtures is due for review. */
const ON = '2026-11-01';

let school: FixtureSchool | undefined;
afterEach(() => school?.remove());

function load(rule: string, variant: 'trips' | 'passes'): SchoolContent {
  school = fixtureSchool();
  cpSync(path.join(QUALITY, rule, variant), school.folder, { recursive: true });
  const { content, problems } = loadContent(school.folder);
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return content!;
}

/** Plan-quality findings only: the plain-language ones have their own tests. */
const planFindings = (content: SchoolContent) => checkQuality(content, ON).problems.filter((problem) => RULES.includes(problem.rule ?? ''));

test('has a fixture pair for every plan-quality rule but the review date', () => {
  expect(RULES).toEqual([
    'agreed-detail',
    'baseline',
    'generic-strategy',
    'missing-wording',
    'strategy-or-provision',
    'success-criteria',
    'target-count',
    'target-date',
    'unfinished',
    'vague-words',
  ]);
});

describe.each(RULES)('the %s rule', (rule) => {
  test('warns about the plan that trips it, with its file and line', () => {
    const found = planFindings(load(rule, 'trips'));
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) {
      expect(problem.severity).toBe('warning');
      expect(problem.line).toBeGreaterThan(1);
      expect(problem.fix).not.toBe('');
    }
  });

  test('says nothing about the plan that passes it', () => {
    expect(planFindings(load(rule, 'passes'))).toEqual([]);
  });
});

test('names the vague word and points at the line of the target that uses it', () => {
  const [problem] = planFindings(load('vague-words', 'trips'));
  expect(problem).toMatchObject({ line: 55, field: 'Target 2, "Staff wording"', message: 'The target uses vague words: "improve".' });
});

test('warns when the review date has passed, and not on the day itself', () => {
  school = fixtureSchool();
  const { content } = loadContent(school.folder);
  const ruby = content!.pupils.find((pupil) => pupil.id === 'ruby-hale')!;
  expect(checkPlanQuality(ruby, '2026-12-11').filter((finding) => finding.rule === 'review-date')).toEqual([]);
  expect(checkPlanQuality(ruby, '2026-12-12').map((finding) => finding.rule)).toContain('review-date');
});

test('turns every warning into a problem when school.yaml sets quality: { strict: true }', () => {
  const content = load('baseline', 'trips');
  const strict = { ...content, school: { ...content.school, quality: { strict: true } } };
  const found = checkQuality(strict, ON).problems.filter((problem) => problem.rule === 'baseline');
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((problem) => problem.severity === 'error')).toBe(true);
});

test('ends with a summary table, one row per pupil, the weakest plan first', () => {
  const content = load('target-count', 'trips');
  expect(qualitySummary(content, checkQuality(content, ON))).toMatchInlineSnapshot(`
    "Plan quality, pupil by pupil:
    Pupil       Targets  Warnings  Problems
    ----------  -------  --------  --------
    ruby-hale         5         2         0
    kai-mensah        1         0         0"
  `);
});
