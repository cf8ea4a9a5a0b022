/**
 * "My plan" in real Chromium: symbols over the key words, as many as the pupil's year asks for and
 * as the reader chooses; each symbol sentence heard once by a screen reader (checked in the
 * accessibility tree); glossary terms explained on a tap; progress in words; the poster's preview
 * opened from its own encrypted file and its A4 print picture drawn in the browser; and zero axe violations in every
 * tint, with symbols off and in forced colours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const siteUrl = inject('siteUrl');
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as {
  pupils: { id: string; family: string; pupil: string }[];
};
const link = (id: string) => links.pupils.find((pupil) => pupil.id === id)!;
const amara = link('amara-okafor');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openView(address: string, prefs: Record<string, unknown> = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  await context.addInitScript((saved) => localStorage.setItem('wp-reading', JSON.stringify(saved)), prefs);
  const page = await context.newPage();
  await page.goto(new URL(address, siteUrl).href);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function choose(page: Page, name: string, value: string | boolean) {
  const toggle = page.getByRole('button', { name: 'Reading tools' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const control = page.locator(`[data-wp-reading] [name="${name}"]`);
  if (typeof value === 'boolean') await control.setChecked(value);
  else await control.selectOption(value);
}

async function axeViolations(page: Page, { forced = false } = {}) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  // In forced colours axe reads the author's -webkit-text-fill-color, which Chromium leaves unforced,
  // instead of the system colour it paints: themes.test.ts measures text contrast there instead.
  if (forced) builder.disableRules(['color-contrast']);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** How many symbols each sentence line shows, as a person sees the page. */
const symbolsPerLine = (page: Page, within = 'main') =>
  page
    .locator(`${within} .wp-sym-line`)
    .evaluateAll((lines) =>
      lines.map((line) => [...line.querySelectorAll('.wp-sym__img')].filter((symbol) => symbol.getClientRects().length > 0).length),
    );
const visibleSymbols = async (page: Page, within = 'main') => (await symbolsPerLine(page, within)).reduce((sum, count) => sum + count, 0);

describe('the pupil view of a pupil in Year 5', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openView(amara.pupil);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('puts a symbol over each key word, with the word beneath', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset['wpSymbols'])).toBe('every-key-word');
    const symbols = page.locator('main .wp-sym--key');
    expect(await symbols.count()).toBeGreaterThan(10);
    const first = await symbols.first().evaluate((word) => ({
      symbolAbove:
        word.querySelector('svg')!.getBoundingClientRect().bottom <= word.querySelector('.wp-sym__word')!.getBoundingClientRect().top + 1,
      word: word.querySelector('.wp-sym__word')?.textContent,
    }));
    expect(first).toEqual({ symbolAbove: true, word: 'kind' });
  });

  test('gives a screen reader each symbol sentence once, as one sentence, and hides the symbol layout', async () => {
    const item = page.locator('#me-heading ~ .wp-grid li').first();
    expect(await item.ariaSnapshot()).toBe('- listitem: I am kind to younger children');
    expect(await item.locator('.wp-sym-row').getAttribute('aria-hidden')).toBe('true');
    const helps = await page.locator('#helps-heading ~ ul').ariaSnapshot();
    expect(helps).toContain('- listitem: I get the steps written down. I tick them off.');
    expect(helps.match(/written/g)).toHaveLength(2);
  });

  test('reads a goal once, as words, in its heading', async () => {
    expect(await page.locator('#my-goal-1').ariaSnapshot()).toBe(`- 'heading "Goal 1: I will read a turquoise book out loud." [level=3]'`);
  });

  test('says how each goal is going in words, with a star for each note that went well', async () => {
    const progress = page.locator('.wp-goal').first().locator('.wp-progress');
    expect((await progress.locator('p').first().textContent())?.replace(/\s+/g, ' ').trim()).toBe('How it is going: 1 star so far.');
    const step = await progress.locator('.wp-step').first().ariaSnapshot();
    expect(step).toBe(
      ['- listitem:', '  - text: A star.', '  - time: 16 October 2026', '  - text: ": Going well. I am getting better!"'].join('\n'),
    );
  });

  test('shows the poster once the page is open, opened from its own encrypted file, in the place kept for it', async () => {
    const poster = page.locator('img.wp-poster');
    await poster.waitFor({ state: 'visible' });
    expect(await poster.getAttribute('src')).toMatch(/^blob:/);
    expect(await poster.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect([await poster.getAttribute('width'), await poster.getAttribute('height')]).toEqual(['620', '877']);
    expect(await poster.getAttribute('alt')).toBe(
      'My plan poster, with my name, my goals and their symbols, what helps me and who helps me.',
    );
    expect(await page.locator('[data-wp-poster-message]').isHidden()).toBe(true);
    const files = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(files.filter((file) => /\.(png|jpe?g|svg|webp|bin)(\?|$)/.test(file)).map((file) => file.replace(/^.*\//, ''))).toEqual([
      'poster.bin',
    ]);
  });

  test('draws the A4 print picture in the browser when asked, and saves it as a PNG at 300 pixels per inch', async () => {
    const button = page.getByRole('button', { name: 'Download my poster (an A4 picture to print)' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('my-plan-poster.png');
    const png = sharp(readFileSync(await download.path()));
    const { format, width, height } = await png.metadata();
    expect([format, width, height]).toEqual(['png', 2480, 3508]);
    // White paper, not a transparent picture: the corner is white, and the poster is drawn on it.
    const { data } = await png
      .clone()
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([255, 255, 255]);
    expect((await png.stats()).channels[0]!.min).toBeLessThan(100);
    await expect.poll(() => page.locator('[data-wp-poster-status]').textContent()).toBe('My poster is saved as my-plan-poster.png.');
    const files = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(files.filter((file) => file.endsWith('/poster.bin'))).toHaveLength(1);
  });

  test('prints the poster alone when asked', async () => {
    await page.evaluate(() => {
      (window as unknown as { printed: string[] }).printed = [];
      window.print = () => {
        (window as unknown as { printed: string[] }).printed.push(document.documentElement.dataset['wpPrinting'] ?? '');
      };
    });
    await page.getByRole('button', { name: 'Print my poster' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['poster']);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => (document.documentElement.dataset['wpPrinting'] = 'poster'));
    const shown = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        .filter((element) => element.getClientRects().length > 0 && !element.contains(document.querySelector('.wp-poster')))
        .map((element) => element.className),
    );
    expect(shown).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => delete document.documentElement.dataset['wpPrinting']);
  });

  test('shows each button on a phone as one box, never a label cut across two lines', async () => {
    const phone = await openView(amara.pupil);
    await phone.setViewportSize({ width: 390, height: 844 });
    const boxes = await phone
      .locator('main .wp-button:visible')
      .evaluateAll((buttons) => buttons.map((button) => `${button.textContent?.trim()}: ${button.getClientRects().length}`));
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.filter((box) => !box.endsWith(': 1'))).toEqual([]);
    await phone.context().close();
  });

  test('lets the reader switch symbols off, down to one a sentence, and back to the plan’s setting', async () => {
    await choose(page, 'symbols', 'none');
    expect(await visibleSymbols(page)).toBe(0);
    expect(await page.locator('main .wp-sym__word').count()).toBeGreaterThan(10);
    await choose(page, 'symbols', 'one-per-sentence');
    expect(Math.max(...(await symbolsPerLine(page)))).toBe(1);
    await choose(page, 'symbols', 'plan');
    expect(Math.max(...(await symbolsPerLine(page)))).toBeGreaterThan(1);
  });
});

describe('symbols fit the pupil’s age', () => {
  test('show one symbol a sentence for a pupil in Year 7', async () => {
    const page = await openView(link('leo-whitfield').pupil);
    try {
      expect(await page.evaluate(() => document.documentElement.dataset['wpSymbols'])).toBe('one-per-sentence');
      const counts = await symbolsPerLine(page);
      expect(Math.max(...counts)).toBe(1);
      expect(counts.filter((count) => count === 1).length).toBeGreaterThan(10);
    } finally {
      await page.context().close();
    }
  });

  test('show none for a pupil in Year 11, until the reader asks for them', async () => {
    const page = await openView(link('kiran-mistry').pupil);
    try {
      expect(await page.evaluate(() => document.documentElement.dataset['wpSymbols'])).toBe('none');
      expect(await visibleSymbols(page)).toBe(0);
      expect(
        await page.locator('.wp-goal__symbol').evaluateAll((badges) => badges.filter((badge) => badge.getClientRects().length).length),
      ).toBe(0);
      await choose(page, 'symbols', 'every-key-word');
      expect(await visibleSymbols(page)).toBeGreaterThan(20);
    } finally {
      await page.context().close();
    }
  });
});

describe('glossary terms in the pupil view', () => {
  test('show their meaning in the pupil’s words on a tap, and hide it again', async () => {
    const page = await openView(link('kiran-mistry').pupil);
    try {
      const term = page.getByRole('button', { name: 'Dyslexia' });
      expect(await term.getAttribute('aria-expanded')).toBe('false');
      await term.click();
      expect(await term.getAttribute('aria-expanded')).toBe('true');
      const meaning = page.locator(`#${await term.getAttribute('aria-controls')}`);
      expect(await meaning.isVisible()).toBe(true);
      expect(await meaning.textContent()).toBe(' (My brain works hard to read and spell words.)');
      expect(await page.locator('#me-heading ~ .wp-panel li').first().ariaSnapshot()).toContain('slows down my reading and spelling.');
      await term.press('Enter');
      expect(await meaning.isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });
});

describe.each([
  ['pupil', amara.pupil],
  ['family', amara.family],
])('the %s view', (view, address) => {
  let page: Page;
  beforeAll(async () => {
    page = await openView(address);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('has no axe violations as it opens', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  if (view === 'pupil') {
    test('has no axe violations with symbols off, and with one a sentence', async () => {
      try {
        for (const symbols of ['none', 'one-per-sentence']) {
          await choose(page, 'symbols', symbols);
          expect(await axeViolations(page), symbols).toEqual([]);
        }
      } finally {
        await choose(page, 'symbols', 'plan');
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

  test.each(['light', 'dark'] as const)('has no axe violations in forced colours, %s', async (scheme) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    try {
      expect(await axeViolations(page, { forced: true })).toEqual([]);
    } finally {
      await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    }
  });

  test('has no axe violations with text at 200%, more space and each font', async () => {
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

describe('the poster while it loads, and when it cannot load', () => {
  /** Opens Amara's pupil view with poster.bin held back until `release` is called, or refused. */
  async function openWithPoster(answer: 'held' | 'refused') {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/poster.bin', async (route) => {
      if (answer === 'refused') return route.abort('internetdisconnected');
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(new URL(amara.pupil, siteUrl).href);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'));
    await page.evaluate(() => document.fonts.ready);
    return { page, release };
  }
  const frame = (page: Page) => page.locator('.wp-poster-frame').evaluate((box) => box.getBoundingClientRect().toJSON() as DOMRect);

  test('says it is getting the poster, in the place the poster will fill, with no axe violations', async () => {
    const { page, release } = await openWithPoster('held');
    try {
      expect(await page.locator('[data-wp-poster-message]').textContent()).toBe('Getting my poster…');
      expect(await page.locator('img.wp-poster').isHidden()).toBe(true);
      const loading = await frame(page);
      expect(await axeViolations(page)).toEqual([]);
      release();
      await page.locator('img.wp-poster').waitFor({ state: 'visible' });
      const shown = await frame(page);
      expect([shown.top, shown.width, Math.round(shown.height)]).toEqual([loading.top, loading.width, Math.round(loading.height)]);
    } finally {
      await page.context().close();
    }
  });

  test('says plainly when the poster cannot load, with no axe violations', async () => {
    const { page } = await openWithPoster('refused');
    try {
      await expect
        .poll(() => page.locator('[data-wp-poster-message]').textContent())
        .toBe('My poster could not load. Check the internet connection, then open this page again.');
      expect(await page.locator('img.wp-poster').isHidden()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /Download my poster/ }).click();
      await expect
        .poll(() => page.locator('[data-wp-poster-status]').textContent())
        .toBe('My poster could not be saved. Check the internet connection and try again.');
    } finally {
      await page.context().close();
    }
  });
});
