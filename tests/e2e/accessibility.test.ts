/**
 * Accessibility of every built page, one test per page and per check (DESIGN §7): axe finds nothing
 * at WCAG 2.2 AA, the page reflows at 320 CSS px, keyboard users reach everything and can see where
 * they are, the text-spacing override loses nothing, and reduced motion is respected. Pages are found
 * by walking the built site, so a new page is tested without being listed here.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { signIn } from '../support/open-views.ts';
import { clippedElements, horizontalOverflow, movingElements, TEXT_SPACING_OVERRIDE, walkWithKeyboard } from '../support/page-checks.ts';
import { builtPages, pageStates, type PageState } from '../support/site-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };
/** WCAG 1.4.10: content reflows in a 320 CSS px wide viewport. */
const REFLOW = { width: 320, height: 640 };

const siteUrl = inject('siteUrl');
const pages = builtPages(inject('siteDir'));
const states = pageStates(pages, inject('keyringDir'));

let browser: Browser;
/** One signed-in context for every page only staff can open: staff sign in once per session. */
let staff: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  staff = await browser.newContext({ viewport: DESKTOP });
  await signIn(await staff.newPage(), siteUrl, inject('staffPassphrase'), true);
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page in its state and waits until its gate (if it has one) has finished. */
async function open(state: PageState, options: { viewport?: typeof DESKTOP; reducedMotion?: 'reduce' } = {}): Promise<Page> {
  const context = state.way === 'staff' ? staff : await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.setViewportSize(options.viewport ?? DESKTOP);
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: options.reducedMotion });
  const response = await page.goto(new URL(state.url, siteUrl).href);
  expect(response?.status(), `${state.name} loads`).toBe(200);
  if (state.way !== 'served') {
    await page.waitForFunction(() => (document.querySelector('[data-wp-gate]') as HTMLElement | null)?.hidden === true);
  } else {
    // A locked page says what to do once its script has looked for a key: wait for it to stop saying "Opening…".
    await page.waitForFunction(() => document.querySelector('[data-wp-status]')?.textContent?.trim() !== 'Opening…');
  }
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function close(page: Page) {
  if (page.context() === staff) await page.close();
  else await page.context().close();
}

/**
 * A page's script may move focus once it opens (to <main> or to the gate's message). Start again
 * from the top, as a reader does who comes back to the page: focus an empty, untabbable marker
 * placed before everything else, so the next Tab goes to the first stop of the page.
 */
async function fromTheTop(page: Page) {
  await page.evaluate(() => {
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    document.body.prepend(marker);
    marker.focus();
  });
}

test('finds the pages of the sample site, in every state a reader can reach', () => {
  const urls = pages.map((page) => page.url);
  expect(urls).toContain('/');
  expect(urls).toContain('/staff/');
  expect(states.filter((state) => state.way === 'link').length).toBeGreaterThan(0);
  expect(states.filter((state) => state.way === 'staff').length).toBeGreaterThan(0);
});

async function axeViolations(page: Page, { forced = false } = {}) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  // In forced colours axe reads the author's -webkit-text-fill-color, which Chromium leaves unforced,
  // instead of the system colour it paints: themes.test.ts measures text contrast there instead.
  if (forced) builder.disableRules(['color-contrast']);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 2).join('').trim()}`),
  }));
}

/** Chooses how many symbols a pupil view shows, in its reading tools, as a reader does. */
async function chooseSymbols(page: Page, value: string) {
  const toggle = page.getByRole('button', { name: 'Reading tools' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByLabel('Symbols', { exact: true }).selectOption(value);
  await toggle.click();
}

/**
 * One test per page and state, loading the page once: axe at desktop width (and at phone width for
 * the pages families, pupils and the public read on phones; for family and pupil views also in forced
 * colours, light and dark, and for pupil views with symbols off), keyboard use, then reflow at 320
 * CSS px with reduced motion and the WCAG text-spacing override.
 */
test.each(states.map((state) => [state.name, state] as const))(
  '%s: no axe violations, reachable by keyboard, reflows at 320 px',
  async (_name, state) => {
    const page = await open(state);
    try {
      expect(await axeViolations(page), 'axe at desktop width').toEqual([]);
      if (state.way !== 'staff') {
        await page.setViewportSize(PHONE);
        expect(await axeViolations(page), 'axe at phone width').toEqual([]);
        await page.setViewportSize(DESKTOP);
      }
      if (state.way === 'link') {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ forcedColors: 'active', colorScheme });
          expect(await axeViolations(page, { forced: true }), `axe in forced colours, ${colorScheme}`).toEqual([]);
        }
        await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
      }
      if (state.name.startsWith('pupil:')) {
        await chooseSymbols(page, 'none');
        expect(await axeViolations(page), 'axe with symbols off').toEqual([]);
        await chooseSymbols(page, 'plan');
      }

      await fromTheTop(page);
      const { expected, stops } = await walkWithKeyboard(page);
      expect(expected[0], 'the skip link is the first Tab stop').toMatch(/^a\.wp-skip /);
      expect(
        stops.filter((stop) => stop.index >= 0).map((stop) => stop.label),
        'Tab reaches every link and control, in order',
      ).toEqual(expected);
      expect(
        stops.filter((stop) => !stop.visibleFocus).map((stop) => stop.label),
        'focus ring cannot be seen',
      ).toEqual([]);
      expect(
        stops.filter((stop) => !stop.onScreen).map((stop) => stop.label),
        'focused but off screen',
      ).toEqual([]);
      await fromTheTop(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName), 'the skip link moves focus to the main content').toBe('MAIN');

      await page.setViewportSize(REFLOW);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      let overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `wider than 320 px: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(overflow.clientWidth);
      expect(await movingElements(page), 'moves although the reader asked for reduced motion').toEqual([]);
      // A reader's own stylesheet, as a text-spacing bookmarklet adds it (CSSOM is not bound by the page's CSP).
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, TEXT_SPACING_OVERRIDE);
      overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `with text spacing, wider than 320 px: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(
        overflow.clientWidth,
      );
      expect(await clippedElements(page), 'content clipped with text spacing').toEqual([]);
    } finally {
      await close(page);
    }
  },
);

/** A4 in CSS px at 96 per inch. */
const A4 = { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 };

/** Every pupil's staff view, opened by staff. */
const printable = states.filter((state) => state.name.startsWith('staff:'));

describe.each(printable.map((state) => [state.name, state] as const))('%s, printed', (_name, url) => {
  test('fits the one-page profile on one side of A4', async () => {
    const page = await open(url);
    try {
      await page.emulateMedia({ media: 'print' });
      // Print only the profile: the rest of the plan starts on a new page anyway.
      const height = await page.evaluate(() => {
        const profile = document.querySelector('.wp-profile');
        if (!profile) throw new Error('No .wp-profile on the page');
        document.querySelector('.wp-page')?.replaceChildren(profile);
        return profile.getBoundingClientRect().height;
      });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const sides = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(sides, `the profile is ${Math.round(height)}px tall on screen; A4 is ${Math.round(A4.height)}px`).toBe(1);
    } finally {
      await close(page);
    }
  });

  test('starts the targets on a new printed page, after the profile', async () => {
    const page = await open(url);
    try {
      await page.emulateMedia({ media: 'print' });
      const breakBefore = await page.evaluate(() => {
        const targets = document.querySelector('#targets-heading')?.closest('section');
        return targets ? getComputedStyle(targets).breakBefore : 'missing';
      });
      expect(breakBefore).toBe('page');
    } finally {
      await close(page);
    }
  });
});
