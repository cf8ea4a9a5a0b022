/**
 * The content format is a contract: the complete plan in DESIGN.md §2 (copied, unchanged, into
 * tests/fixtures/contract-plan/) always checks and builds. The fields the IEP guidance asks for are
 * in the format, documented in the README, and used by the sample school.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentFolder } from '../../src/lib/config.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { personalStrings } from '../../src/lib/privacy/personal-strings.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { FIXTURES } from '../support/fixture-school.ts';

const CONTRACT = path.join(FIXTURES, 'contract-plan');
const sample = loadContent(contentFolder()).content as SchoolContent;
const readme = readFileSync('README.md', 'utf8');
let built: BuiltFixture | undefined;
afterAll(() => built?.remove());

describe('the complete plan from the design', () => {
  test('checks with no problems', () => {
    const { content, problems } = loadContent(CONTRACT);
    expect(problems).toEqual([]);
    expect(content?.pupils.map((pupil) => pupil.plan.name)).toEqual(['Amara Okafor']);
  });

  test('builds', { timeout: 180_000 }, async () => {
    built = await fixtureBuild(CONTRACT, 'ms-rahman', 'a passphrase for the contract build');
    const result = built.build();
    expect(result.output).toContain('Built the site');
    expect(result.status).toBe(0);
  });
});

describe('what the IEP guidance asks the format to hold', () => {
  const plans = sample.pupils.map((pupil) => pupil.plan);
  const provision = plans.flatMap((plan) => plan.targets.flatMap((target) => target.provision));

  test('review arrangements: how, where, who attends and whether the family is invited', () => {
    const arrangements = sample.school.reviewArrangements;
    expect(arrangements?.how).toBeDefined();
    expect(arrangements?.familyInvited).toBe(true);
    expect(plans.some((plan) => (plan.reviewArrangements?.attendees?.length ?? 0) > 0)).toBe(true);
    expect(plans.some((plan) => plan.reviewArrangements?.where)).toBe(true);
  });

  test('exit criteria', () => {
    expect(plans.every((plan) => plan.exitCriteria?.staff && plan.exitCriteria.family)).toBe(true);
  });

  test('family views recorded at any time, not only at reviews', () => {
    const views = plans.flatMap((plan) => plan.familyViews);
    expect(views.length).toBeGreaterThan(0);
    expect(views.every((view) => view.date && view.from && view.said)).toBe(true);
  });

  test('equipment and materials in provision', () => {
    expect(provision.some((row) => row.equipment.length > 0)).toBe(true);
  });

  test('family wording of success criteria, of each help and of what a review agreed', () => {
    expect(plans.every((plan) => plan.targets.every((target) => target.successCriteriaFamily))).toBe(true);
    expect(provision.every((row) => row.family)).toBe(true);
    expect(sample.pupils.every((pupil) => pupil.reviews.every((review) => review.nextStepsFamily))).toBe(true);
  });

  test("are each documented in the README's authoring guide", () => {
    for (const field of [
      'reviewArrangements',
      'reviewArrangements.how',
      'reviewArrangements.where',
      'reviewArrangements.attendees',
      'reviewArrangements.familyInvited',
      'exitCriteria',
      'familyViews',
      'equipment',
      'successCriteriaFamily',
      'nextStepsFamily',
      'roleFamily',
      'content/translations/',
    ]) {
      expect(readme, field).toContain(`\`${field}`);
    }
  });
});

describe('translations', () => {
  test("are personal when they translate a pupil's text, so the audit looks for them too", () => {
    const zosia = personalStrings(sample).filter((found) => found.pupil === 'zofia-kowalska');
    expect(zosia.map((found) => found.text)).toContain('Zosia jest dobrą koleżanką i zawsze pomaga innym.');
  });
});
