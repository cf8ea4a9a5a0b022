/**
 * What the sample school's family views say, read from the built pages (decrypted in Node, as the
 * family's browser does): each goal answers a parent's questions once, contacts come first, the
 * review is explained, and a family with a language reads every word the school translated in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { contentFolder } from '../../src/lib/config.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { PupilEntry, SchoolContent } from '../../src/lib/content/school-content.ts';
import { readKeyring } from '../../src/lib/keys/keyring.ts';
import { openWithLink } from '../support/decrypt-page.ts';

const siteDir = inject('siteDir');
const keyring = readKeyring(inject('keyringDir'))!;
const school = loadContent(contentFolder()).content as SchoolContent;
const pages = new Map<string, HTMLElement>();

beforeAll(async () => {
  for (const pupil of school.pupils) {
    pages.set(pupil.id, parse((await openWithLink(siteDir, keyring, `family:${pupil.id}`)).main));
  }
});

const page = (id: string) => pages.get(id)!;
/**
 * The words a reader sees: text only, never attributes, the data a script reads or the hidden
 * wording in the languages not chosen, with spaces made single.
 */
function words(element: HTMLElement): string {
  const copy = parse(element.toString());
  for (const unseen of copy.querySelectorAll('script, [hidden]')) unseen.remove();
  return copy.textContent.replace(/\s+/g, ' ');
}
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const english = school.pupils.filter((pupil) => pupil.plan.familyLanguage === 'en');
/** The goal cards of a family view, in the plan's order of targets with family wording. */
const goalCards = (id: string) => page(id).querySelectorAll('article.wp-target');
const goals = (pupil: PupilEntry) => pupil.plan.targets.filter((target) => target.family);
const person = (who: string) => school.staff.find((member) => member.id === who);

describe('each goal', () => {
  test('says what the help is, who gives it with their role, and when, where and how often', () => {
    for (const pupil of english) {
      const page = words(pages.get(pupil.id)!);
      goals(pupil).forEach((target, index) => {
        const card = words(goalCards(pupil.id)[index]!);
        for (const row of target.provision) {
          const member = person(row.who);
          expect(row.family, `${pupil.id}, ${target.id}: what the help is, in family words`).toBeDefined();
          for (const text of [row.family, member?.name ?? row.who, row.when, row.where, row.often]) {
            if (text) expect(card, `${pupil.id}, ${target.id}`).toContain(text);
          }
          // A role is given once, where the page first names the person (the contacts, or their first help).
          if (member) expect(page, `${pupil.id}: ${member.name}'s role`).toContain(`${member.name}, ${member.roleFamily ?? member.role}`);
        }
      });
    }
  });

  test('writes the days of the week with capitals, as the plan does', () => {
    const jayden = words(page('jayden-clarke'));
    expect(jayden).toContain('Monday and Thursday');
    expect(jayden).not.toMatch(/\b(monday|tuesday|wednesday|thursday|friday)\b/);
  });

  test('says how we will know it worked, in family words', () => {
    for (const pupil of english) {
      goals(pupil).forEach((target, index) => {
        expect(target.successCriteriaFamily, `${pupil.id}, ${target.id}`).toBeDefined();
        expect(words(goalCards(pupil.id)[index]!)).toContain(target.successCriteriaFamily!);
      });
    }
  });

  test('shows the goal and each progress note once, not again in a chart', () => {
    for (const pupil of english) {
      const text = words(page(pupil.id));
      for (const target of goals(pupil)) {
        expect(count(text, target.family!), `${pupil.id}: ${target.family}`).toBe(1);
        for (const entry of target.progress) if (entry.family) expect(count(text, entry.family), `${pupil.id}: ${entry.family}`).toBe(1);
      }
    }
  });

  test('does not repeat a need under every goal', () => {
    for (const pupil of english) {
      const text = words(page(pupil.id));
      for (const need of pupil.plan.needs) if (need.family) expect(count(text, need.family), `${pupil.id}: ${need.family}`).toBe(1);
      expect(text).not.toContain('Why:');
    }
  });
});

describe('the top of the page', () => {
  test('gives the contacts and an "on this page" list before the goals', () => {
    for (const pupil of school.pupils) {
      const html = page(pupil.id).innerHTML;
      const goalsAt = html.indexOf('id="goals-heading"');
      expect(html.indexOf('href="tel:'), pupil.id).toBeGreaterThan(-1);
      expect(html.indexOf('href="tel:'), pupil.id).toBeLessThan(goalsAt);
      const contents = page(pupil.id).querySelector('nav.wp-contents');
      expect(contents, `${pupil.id}: "on this page"`).not.toBeNull();
      expect(html.indexOf('class="wp-contents"')).toBeLessThan(goalsAt);
      // Every section heading is listed, and every link leads to one.
      const targets = contents!.querySelectorAll('a').map((link) => link.getAttribute('href'));
      const sections = page(pupil.id)
        .querySelectorAll('h2[id]')
        .map((heading) => `#${heading.id}`);
      expect(targets.sort()).toEqual(sections.sort());
    }
  });

  test('puts a space between "Next review:" and the date, in every language', () => {
    for (const pupil of school.pupils) {
      const lede = page(pupil.id).querySelector('p.wp-lede')!;
      const label = lede.querySelector('[data-wp-t="nextReview"]')!;
      const date = lede.querySelector('time[data-wp-date]')!;
      expect(label.textContent.trim(), pupil.id).toMatch(/:$/);
      expect(lede.textContent, pupil.id).toContain(`${label.textContent} ${date.textContent}`);
    }
    expect(words(page('jayden-clarke'))).toMatch(/Next review: Friday, 29 January 2027/);
  });
});

describe('the review', () => {
  test('says how and where it is held, who comes, and that the family is invited', () => {
    for (const pupil of english) {
      const arrangements = { ...school.school.reviewArrangements, ...pupil.plan.reviewArrangements };
      const text = words(page(pupil.id));
      expect(arrangements.how, pupil.id).toBeDefined();
      for (const detail of [arrangements.how, arrangements.where]) if (detail) expect(text, pupil.id).toContain(detail);
      for (const who of arrangements.attendees ?? []) expect(text, pupil.id).toContain(person(who)?.name ?? who);
      expect(text, pupil.id).toContain('You are invited');
    }
  });

  test('after a review, says what was agreed next, goal by goal', () => {
    const reviewed = english.filter((pupil) => pupil.reviews.length > 0);
    expect(reviewed.length).toBeGreaterThan(0);
    for (const pupil of reviewed) {
      const last = pupil.reviews.at(-1)!;
      const text = words(page(pupil.id));
      expect(last.nextStepsFamily, `${pupil.id}: the review's next steps in family words`).toBeDefined();
      expect(text).toContain(last.nextStepsFamily!);
      for (const outcome of last.outcomes) if (outcome.family) expect(text, pupil.id).toContain(outcome.family);
    }
  });

  test('says when the child will no longer need a plan', () => {
    for (const pupil of english) {
      expect(pupil.plan.exitCriteria?.family, pupil.id).toBeDefined();
      expect(words(page(pupil.id))).toContain(pupil.plan.exitCriteria!.family!);
    }
  });
});

describe('a family with a language', () => {
  const translated = school.pupils.filter((pupil) => pupil.plan.familyLanguage !== 'en');
  const translations = (language: string) =>
    parseYaml(readFileSync(path.join(contentFolder(), 'translations', `${language}.yaml`), 'utf8')) as Record<string, string>[];

  test('reads no English the school has translated, and no English interface words', () => {
    expect(translated.length).toBeGreaterThan(0);
    for (const pupil of translated) {
      const language = pupil.plan.familyLanguage;
      const text = words(page(pupil.id));
      for (const entry of translations(language)) {
        if (entry[language] && text.includes(entry[language])) continue;
        // A translated text never shows in English on this family's page.
        expect(text, `${pupil.id} shows "${entry['en']}" in English`).not.toContain(entry['en']);
      }
      for (const phrase of ['Progress so far', 'How school helps', 'Why:', 'How we will know', 'Next review', 'If you are worried']) {
        expect(text, `${pupil.id}: "${phrase}"`).not.toContain(phrase);
      }
    }
  });

  test('marks every block with the language it is written in, and shows each in the family language or English', () => {
    const tags: Record<string, string> = { en: 'en-GB', pl: 'pl', ro: 'ro', ur: 'ur', ar: 'ar' };
    const dirs: Record<string, string> = { en: 'ltr', pl: 'ltr', ro: 'ltr', ur: 'rtl', ar: 'rtl' };
    for (const pupil of translated) {
      for (const block of page(pupil.id).querySelectorAll('[data-wp-text]')) {
        const code = block.getAttribute('data-wp-in')!;
        const shown = `${pupil.id}: ${block.textContent.slice(0, 60)}`;
        expect([block.getAttribute('lang'), block.getAttribute('dir')], shown).toEqual([tags[code], dirs[code]]);
        if (!block.closest('[hidden]')) expect([pupil.plan.familyLanguage, 'en'], shown).toContain(code);
      }
    }
  });

  test('writes the email to the SENCO in the family language', () => {
    const mail = page('zofia-kowalska')
      .querySelectorAll('a[href^="mailto:"][href*="body="]')
      .find((link) => !link.closest('[hidden]'))!;
    const body = decodeURIComponent(new URL(mail.getAttribute('href')!).searchParams.get('body') ?? '');
    expect(body).not.toContain('What is going well');
    expect(body).toContain('Co idzie dobrze?');
  });
});
