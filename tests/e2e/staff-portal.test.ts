/**
 * The staff portal in Chromium, signed in: search reaches the right pupils, the register filters,
 * class sheets open and print. (tests/e2e/accessibility.test.ts checks every staff page with axe.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Keyring } from '../../src/lib/keys/keyring.ts';
import { SEARCH_DATA_FILE } from '../../src/lib/privacy/published-files.ts';
import { launchBrowser } from '../support/browser.ts';
import { signIn, waitOpened } from '../support/open-views.ts';

const siteUrl = inject('siteUrl');
const keyring = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'keyring.json'), 'utf8')) as Keyring;
/** Every page only staff can open: the staff-wide pages and each pupil's staff view. */
const staffPages = Object.entries(keyring.pages)
  .filter(([key]) => !key.startsWith('family:') && !key.startsWith('pupil:'))
  .map(([key, page]) => ({ key, url: `/v/${page.id}/` }))
  .sort((a, b) => a.key.localeCompare(b.key));
const urlOf = (key: string) => new URL(staffPages.find((page) => page.key === key)!.url, siteUrl).href;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await signIn(page, siteUrl, inject('staffPassphrase'));
});
afterAll(async () => {
  await browser?.close();
});

async function open(key: string): Promise<void> {
  await page.goto(urlOf(key));
  await waitOpened(page);
}

async function search(terms: string): Promise<string[]> {
  await page.getByLabel('Search for a strategy, a need or a word in any plan').fill(terms);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => page.locator('[data-wp-search-status]').textContent(), { timeout: 15_000 }).toMatch(/match/);
  return page.locator('[data-wp-search-results] h2').allTextContents();
}

describe('search across every plan', () => {
  test('finds the pupils whose plans use a strategy, and shows the matching target', async () => {
    await open('search');
    const found = await search('precision');
    expect(found).toContain('Amara Okafor');
    expect(found).not.toContain('Idris Hussain');
    expect(await page.locator('[data-wp-search-results] a', { hasText: /^Target \d/ }).count()).toBeGreaterThan(0);
  });

  test("takes staff from a result straight to the matching target on the pupil's plan", async () => {
    await open('search');
    await search('precision');
    await page
      .locator('[data-wp-search-results] a', { hasText: /^Target \d/ })
      .first()
      .click();
    await waitOpened(page);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(anchor).toMatch(/^target-/);
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const box = document.getElementById(id)?.getBoundingClientRect();
          return !!box && box.top >= 0 && box.top < innerHeight;
        }, anchor),
      )
      .toBe(true);
  });

  test('narrows the results by year', async () => {
    await open('search');
    await search('precision');
    await page.getByLabel('Year').selectOption('Year 5');
    await expect.poll(() => page.locator('[data-wp-search-results] h2').allTextContents()).toEqual(['Amara Okafor', 'Jayden Clarke']);
  });

  test('indexes what staff search for, and leaves the confidential notes out of the index', async () => {
    await open('search');
    expect(await search('radio aid')).toContain('Ioana Popescu');
    expect(await search('guardianship')).toEqual([]);
  });

  test('keeps each label apart from its value in the matching text', async () => {
    await open('search');
    await search('exit card log');
    const shown = (await page.locator('[data-wp-search-results]').innerText()).replace(/\s+/g, ' ');
    // The index holds each target's success criteria after its label (src/integrations/search-documents.ts).
    expect(shown).toMatch(/Success criteria: \w/);
    expect(shown).toContain('Returns within 10 minutes');
    expect(shown).not.toMatch(/\)Success|criteria[A-Z]|criteriaReturns/);
  });

  test('lists every matching plan, the first few before the rest', async () => {
    await open('search');
    const found = await search('target');
    const said = Number((await page.locator('[data-wp-search-status]').textContent())?.match(/\d+/)?.[0]);
    expect(found.length).toBeGreaterThan(8);
    expect(found).toHaveLength(said);
  });

  test("shows a newer search's results when an older one answers after it", async () => {
    await open('search');
    await search('radio aid');
    // The first search's plans are slow to arrive; the second's arrive at once.
    let slow = true;
    let asked = () => {};
    const firstAsked = new Promise<void>((resolve) => (asked = resolve));
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (slow) {
        asked();
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    });
    await page.getByLabel('Search for a strategy, a need or a word in any plan').fill('precision');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await firstAsked;
    slow = false;
    const found = await search('radio aid');
    const said = await page.locator('[data-wp-search-status]').textContent();
    await page.unrouteAll({ behavior: 'wait' });
    await page.waitForTimeout(500);
    expect(await page.locator('[data-wp-search-results] h2').allTextContents()).toEqual(found);
    expect(await page.locator('[data-wp-search-status]').textContent()).toBe(said);
    expect(found).not.toContain('Amara Okafor');
  });

  test('never puts the words searched for into the address', async () => {
    await open('search');
    await search('radio aid');
    expect(page.url()).not.toMatch(/radio/);
  });

  test('reads the index only through the encrypted files: no plaintext index file is fetched', async () => {
    const fetched: string[] = [];
    page.on('response', (response) => fetched.push(response.url()));
    await open('search');
    await search('overlay');
    const indexFiles = fetched.filter((url) => SEARCH_DATA_FILE.test(new URL(url).pathname));
    expect(indexFiles.length).toBeGreaterThan(0);
    page.removeAllListeners('response');
  });
});

/** How many of the register's rows the reader can see (neither filtered out nor held back). */
const shownRows = () =>
  [...document.querySelectorAll<HTMLElement>('wp-register tbody tr')].filter((row) => getComputedStyle(row).display !== 'none').length;

/**
 * Puts a register of many rows (copies of the sample's first) where the register is, as opening a
 * page does, and counts the rows shown at once; with onlyLastIn, only the last row is in that year,
 * and the register is filtered by it at once.
 */
function insertLongRegister({ rows, onlyLastIn }: { rows: number; onlyLastIn: string }): number {
  const source = document.querySelector('wp-register')!;
  const row = source.querySelector('tbody tr')!;
  const copies = Array.from({ length: rows }, (_, index) => {
    const copy = row.cloneNode(true) as HTMLElement;
    copy.dataset['year'] = index === rows - 1 ? onlyLastIn || '1' : '1';
    return copy.outerHTML;
  });
  const form = source.querySelector('form')!.outerHTML;
  const host = source.parentElement!;
  source.remove();
  host.insertAdjacentHTML(
    'beforeend',
    `<wp-register>${form}<table class="wp-table"><tbody>${copies.join('')}</tbody></table></wp-register>`,
  );
  if (onlyLastIn) {
    const year = document.querySelector<HTMLSelectElement>('wp-register select[name="year"]')!;
    year.value = onlyLastIn;
    year.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return [...document.querySelectorAll<HTMLElement>('wp-register tbody tr')].filter((each) => getComputedStyle(each).display !== 'none')
    .length;
}

describe('the register', () => {
  test('filters by year, and says how many pupils it shows', async () => {
    await open('register');
    await page.getByLabel('Year').selectOption({ label: 'Year 9' });
    expect(await page.locator('[data-wp-register-count]').textContent()).toMatch(/^Showing 2 of \d+ pupils\.$/);
    expect(await page.locator('tbody tr:not([hidden]) th').allTextContents()).toEqual(['Callum Reid', 'Yasmin Haddad']);
  });

  test('sorts by a column from the keyboard and says which way', async () => {
    await open('register');
    const heading = page.getByRole('columnheader', { name: /Review by/ });
    await heading.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    const first = await page.locator('tbody tr th').first().textContent();
    expect(first).toBe('Ioana Popescu');
  });

  test('opens a long register with its first 60 rows and shows every row straight after', async () => {
    await open('register');
    const shownAtFirst = await page.evaluate(insertLongRegister, { rows: 130, onlyLastIn: '' });
    expect(shownAtFirst).toBe(60);
    await expect.poll(() => page.evaluate(shownRows)).toBe(130);
  });

  test('filters every row of a long register, those not shown yet included', async () => {
    await open('register');
    const shown = await page.evaluate(insertLongRegister, { rows: 130, onlyLastIn: '9' });
    expect(shown).toBe(1);
    expect(await page.locator('[data-wp-register-count]').textContent()).toBe('Showing 1 of 130 pupils.');
  });

  test('marks overdue and soon-due reviews in words', async () => {
    await open('register');
    expect(await page.getByText('Overdue', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Due soon', { exact: true }).count()).toBeGreaterThan(0);
  });
});

test('a class sheet lists each pupil in the class with the strategies every adult must use', async () => {
  await open('classes');
  await page.getByRole('link', { name: '5H' }).click();
  await waitOpened(page);
  expect(await page.locator('[data-wp-private="main"] h1').textContent()).toBe('Class sheet: 5H');
  expect(await page.locator('.wp-sheet__name').allTextContents()).toEqual(['Amara Okafor']);
  expect(await page.locator('.wp-sheet__strategies li').count()).toBeGreaterThanOrEqual(3);
});

test('says when the next review is, once, in a staff view', async () => {
  await open('staff:amara-okafor');
  const text = await page.locator('[data-wp-private="main"]').innerText();
  expect(text.match(/Next review by/g)).toHaveLength(1);
});

test("a strategy page shows the guidance written below the strategy file's fields", async () => {
  await open('strategy:exit-card');
  expect(await page.locator('#how-heading + .wp-prose').innerText()).toContain(
    'Agree the destination, the time limit and who they will see there',
  );
});

test('a strategy page lists the pupils who use it and for which target', async () => {
  await open('strategy:precision-teaching');
  const pupils = await page.locator('#who-heading + ul > li > a').allTextContents();
  expect(pupils).toContain('Amara Okafor');
});
