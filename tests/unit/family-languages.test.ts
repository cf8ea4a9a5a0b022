/**
 * Family views in other languages and states the sample school does not show, built from the valid
 * school with tests/fixtures/family-languages/ laid over it: Kai's family reads Urdu and the school
 * has translated only some of his plan; Ruby had a half-term review of a goal she is still working on.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/content/format-problems.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { openWithLink } from '../support/decrypt-page.ts';
import { FIXTURES, fixtureSchool, relativeTo, type FixtureSchool } from '../support/fixture-school.ts';

let school: FixtureSchool;
let built: BuiltFixture;
const pages = new Map<string, HTMLElement>();

beforeAll(async () => {
  school = fixtureSchool();
  cpSync(path.join(FIXTURES, 'family-languages'), school.folder, { recursive: true });
  built = await fixtureBuild(school.folder, 'mrs-khan', 'a passphrase for the family language tests');
  const result = built.build();
  if (result.status !== 0) throw new Error(result.output);
  for (const id of ['kai-mensah', 'ruby-hale'])
    pages.set(id, parse((await openWithLink(built.dist, built.keyring(), `family:${id}`)).main));
}, 180_000);
afterAll(() => {
  built?.remove();
  school?.remove();
});

/** What a reader sees: no script data, no wording hidden for another language. */
function text(element: HTMLElement): string {
  const copy = parse(element.toString());
  for (const unseen of copy.querySelectorAll('script, [hidden]')) unseen.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}
const shown = (element: HTMLElement) => !element.closest('[hidden]');
/** The block a text sits in, with the language and direction it is marked with. */
function blockOf(root: HTMLElement, words: string) {
  const block = root.querySelectorAll('[data-wp-text]').find((element) => shown(element) && text(element).includes(words));
  if (!block) throw new Error(`No block says "${words}"`);
  return {
    tag: block.tagName.toLowerCase(),
    lang: block.closest('[lang]')?.getAttribute('lang'),
    dir: block.closest('[dir]')?.getAttribute('dir'),
  };
}

describe('a family view in a language the school has partly translated', () => {
  test('shows each translated text in the family language, from the translations file or from familyIn', () => {
    const kai = pages.get('kai-mensah')!;
    expect(blockOf(kai, 'کرسمس تک، کائی').lang).toBe('ur');
    expect(blockOf(kai, 'جب منصوبے بدلتے ہیں').lang).toBe('ur');
    expect(text(kai)).not.toContain('By Christmas, Kai will go from the carpet');
  });

  test('marks each block it has not translated lang="en-GB" dir="ltr", on the block itself', () => {
    const block = blockOf(pages.get('kai-mensah')!, 'By Year 3, Kai will move to the next activity on his own.');
    expect(block).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
    expect(block?.tag).toMatch(/^(p|li|h3|dd|div)$/);
  });

  test('draws no chart and no empty progress for a goal with no progress yet', () => {
    const kai = pages.get('kai-mensah')!;
    // The read-aloud button's play and pause icon is the page's only drawing.
    expect(kai.querySelectorAll('svg:not(.wp-player__icon)')).toHaveLength(0);
    expect(kai.querySelectorAll('.wp-journey, [class*="chart"]')).toHaveLength(0);
  });
});

describe('a goal reviewed at a half-term review', () => {
  test('says under the goal how it went and what was agreed next', () => {
    const card = pages.get('ruby-hale')!.querySelectorAll('article.wp-target')[0]!;
    expect(text(card)).toContain('Ruby reads faster and makes fewer mistakes. She is not there yet.');
    expect(text(card)).toContain('We will keep going with this');
    expect(text(pages.get('ruby-hale')!)).toContain('We will carry on with the word games four times a week until Christmas.');
  });
});

describe('the checker', () => {
  test('lists, for a family with a language, every text it reads that has no translation', () => {
    const { content } = loadContent(school.folder);
    const found = checkQuality(content!).problems.filter((problem) => problem.rule === 'missing-translation');
    expect(formatProblems(relativeTo(school.root, found))).toMatchInlineSnapshot(`
      "content/pupils/kai-mensah/plan.mdx, line 9 — "Family language"
        Warning: The family reads the page in Urdu (ur), but 8 texts on it have no Urdu wording yet, so they show in English:
          line 28, EHCP, outcome 1, "Family wording": "By Year 3, Kai will move to the next activity on his own."
          line 44, Target 1, provision 1, "How often": "Every change of activity"
          line 45, Target 1, provision 1, "Where": "In class"
          content/glossary.yaml, line 3, Term 1, "Family wording": "The teacher in charge of extra help for children."
          content/school.yaml, line 8, Contact, "Opening hours": "Monday to Friday, 8.30am to 4pm"
          content/staff.yaml, line 4, Staff member 1, "Role": "SENCO"
          content/staff.yaml, line 19, Staff member 4, "Role": "Class teacher, Year 2"
          content/strategies/now-and-next.md, line 5, "Family wording": "Two pictures. One shows what we do now, one shows what we…"
        To fix it: add each text to content/translations/ur.yaml: a line "- en:" with the English exactly as it is written, and "ur:" under it with the Urdu. For the free text, add a <ForFamily lang="ur"> section beside the English one.

      Found 1 warning in 1 file."
    `);
  });

  test('warns about no family whose every text is translated, or who reads English', () => {
    const { content } = loadContent(school.folder);
    const found = checkQuality(content!).problems.filter((problem) => problem.rule === 'missing-translation');
    expect(found.map((problem) => problem.file)).toEqual([expect.stringContaining('kai-mensah')]);
  });
});
