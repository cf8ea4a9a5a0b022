/**
 * What assistive technology reads out, in Chromium: each page's title names the page once it is
 * open (and never a person; the published HTML keeps the generic title), the register's sort
 * buttons are named in words and can be seen and used from the keyboard at every width, and a wrong
 * passphrase marks its field as invalid.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Keyring } from '../../src/lib/keys/keyring.ts';
import { launchBrowser } from '../support/browser.ts';
import { signIn, waitOpened, waitProblem } from '../support/open-views.ts';
import { builtPages } from '../support/site-pages.ts';

const siteUrl = inject('siteUrl');
const keyringDir = inject('keyringDir');
const keyring = JSON.parse(readFileSync(path.join(keyringDir, 'keyring.json'), 'utf8')) as Keyring;
const links = JSON.parse(readFileSync(path.join(keyringDir, 'links.json'), 'utf8')) as {
  pupils: { id: string; staff: string; family: string; pupil: string }[];
};
const url = (address: string) => new URL(address, siteUrl).href;
const pageUrl = (key: string) => url(`/v/${keyring.pages[key]!.id}/`);
const amara = links.pupils.find((pupil) => pupil.id === 'amara-okafor')!;

let browser: Browser;
let staff: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(staff, siteUrl, inject('staffPassphrase'));
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(viewport = { width: 1280, height: 900 }): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

describe('page titles', () => {
  test('every published page has the same generic title', () => {
    const titles = new Set(builtPages(inject('siteDir')).map((page) => /<title>(.*?)<\/title>/.exec(page.html)?.[1]));
    expect([...titles]).toEqual(['Waypoint']);
  });

  test.each([
    ['register', 'Register — Waypoint'],
    ['classes', 'Class sheets — Waypoint'],
    ['set:9Sc3', 'Class sheet 9Sc3 — Waypoint'],
    ['strategy:exit-card', 'Strategy: Exit card — Waypoint'],
    ['staff:amara-okafor', 'Staff view of a plan — Waypoint'],
  ])('names the staff page %s once it is open', async (key, title) => {
    await staff.goto(pageUrl(key));
    await waitOpened(staff);
    expect(await staff.title()).toBe(title);
  });

  test('names a family view and a pupil view, and no person, once they are open', async () => {
    const page = await fresh();
    await page.goto(url(amara.family));
    await waitOpened(page);
    expect(await page.title()).toBe('Your child’s plan — Waypoint');
    await page.goto(url(amara.pupil));
    await waitOpened(page);
    expect(await page.title()).toBe('My plan — Waypoint');
    await page.context().close();
  });

  test('names no pupil in the title of any page staff open', async () => {
    for (const pupil of links.pupils) {
      await staff.goto(url(pupil.staff));
      await waitOpened(staff);
      const title = await staff.title();
      for (const part of pupil.id.split('-')) expect(title.toLowerCase()).not.toContain(part);
    }
  });

  test('says what went wrong when a page cannot be opened', async () => {
    const page = await fresh();
    await page.goto(url(`${amara.family.split('#')[0]}#${'A'.repeat(22)}`));
    const problem = await waitProblem(page);
    expect(await page.title()).toBe(`${problem.title} — Waypoint`);
    await page.context().close();
  });

  test('says it is the staff sign-in page', async () => {
    const page = await fresh();
    await page.goto(url('/staff/'));
    await page.waitForFunction(() => document.title !== 'Waypoint');
    expect(await page.title()).toBe('Staff sign-in — Waypoint');
    await page.context().close();
  });
});

describe('a wrong passphrase', () => {
  test('marks the field invalid and points it at the message, once however often it is tried', async () => {
    const page = await fresh();
    await page.goto(url('/staff/'));
    const field = page.getByLabel('Passphrase', { exact: true });
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await field.fill('not the right words at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const problem = await waitProblem(page);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
    expect(descriptions.join(' ')).toContain(problem.text);
    await field.fill('another wrong try');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForFunction(() => document.querySelector('#wp-passphrase')?.getAttribute('aria-invalid') === 'true');
    const again = (await field.getAttribute('aria-describedby'))!.split(' ');
    expect(again).toEqual(describedBy);
    await page.context().close();
  });
});

describe('sorting the register', () => {
  const SORTABLE = ['Pupil', 'Year', 'Class', 'Status', 'Key adult', 'Review by'];

  test('names each sort button in words, and says the order on its column', async () => {
    await staff.goto(pageUrl('register'));
    await waitOpened(staff);
    const names = await staff
      .locator('th[data-wp-sort] button')
      .evaluateAll((buttons) => buttons.map((button) => (button as HTMLButtonElement).innerText.trim()));
    expect(names).toEqual(SORTABLE);
    for (const name of SORTABLE) expect(await staff.getByRole('button', { name, exact: true }).count()).toBe(1);
    await staff.getByRole('button', { name: 'Year', exact: true }).click();
    expect(await staff.getByRole('columnheader', { name: 'Year' }).getAttribute('aria-sort')).toBe('descending');
  });

  test.each([640, 480, 320])('shows every sort button at %i px, and sorts from the keyboard', async (width) => {
    const page = staff;
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pageUrl('register'));
    await waitOpened(page);
    for (const name of SORTABLE) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box?.width, `${name} is wide enough to see and press`).toBeGreaterThanOrEqual(24);
      expect(box?.height, `${name} is tall enough to see and press`).toBeGreaterThanOrEqual(24);
      expect(box!.x + box!.width, `${name} is on screen`).toBeLessThanOrEqual(width);
    }
    await page.getByRole('button', { name: 'Review by', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-wp-sort="review"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('tbody tr th').first().textContent()).toBe('Ioana Popescu');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
