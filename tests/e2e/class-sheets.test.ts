/**
 * Class sheets a supply teacher can trust, in Chromium, signed in: every strategy shown in full,
 * medical and safety alerts, a sheet per form and per teaching set, a print date, a confidential
 * line, and no pupil split across two printed pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Keyring } from '../../src/lib/keys/keyring.ts';
import { launchBrowser } from '../support/browser.ts';
import { signIn, waitOpened } from '../support/open-views.ts';

const siteUrl = inject('siteUrl');
const keyring = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'keyring.json'), 'utf8')) as Keyring;
const urlOf = (key: string) => new URL(`/v/${keyring.pages[key]!.id}/`, siteUrl).href;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, siteUrl, inject('staffPassphrase'));
});
afterAll(async () => {
  await browser?.close();
});

async function open(key: string): Promise<void> {
  await page.goto(urlOf(key));
  await waitOpened(page);
}

/** The block of the sheet about one pupil, found by their name. */
const pupilBlock = (name: string) => page.locator('.wp-sheet__pupil', { has: page.getByRole('heading', { name }) });

/**
 * The links on each printed page of a PDF made by Chromium, which writes every link as an
 * annotation of the page it is on.
 */
function linksByPage(pdf: Buffer): string[][] {
  const text = pdf.toString('latin1');
  const objects = new Map([...text.matchAll(/(\d+) 0 obj(.*?)endobj/gs)].map((match) => [match[1]!, match[2]!]));
  const uri = (id: string) => /\/URI \((.*?)\)>>/.exec(objects.get(id) ?? '')?.[1];
  return [...objects.values()]
    .filter((body) => /\/Type \/Page\b/.test(body))
    .map((body) => [...(/\/Annots \[(.*?)\]/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].flatMap((ref) => uri(ref[1]!) ?? []));
}

describe('a class sheet', () => {
  test('prints every strategy it shows in full, the plan’s own note included', async () => {
    await open('class:9A');
    const yasmin = await pupilBlock('Yasmin Haddad').textContent();
    expect(yasmin).toContain(
      'Never ask Yasmin to read aloud or present without agreeing it with her at least a day before. Tell her the date and format of every test in advance and let her sit tests in the small room off the library.',
    );
    expect(yasmin).toContain(
      'If Yasmin freezes, say quietly "Write it down and I\'ll come back to you" and move on. Do not wait in silence with the class watching.',
    );
    expect(yasmin).toContain('For Yasmin: Her agreed place is the library office, with Ms Henderson.');
    await open('class:5W');
    expect(await pupilBlock('Jayden Clarke').textContent()).toContain(
      'Give him a wobble cushion; do not ask him to sit still on the carpet — let him stand at the back.',
    );
  });

  test('shows every strategy a plan marks "must know", and only those', async () => {
    await open('class:9A');
    expect(await pupilBlock('Yasmin Haddad').locator('.wp-sheet__strategies > li').count()).toBe(3);
  });

  test('shows every whole-day strategy, in full, when the plan marks none "must know"', async () => {
    await open('class:5H');
    const items = await pupilBlock('Amara Okafor').locator('.wp-sheet__strategies > li').allTextContents();
    expect(items).toHaveLength(3);
    expect(items[2]).toBe('Seat near the front, away from the door.');
  });

  test('prints medical and safety alerts, and says so when there are none', async () => {
    await open('class:10W');
    expect(await pupilBlock('Theo Bennett').locator('.wp-sheet__alerts').textContent()).toMatch(
      /^Safety: In a fire alarm, Theo goes to the evacuation chair/,
    );
    await open('class:9A');
    expect(await pupilBlock('Yasmin Haddad').locator('.wp-sheet__alerts').textContent()).toMatch(/^Medical: Asthma\. Blue inhaler/);
    expect(await pupilBlock('Callum Reid').textContent()).toContain('No medical or safety alerts.');
  });

  test('shows each pupil’s photo, or their initials when the school has no photo', async () => {
    await open('class:9A');
    for (const block of await page.locator('.wp-sheet__pupil').all()) {
      expect(await block.locator('.wp-photo, .wp-avatar').count()).toBe(1);
    }
  });

  test('says the date it was printed, and that it is confidential', async () => {
    await open('class:9A');
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(await page.locator('.wp-sheet__about').textContent()).toContain(`Printed on ${today}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.wp-sheet__confidential').isVisible()).toBe(true);
    expect(await page.locator('.wp-sheet__confidential').textContent()).toMatch(/^Confidential: for staff only\./);
    await page.emulateMedia({ media: 'screen' });
  });

  test('never splits a pupil across two printed pages', async () => {
    await open('class:9A');
    // Enough pupils for three or more pages: each block marked by a link at its start and its end.
    await page.evaluate(() => {
      const list = document.querySelector('.wp-sheet')!;
      const blocks = [...list.children];
      for (let copy = 0; copy < 8; copy++) for (const block of blocks) list.append(block.cloneNode(true));
      [...list.children].forEach((block, index) => {
        const marker = (end: string) =>
          Object.assign(document.createElement('a'), { href: `https://marker.invalid/${index}/${end}`, textContent: '·' });
        block.prepend(marker('start'));
        block.append(marker('end'));
      });
    });
    await page.emulateMedia({ media: 'print' });
    const pages = linksByPage(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const pageOf = (link: string) => pages.findIndex((links) => links.includes(link));
    const blocks = await page.locator('.wp-sheet__pupil').count();
    for (let index = 0; index < blocks; index++) {
      const start = pageOf(`https://marker.invalid/${index}/start`);
      expect(start, `pupil ${index + 1} is printed`).toBeGreaterThanOrEqual(0);
      expect(pageOf(`https://marker.invalid/${index}/end`), `pupil ${index + 1} ends on the page it starts on`).toBe(start);
    }
  });
});

describe('teaching sets', () => {
  test('have a sheet of their own, listing the pupils in the set and who teaches it', async () => {
    await open('set:9Sc3');
    expect(await page.locator('[data-wp-private="main"] h1').textContent()).toBe('Class sheet: 9Sc3');
    expect(await page.locator('.wp-sheet__name a').allTextContents()).toEqual(['Callum Reid', 'Yasmin Haddad']);
    expect(await page.locator('.wp-sheet__about').textContent()).toMatch(/^Taught by: Mr Imran Ali\./);
  });

  test('are listed beside the forms on the class sheets page', async () => {
    await open('classes');
    await page.getByRole('link', { name: '9Sc3' }).click();
    await waitOpened(page);
    expect(await page.locator('.wp-lede').textContent()).toMatch(/^2 pupils in the teaching set 9Sc3 have a plan\./);
  });
});

test('says "One pupil in 5W has a plan", not "have"', async () => {
  await open('class:5W');
  expect(await page.locator('.wp-lede').textContent()).toMatch(/^One pupil in 5W has a plan\. Use these strategies in every lesson\. /);
});
