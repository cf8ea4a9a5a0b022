/**
 * "My plan" in real Chromium: symbols above key words and hidden from screen readers, switched off
 * and down to the goals only, the poster's preview inside the page and its print size fetched on demand, and zero axe violations with symbols on
 * and off, in every tint and the dark theme, and with text at 200%.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const siteUrl = inject('siteUrl');
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as {
  pupils: { id: string; family: string; pupil: string }[];
};
const amara = links.pupils.find((pupil) => pupil.id === 'amara-okafor')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openView(link: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(link, siteUrl).href);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function choose(page: Page, name: string, value: string | boolean) {
  const toggle = page.getByRole('button', { name: 'Reading tools' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const control = page.locator(`[data-wp-prefs] [name="${name}"]`);
  if (typeof value === 'boolean') await control.setChecked(value);
  else await control.selectOption(value);
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const visibleSymbols = (page: Page, within = 'main') =>
  page.locator(`${within} .wp-sym__img`).evaluateAll((symbols) => symbols.filter((symbol) => symbol.getClientRects().length > 0).length);

describe('the pupil view', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openView(amara.pupil);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('shows a symbol above key words, hidden from screen readers, with the word beneath', async () => {
    const symbols = page.locator('main .wp-sym--key');
    expect(await symbols.count()).toBeGreaterThan(10);
    const first = await symbols.first().evaluate((word) => ({
      hidden: word.querySelector('svg')?.getAttribute('aria-hidden'),
      symbolAbove:
        word.querySelector('svg')!.getBoundingClientRect().bottom <= word.querySelector('.wp-sym__word')!.getBoundingClientRect().top + 1,
      word: word.querySelector('.wp-sym__word')?.textContent,
    }));
    expect(first.hidden).toBe('true');
    expect(first.symbolAbove).toBe(true);
    expect(first.word).toBeTruthy();
  });

  test('reads a goal once, as words', async () => {
    const heading = page.locator('#my-goal-1');
    expect((await heading.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Goal 1: I will read a turquoise book out loud.');
    const snapshot = await heading.ariaSnapshot();
    expect(snapshot).toContain('Goal 1: I will read a turquoise book out loud.');
  });

  test('shows each goal’s progress as steps and stars, in words', async () => {
    const steps = page.locator('.wp-goal').first().locator('.wp-step');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().textContent()).toMatch(/Going well \(a star\)/);
  });

  test('shows the poster preview inside the page, with no image file and no print poster', async () => {
    const poster = page.locator('img.wp-poster');
    expect(await poster.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await poster.evaluate((image) => [(image as HTMLImageElement).naturalWidth, (image as HTMLImageElement).naturalHeight])).toEqual(
      [620, 877],
    );
    expect(await page.locator('main [href^="data:"], main img[src^="data:image/png"]').count()).toBe(1);
    const files = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(files.filter((file) => /\.(png|jpe?g|svg|webp|bin)(\?|$)/.test(file))).toEqual([]);
  });

  test('fetches the print poster only when asked, and saves it as an A4 PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download my poster/ }).click()]);
    expect(download.suggestedFilename()).toBe('my-plan-poster.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2480, 3508]);
    const files = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(files.filter((file) => file.endsWith('/poster.bin'))).toHaveLength(1);
    await expect.poll(() => page.locator('.wp-poster__status').textContent()).toMatch(/saved/);
  });

  test('switches symbols off, and down to the goals only', async () => {
    await choose(page, 'symbols', false);
    expect(await visibleSymbols(page)).toBe(0);
    expect(await page.locator('main .wp-sym__word').count()).toBeGreaterThan(10);
    await choose(page, 'symbols', true);
    await choose(page, 'density', 'goals');
    expect(await visibleSymbols(page, '#goals-heading ~ *')).toBeGreaterThan(0);
    expect(await visibleSymbols(page, '#me-heading ~ *')).toBe(0);
    await choose(page, 'density', 'all');
    expect(await visibleSymbols(page, '#me-heading ~ *')).toBeGreaterThan(0);
  });
});

describe.each([
  ['pupil', amara.pupil],
  ['family', amara.family],
])('the %s view', (view, link) => {
  let page: Page;
  beforeAll(async () => {
    page = await openView(link);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('has no axe violations as it opens', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  if (view === 'pupil') {
    test('has no axe violations with symbols off', async () => {
      await choose(page, 'symbols', false);
      try {
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await choose(page, 'symbols', true);
      }
    });
  }

  test.each(['cream', 'blue', 'yellow', 'green', 'dark'])('has no axe violations on the %s background', async (tint) => {
    await choose(page, 'tint', tint);
    try {
      expect(await page.evaluate(() => document.documentElement.dataset['wpTint'])).toBe(tint);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await choose(page, 'tint', 'white');
    }
  });

  test('has no axe violations with text at 200%, bigger spacing and each font', async () => {
    await choose(page, 'text', '200');
    await choose(page, 'spacing', true);
    try {
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      for (const font of ['lexend', 'opendyslexic', 'atkinson']) {
        await choose(page, 'font', font);
        await page.evaluate(() => document.fonts.ready);
        expect(await axeViolations(page), font).toEqual([]);
      }
    } finally {
      await choose(page, 'text', '100');
      await choose(page, 'spacing', false);
    }
  });
});
