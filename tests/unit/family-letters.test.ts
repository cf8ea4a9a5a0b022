/**
 * The letters families get with their link: in the family's language, with the pupil's pronouns,
 * and pointing at the published site, never at this computer.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { contentFolder } from '../../src/lib/config.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { familyLetters } from '../../src/lib/keys/link-letters.ts';
import { LOCAL_SITE } from '../../src/lib/config.ts';
import { siteAddress } from '../../src/lib/keys/links.ts';

const sample = loadContent(contentFolder()).content as SchoolContent;

/** Made-up links: the letters only print them. */
const linksFor = (content: SchoolContent) =>
  content.pupils.map((pupil, index) => ({
    pupil,
    links: {
      id: pupil.id,
      staff: `/v/staff${index}/`,
      family: `/v/family${index}/#secret${index}secret${index}`,
      pupil: `/v/pupil${index}/#pupil${index}`,
    },
  }));

async function letters(content: SchoolContent = sample, site = siteAddress(content, {})): Promise<Map<string, HTMLElement>> {
  const html = parse(await familyLetters(linksFor(content), site, content));
  const articles = html.querySelectorAll('article.wp-letter');
  return new Map(content.pupils.map((pupil, index) => [pupil.id, articles[index]!]));
}
const text = (element: HTMLElement) => element.textContent.replace(/\s+/g, ' ');

describe('a family letter', () => {
  test('says "he" for a pupil whose plan says he/him, and "she" for she/her', async () => {
    const all = await letters();
    expect(text(all.get('jayden-clarke')!)).toContain('see how he is getting on');
    expect(text(all.get('amara-okafor')!)).toContain('see how she is getting on');
    for (const letter of all.values()) expect(text(letter)).not.toContain('how they are getting on');
  });

  test("uses the child's name when the plan gives no pronouns", async () => {
    const withoutPronouns = {
      ...sample,
      pupils: sample.pupils.map((pupil) =>
        pupil.id === 'jayden-clarke' ? { ...pupil, plan: { ...pupil.plan, pronouns: undefined } } : pupil,
      ),
    };
    expect(text((await letters(withoutPronouns)).get('jayden-clarke')!)).toContain('see how Jayden is getting on');
  });

  test('is written in the family language, right to left where the language is', async () => {
    const all = await letters();
    const zosia = all.get('zofia-kowalska')!;
    expect(zosia.getAttribute('lang')).toBe('pl');
    expect(text(zosia)).not.toContain('How to open it');
    expect(text(zosia)).toContain('Zosia');
    const yasmin = all.get('yasmin-haddad')!;
    expect([yasmin.getAttribute('lang'), yasmin.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    // The link itself reads left to right inside a right-to-left letter.
    expect(yasmin.querySelector('.wp-link')!.getAttribute('dir')).toBe('ltr');
    expect(all.get('jayden-clarke')!.getAttribute('lang')).toBe('en-GB');
  });

  test('prints the site address the school publishes at', async () => {
    const site = siteAddress(sample, {});
    expect(site).not.toBe(LOCAL_SITE);
    for (const letter of (await letters()).values()) {
      expect(text(letter)).toContain(new URL(site).host);
      expect(text(letter)).not.toContain('localhost');
    }
  });

  test('says it is not ready to print when no site address is set', async () => {
    const noSite = { ...sample, school: { ...sample.school, site: undefined } };
    const html = await familyLetters(linksFor(noSite), siteAddress(noSite, {}), noSite);
    expect(html).toContain('not ready to print');
    expect(html).toContain('site:');
  });
});

describe("the letters' QR codes", () => {
  test('drawn in a worker thread during the build, they are the very codes the letters draw themselves', async () => {
    const { drawQrCodes } = await import('../../src/lib/keys/qr-codes.ts');
    const { pupilCards } = await import('../../src/lib/keys/link-letters.ts');
    const rows = linksFor(sample);
    const site = 'https://plans.example.sch.uk';
    const urls = rows.flatMap(({ links }) => [`${site}${links.family}`, `${site}${links.pupil}`]);
    const codes = await drawQrCodes(urls);
    expect(codes.size).toBe(urls.length);
    expect(await familyLetters(rows, site, sample, codes)).toBe(await familyLetters(rows, site, sample));
    expect(await pupilCards(rows, site, sample, codes)).toBe(await pupilCards(rows, site, sample));
  });

  test('a letter uses the code drawn for its own link', async () => {
    const rows = linksFor(sample).slice(0, 1);
    const site = 'https://plans.example.sch.uk';
    const codes = new Map([[`${site}${rows[0]!.links.family}`, '<svg data-drawn-for="this-link"></svg>']]);
    expect(await familyLetters(rows, site, sample, codes)).toContain('data-drawn-for="this-link"');
  });
});
