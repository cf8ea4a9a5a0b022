/**
 * How many symbols a pupil's pages show: by year group (every key word up to Year 6, one a sentence
 * to Year 9, none after), moved by school.yaml `symbols:` and overridden by a plan's `symbols:`. Built
 * from the small fixture school, which also shows that a goal with no progress yet has no progress
 * picture in the pupil view or the family view.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { symbolDensity } from '../../src/lib/symbols/density.ts';
import { SCHOOL_SYMBOLS_DEFAULT, SchoolSymbolsSchema } from '../../src/schemas/index.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { openWithLink } from '../support/decrypt-page.ts';
import { fixtureSchool, relativeTo, type FixtureSchool } from '../support/fixture-school.ts';

describe('symbols by year group', () => {
  test.each([
    [0, 'every-key-word'],
    [6, 'every-key-word'],
    [7, 'one-per-sentence'],
    [9, 'one-per-sentence'],
    [10, 'none'],
    [13, 'none'],
  ] as const)('Year %i shows %s by default', (yearGroup, density) => {
    expect(symbolDensity({ yearGroup }, SCHOOL_SYMBOLS_DEFAULT)).toBe(density);
  });

  test("follows the school's own years", () => {
    const school = { everyKeyWordUpToYear: 9, onePerSentenceUpToYear: 11 };
    expect([8, 10, 12].map((yearGroup) => symbolDensity({ yearGroup }, school))).toEqual(['every-key-word', 'one-per-sentence', 'none']);
  });

  test('follows the plan when it asks, whatever the year', () => {
    expect(symbolDensity({ yearGroup: 11, symbols: 'every-key-word' }, SCHOOL_SYMBOLS_DEFAULT)).toBe('every-key-word');
    expect(symbolDensity({ yearGroup: 1, symbols: 'none' }, SCHOOL_SYMBOLS_DEFAULT)).toBe('none');
  });

  test('refuses school years that end the sentence band before the key-word band', () => {
    const result = SchoolSymbolsSchema.safeParse({ everyKeyWordUpToYear: 8, onePerSentenceUpToYear: 6 });
    expect(result.success).toBe(false);
  });
});

describe('symbol settings in the content', () => {
  let school: FixtureSchool;
  beforeAll(() => {
    school = fixtureSchool();
  });
  afterAll(() => school.remove());

  test('are read from school.yaml and from a plan', () => {
    const schoolFile = path.join(school.folder, 'school.yaml');
    writeFileSync(schoolFile, `${readFileSync(schoolFile, 'utf8')}symbols:\n  everyKeyWordUpToYear: 1\n  onePerSentenceUpToYear: 3\n`);
    const planFile = path.join(school.folder, 'pupils', 'kai-mensah', 'plan.mdx');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('yearGroup: 2\n', 'yearGroup: 2\nsymbols: none\n'));
    const { content, problems } = loadContent(school.folder);
    expect(relativeTo(school.root, problems)).toEqual([]);
    expect(content!.school.symbols).toEqual({ everyKeyWordUpToYear: 1, onePerSentenceUpToYear: 3 });
    const ruby = content!.pupils.find((pupil) => pupil.id === 'ruby-hale')!;
    const kai = content!.pupils.find((pupil) => pupil.id === 'kai-mensah')!;
    expect(symbolDensity(ruby.plan, content!.school.symbols)).toBe('none');
    expect(kai.plan.symbols).toBe('none');
  });
});

describe('the built views of the fixture school', () => {
  let school: FixtureSchool;
  let build: BuiltFixture;
  const views = new Map<string, HTMLElement>();
  beforeAll(async () => {
    school = fixtureSchool();
    const planFile = path.join(school.folder, 'pupils', 'ruby-hale', 'plan.mdx');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('yearGroup: 4\n', 'yearGroup: 4\nsymbols: one-per-sentence\n'));
    build = await fixtureBuild(school.folder, 'mrs-khan', 'test passphrase for the senco');
    const built = build.build();
    if (built.status !== 0) throw new Error(built.output);
    for (const key of ['pupil:kai-mensah', 'family:kai-mensah', 'pupil:ruby-hale']) {
      views.set(key, parse((await openWithLink(build.dist, build.keyring(), key)).main));
    }
  }, 180_000);
  afterAll(() => {
    build?.remove();
    school?.remove();
  });

  test('tell the page the symbols its plan asks for, or its year gives', () => {
    expect(views.get('pupil:kai-mensah')!.querySelector('[data-wp-symbols-plan]')?.getAttribute('data-wp-symbols-plan')).toBe(
      'every-key-word',
    );
    expect(views.get('pupil:ruby-hale')!.querySelector('[data-wp-symbols-plan]')?.getAttribute('data-wp-symbols-plan')).toBe(
      'one-per-sentence',
    );
  });

  test('show no progress picture for a goal with no progress yet', () => {
    expect(views.get('pupil:kai-mensah')!.querySelectorAll('.wp-progress, .wp-steps')).toEqual([]);
    expect(views.get('family:kai-mensah')!.querySelectorAll('.wp-journey__chart')).toEqual([]);
    expect(views.get('pupil:ruby-hale')!.querySelectorAll('.wp-progress').length).toBeGreaterThan(0);
  });
});
