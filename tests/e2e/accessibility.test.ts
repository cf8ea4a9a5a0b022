/**
 * Accessibility of every built page, one test per page and per check (DESIGN §7): axe finds nothing
 * at WCAG 2.2 AA, the page reflows at 320 CSS px, keyboard users reach everything and can see where
 * they are, the text-spacing override loses nothing, and reduced motion is respected. Pages are found
 * by walking the built site, so a new page is tested without being listed here.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import {
  clippedElements,
  horizontalOverflow,
  movingElements,
  TEXT_SPACING_OVERRIDE,
  walkWithKeyboard,
} from '../support/page-checks.ts';
import { keyringFolder } from '../../src/lib/keyring.ts';
import { builtPages, pageStates, type PageState } from '../support/site-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };
/** WCAG 1.4.10: content reflows in a 320 CSS px wide viewport. */
const REFLOW = { width: 320, height: 640 };

const siteUrl = inject('siteUrl');
const pages = builtPages(inject('siteDir'));
const states = pageStates(pages, keyringFolder());

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page in a fresh context and waits until its gate (if it has one) has finished. */
async function open(state: PageState | string, options: BrowserContextOptions = {}): Promise<Page> {
  const { url, opened } = typeof state === 'string' ? { url: state, opened: false } : state;
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  const response = await page.goto(new URL(url, siteUrl).href);
  expect(response?.status(), `${url.split('#')[0]} loads`).toBe(200);
  if (opened) {
    await page.waitForFunction(() => (document.querySelector('[data-wp-gate]') as HTMLElement | null)?.hidden === true);
  } else {
    // A locked page says what to do once its script has looked for a key: wait for it to stop saying "Opening…".
    await page.waitForFunction(() => document.querySelector('[data-wp-status]')?.textContent?.trim() !== 'Opening…');
  }
  await page.evaluate(() => document.fonts.ready);
  return page;
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

async function close(page: Page) {
  await page.context().close();
}

test('finds the pages of the sample site', () => {
  const urls = pages.map((page) => page.url);
  expect(urls).toContain('/');
  expect(urls).toContain('/staff/');
  expect(urls.filter((url) => url.startsWith('/v/')).length).toBeGreaterThan(0);
});

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 2).join('').trim()}`),
  }));
}

describe.each(states.map((state) => [state.name, state] as const))('%s', (_name, state) => {
  test('has no axe violations on a desktop screen', async () => {
    const page = await open(state);
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close(page);
    }
  });

  test('has no axe violations on a phone', async () => {
    const page = await open(state, { viewport: PHONE });
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close(page);
    }
  });

  test('reflows at 320 CSS px without scrolling sideways', async () => {
    const page = await open(state, { viewport: REFLOW });
    try {
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `wider than the viewport: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(overflow.clientWidth);
    } finally {
      await close(page);
    }
  });

  test('keeps all its content with WCAG text spacing, without scrolling sideways', async () => {
    // The page's CSP forbids inline styles; a user stylesheet is not bound by it, so the test is not either.
    const page = await open(state, { viewport: REFLOW, bypassCSP: true });
    try {
      await page.addStyleTag({ content: TEXT_SPACING_OVERRIDE });
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `wider than the viewport: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(overflow.clientWidth);
      expect(await clippedElements(page)).toEqual([]);
    } finally {
      await close(page);
    }
  });

  test('reaches every link and control by Tab, in order, with a visible focus ring', async () => {
    const page = await open(state);
    try {
      await fromTheTop(page);
      const { expected, stops } = await walkWithKeyboard(page);
      expect(expected[0], 'the skip link is the first of them').toMatch(/^a\.wp-skip /);
      expect(stops.filter((stop) => stop.index >= 0).map((stop) => stop.label)).toEqual(expected);
      expect(stops.filter((stop) => !stop.visibleFocus).map((stop) => stop.label), 'focus ring cannot be seen').toEqual([]);
      expect(stops.filter((stop) => !stop.onScreen).map((stop) => stop.label), 'focused but off screen').toEqual([]);
    } finally {
      await close(page);
    }
  });

  test('has the skip link as its first Tab stop, and the skip link moves focus to the main content', async () => {
    const page = await open(state);
    try {
      await fromTheTop(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      await page.keyboard.press('Tab');
      // The next stop is the first link or control after the start of <main>; a page with none there
      // (a pupil's plan) sends focus out of the page and round again, which is the browser's business.
      const next = await page.evaluate(() => {
        const main = document.querySelector('main');
        const after = (element: Element | null) =>
          !!main && !!element && (main.contains(element) || !!(main.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING));
        const later = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
          .filter((element) => element.getClientRects().length > 0)
          .some(after);
        return { later, afterMain: after(document.activeElement) };
      });
      if (next.later) expect(next.afterMain, 'the next Tab stop after skipping is past the header').toBe(true);
    } finally {
      await close(page);
    }
  });

  test('does not animate when the reader asks for reduced motion', async () => {
    const page = await open(state, { reducedMotion: 'reduce' });
    try {
      expect(await movingElements(page)).toEqual([]);
    } finally {
      await close(page);
    }
  });
});

/** A4 in CSS px at 96 per inch. */
const A4 = { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 };

/**
 * Staff plans whose profile the tests can reach. Encrypted staff pages open only with a staff
 * passphrase, which the sample build does not give the tests yet; until it does these are skipped.
 */
const printable = pages.filter((page) => page.html.includes('class="wp-profile"'));
if (printable.length === 0) {
  test.skip('fits the one-page profile on one side of A4 (no staff plan page the tests can open)', () => {});
}

describe.each(printable.map((page) => [page.url]))('%s printed', (url) => {
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
