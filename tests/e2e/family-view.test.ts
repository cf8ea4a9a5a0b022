/**
 * The family view in real Chromium: a right-to-left page (Idris's family reads Urdu), a glossary term
 * explained in place, and the language buttons — each with zero axe violations and by keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const siteUrl = inject('siteUrl');
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as {
  pupils: { id: string; family: string }[];
};
/** Idris's plan sets familyLanguage: ur, so his family view opens right to left. */
const familyLink = links.pupils.find((pupil) => pupil.id === 'idris-hussain')!.family;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  page = await context.newPage();
  await page.goto(new URL(familyLink, siteUrl).href);
  await page.waitForFunction(() => document.querySelector('[data-wp-family-view]')?.hasAttribute('data-wp-ready'));
});
afterAll(async () => {
  await browser?.close();
});

const axe = async () => (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map((violation) => violation.id);

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(selector: string, limit = 80) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('opens the Urdu family view right to left, with its lang and dir, and zero axe violations', async () => {
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
  expect(await page.locator('h2#goals-heading').textContent()).toBe('ہم کس پر کام کر رہے ہیں');
  // Wording the school wrote only in English says so, and is marked as English.
  await expect.poll(() => page.locator('[data-wp-fallback-note]').isVisible()).toBe(true);
  expect(await page.locator('#goals-heading ~ article h3 [data-wp-text]').first().getAttribute('lang')).toBe('en-GB');
  expect(await axe()).toEqual([]);
});

test('explains a glossary term in place when it is opened with the keyboard, with zero axe violations', async () => {
  const term = page.locator('button.wp-term').first();
  const meaning = page.locator(`#${await term.getAttribute('aria-controls')}`);
  expect(await meaning.isVisible()).toBe(false);
  await tabTo('button.wp-term');
  await page.keyboard.press('Enter');
  expect(await term.getAttribute('aria-expanded')).toBe('true');
  expect(await meaning.isVisible()).toBe(true);
  expect((await meaning.textContent())!.length).toBeGreaterThan(10);
  expect(await axe()).toEqual([]);
  await page.keyboard.press('Space');
  expect(await meaning.isVisible()).toBe(false);
});

test('lists every term the page uses under "Words we use"', async () => {
  const meanings = await page.locator('.wp-term__meaning').allTextContents();
  const listed = await page.locator('.wp-words dd').allTextContents();
  expect(meanings.length).toBeGreaterThan(0);
  // Each term explained in place is listed with the same meaning (a term may be written as an alias).
  for (const meaning of meanings) expect(listed).toContain(meaning.trim().replace(/^\((.*)\)$/, '$1'));
});

test('switches the page to English and back with the keyboard, with no network request', async () => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.locator('body').focus();
  await tabTo('[data-wp-set-lang="en"]');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-GB', 'ltr']);
  expect(await page.locator('h2#goals-heading').textContent()).toBe('What we are working on');
  expect(await page.locator('[data-wp-set-lang="en"]').getAttribute('aria-pressed')).toBe('true');
  expect(await page.locator('[data-wp-fallback-note]').isVisible()).toBe(false);
  expect(await axe()).toEqual([]);
  await page.locator('[data-wp-set-lang="ar"]').focus();
  await page.keyboard.press('Space');
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  expect(requests).toEqual([]);
});
