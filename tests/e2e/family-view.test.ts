/**
 * The family view in real Chromium: a right-to-left page (Idris's family reads Urdu), a glossary term
 * explained in place, and the language buttons — each with zero axe violations and by keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { FAMILY_WORDS } from '../../src/lib/plan/family-words.ts';
import { launchBrowser } from '../support/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const siteUrl = inject('siteUrl');
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as {
  pupils: { id: string; family: string }[];
};
const familyLinkOf = (id: string) => links.pupils.find((pupil) => pupil.id === id)!.family;
/** A phone screen, as DESIGN §3 counts them: the longest family view fits in five. */
const PHONE = { width: 390, height: 844 };
const SCREENS = 5;
/** Idris's plan sets familyLanguage: ur, so his family view opens right to left. */
const familyLink = familyLinkOf('idris-hussain');

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

const axe = async (on: Page = page) =>
  (await new AxeBuilder({ page: on }).withTags(WCAG_TAGS).analyze()).violations.map((violation) => violation.id);

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
  // The school has translated all of Idris's plan, so nothing is left in English.
  expect(await page.locator('[data-wp-fallback-note]').isVisible()).toBe(false);
  expect(await page.locator('#goals-heading ~ article h3:visible').first().getAttribute('lang')).toBe('ur');
  expect(await axe()).toEqual([]);
});

test('moves focus to the main region once the view opens, so a screen reader starts there', async () => {
  const phone = await openFamily('leo-whitfield');
  try {
    await expect.poll(() => phone.evaluate(() => document.activeElement?.id)).toBe('main');
  } finally {
    await phone.context().close();
  }
});

/**
 * Which headings the browser lays out in the first frame after the view opens, and which once the
 * page has settled: recorded in the page, from the frame in which the gate marks <html> opened.
 */
const FIRST_FRAME_PROBE = () => {
  const record = window as unknown as Record<string, unknown>;
  const shown = () =>
    [...document.querySelectorAll('main h2[id]')].filter((heading) => heading.checkVisibility()).map((heading) => heading.id);
  const observer = new MutationObserver(() => {
    if (!document.documentElement.hasAttribute('data-wp-opened')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      record['__firstFrame'] = shown();
      setTimeout(() => requestAnimationFrame(() => (record['__settled'] = shown())));
    });
  });
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-wp-opened'] });
};

test('draws the view down to its contacts in the first frame, and every section after them in the next', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(FIRST_FRAME_PROBE);
  const phone = await context.newPage();
  try {
    await phone.goto(new URL(familyLinkOf('leo-whitfield'), siteUrl).href);
    await phone.waitForFunction(() => (window as unknown as Record<string, unknown>)['__settled'] !== undefined);
    const { firstFrame, settled, headings } = await phone.evaluate(() => ({
      firstFrame: (window as unknown as Record<string, string[]>)['__firstFrame']!,
      settled: (window as unknown as Record<string, string[]>)['__settled']!,
      headings: [...document.querySelectorAll('main h2[id]')].map((heading) => heading.id),
    }));
    // The contacts a parent needs first are in the first frame; the sections after them wait one frame.
    expect(firstFrame).toEqual(['contact-heading']);
    expect(settled).toEqual(headings);
    expect(headings.length).toBeGreaterThan(5);
    expect(await phone.evaluate(() => document.documentElement.hasAttribute('data-wp-first-frame'))).toBe(false);
  } finally {
    await context.close();
  }
});

/**
 * What the first frame that shows the view holds (the text size on <html>, the reading tools' button),
 * recorded in the page; a reader's saved text size is put in its storage before the page loads.
 */
const SAVED_TEXT_SIZE_PROBE = () => {
  localStorage.setItem('wp-reading', JSON.stringify({ text: '150' }));
  const record = window as unknown as Record<string, unknown>;
  const seen = () => ({
    textSize: document.documentElement.dataset['wpText'],
    toolsButton: document.querySelector('[data-wp-reading-toggle]')?.textContent?.trim(),
  });
  record['__seen'] = seen;
  const observer = new MutationObserver(() => {
    if (!document.documentElement.hasAttribute('data-wp-opened')) return;
    observer.disconnect();
    requestAnimationFrame(() => (record['__firstFrame'] = seen()));
  });
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-wp-opened'] });
};

test('shows the view only once its other scripts have run, on a slow connection too: the first frame has the saved text size and the family language', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(SAVED_TEXT_SIZE_PROBE);
  const address = new URL(familyLink, siteUrl).href;
  // The page's scripts after the opening one (the reading tools, the family view's own) arrive late.
  const shell = await (await context.request.get(address)).text();
  const [opening, ...others] = [...shell.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
  expect(opening).toBeDefined();
  expect(others.length).toBeGreaterThan(0);
  await context.route(
    (url) => others.includes(url.pathname),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    },
  );
  const phone = await context.newPage();
  try {
    await phone.goto(address);
    await phone.waitForFunction(
      () =>
        document.querySelector('[data-wp-family-view]')?.hasAttribute('data-wp-ready') &&
        (window as unknown as Record<string, unknown>)['__firstFrame'] !== undefined,
      undefined,
      { timeout: 15_000 },
    );
    type Seen = { textSize?: string; toolsButton?: string };
    const firstFrame = await phone.evaluate(() => (window as unknown as Record<string, Seen>)['__firstFrame']!);
    const settled = await phone.evaluate(() => (window as unknown as Record<string, () => Seen>)['__seen']!());
    expect(settled.textSize).toBe('150');
    expect(settled.toolsButton).not.toBe('Reading tools');
    expect(firstFrame).toEqual(settled);
  } finally {
    await context.close();
  }
});

test('holds no form while it opens from its link: the browser reads every form of a page as it loads, so the passphrase forms wait inert until one is needed', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as Record<string, number>)['__formsAtLoad'] = document.forms.length;
    }),
  );
  const phone = await context.newPage();
  try {
    await phone.goto(new URL(familyLink, siteUrl).href);
    await phone.waitForFunction(() => document.querySelector('[data-wp-family-view]')?.hasAttribute('data-wp-ready'));
    const forms = await phone.evaluate(() => ({
      atLoad: (window as unknown as Record<string, number>)['__formsAtLoad'],
      openedGate: document.querySelectorAll('[data-wp-gate] form').length,
      inert: document.querySelectorAll('[data-wp-gate] template[data-wp-signin], [data-wp-gate] template[data-wp-family]').length,
    }));
    expect(forms).toEqual({ atLoad: 0, openedGate: 0, inert: 2 });
  } finally {
    await context.close();
  }
});

test('asks for both faces of its first screen (text and bold headings) from the head, not once it is laid out', async () => {
  const phone = await openFamily('leo-whitfield');
  try {
    const faces = await phone.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => /atkinson-hyperlegible-latin-(400|700)-normal/.test(entry.name))
        .map((entry) => `${/(400|700)-normal/.exec(entry.name)![1]} ${entry.initiatorType}`)
        .sort(),
    );
    expect(faces).toEqual(['400 link', '700 link']);
  } finally {
    await phone.context().close();
  }
});

test('opens with the same words and dates as the language buttons write in its language', async () => {
  const phone = await openFamily('idris-hussain');
  try {
    const seen = () => phone.evaluate(() => document.querySelector('main')!.innerText);
    const opened = await seen();
    await phone.locator('[data-wp-set-lang="en"]').click();
    expect(await seen()).not.toBe(opened);
    await phone.locator('[data-wp-set-lang="ur"]').click();
    expect(await seen()).toBe(opened);
  } finally {
    await phone.context().close();
  }
});

test('explains a glossary term in place when it is opened with the keyboard, with zero axe violations', async () => {
  const term = page.locator('button.wp-term:visible').first();
  const meaning = page.locator(`#${await term.getAttribute('aria-controls')}`);
  expect(await meaning.isVisible()).toBe(false);
  await tabTo(`button.wp-term[aria-controls="${await term.getAttribute('aria-controls')}"]`);
  await page.keyboard.press('Enter');
  expect(await term.getAttribute('aria-expanded')).toBe('true');
  expect(await meaning.isVisible()).toBe(true);
  expect((await meaning.textContent())!.length).toBeGreaterThan(10);
  expect(await axe()).toEqual([]);
  await page.keyboard.press('Space');
  expect(await meaning.isVisible()).toBe(false);
});

test('lists every term the page shows under "Words we use", with the meaning it explains in place', async () => {
  /** Each shown term's meaning, in the language the page shows it in. */
  const meanings = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('button.wp-term')]
      .filter((term) => term.checkVisibility())
      .map(
        (term) =>
          [...document.getElementById(term.getAttribute('aria-controls')!)!.children].find((words) => !(words as HTMLElement).hidden)!
            .textContent,
      ),
  );
  const listed = await page.evaluate(() => [...document.querySelectorAll('.wp-words li:not([hidden])')].map((item) => item.textContent));
  expect(meanings.length).toBeGreaterThan(0);
  // Each term explained in place is listed with the same meaning (a term may be written as an alias).
  for (const meaning of meanings) expect(listed.some((item) => item.endsWith(meaning))).toBe(true);
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

/** Opens a family view in a fresh phone-sized page and waits until its script is ready. */
async function openFamily(id: string): Promise<Page> {
  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await phone.goto(new URL(familyLinkOf(id), siteUrl).href);
  await phone.waitForFunction(
    () =>
      document.querySelector('[data-wp-family-view]')?.hasAttribute('data-wp-ready') &&
      !document.documentElement.hasAttribute('data-wp-first-frame'),
  );
  await phone.evaluate(() => document.fonts.ready);
  return phone;
}

test.each(links.pupils.map((pupil) => pupil.id))('fits the family view of %s in five phone screens at 390 × 844', async (id) => {
  const phone = await openFamily(id);
  try {
    const height = await phone.evaluate(() => document.documentElement.scrollHeight);
    expect(height, `${id}: ${height} px is ${(height / PHONE.height).toFixed(1)} screens`).toBeLessThanOrEqual(SCREENS * PHONE.height);
  } finally {
    await phone.context().close();
  }
});

/**
 * Every text in Latin letters on a right-to-left page that is not a name, an address or a language's
 * own button: its language, and the direction its block is laid out in.
 */
function latinBlocks() {
  const found: { text: string; lang: string | undefined; direction: string }[] = [];
  // Names and abbreviations (SENCO, EHCP) read the same in any language; what is left is English.
  const names = Object.values(
    JSON.parse(document.querySelector<HTMLElement>('[data-wp-family-view]')!.dataset['wpNames']!) as Record<string, string>,
  );
  const english = (text: string) =>
    /[A-Za-z]{3,}/.test(names.reduce((rest, name) => rest.replaceAll(name, ''), text).replace(/\b[A-Z]{2,}s?\b/g, ''));
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement!;
    if (!english(text) || parent.closest('bdi, a[href^="tel:"], a[href^="mailto:"], [data-wp-set-lang], [hidden], script')) continue;
    if (parent.closest('[data-wp-gate]') || !parent.checkVisibility()) continue;
    let block: Element = parent;
    while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
    found.push({ text, lang: parent.closest('[lang]')?.getAttribute('lang') ?? undefined, direction: getComputedStyle(block).direction });
  }
  return found;
}

test('lays out English left to right and marks it en-GB on a page switched to Urdu or Arabic', async () => {
  const phone = await openFamily('jayden-clarke');
  try {
    for (const code of ['ur', 'ar']) {
      await phone.locator(`[data-wp-set-lang="${code}"]`).click();
      const blocks = await phone.evaluate(latinBlocks);
      expect(blocks.length).toBeGreaterThan(10);
      // Jayden's plan has no Urdu or Arabic wording, and the page says so.
      expect(await phone.locator('[data-wp-fallback-note]').isVisible()).toBe(true);
      expect(blocks.filter((block) => block.lang !== 'en-GB' || block.direction !== 'ltr')).toEqual([]);
      expect(await axe(phone)).toEqual([]);
    }
  } finally {
    await phone.context().close();
  }
});

test("shows Zosia's family view in Polish, reading tools included, and in English when asked, with zero axe violations", async () => {
  const phone = await openFamily('zofia-kowalska');
  try {
    const seen = () => phone.evaluate(() => document.querySelector('main')!.innerText);
    for (const phrase of ['Reading tools', 'Progress so far', 'What we are working on', 'Your views'])
      expect(await seen()).not.toContain(phrase);
    expect(await axe(phone)).toEqual([]);
    await phone.locator('[data-wp-set-lang="en"]').click();
    expect(await seen()).toContain('What we are working on');
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await axe(phone)).toEqual([]);
    await phone.locator('[data-wp-set-lang="pl"]').click();
    expect(await seen()).not.toContain('What we are working on');
  } finally {
    await phone.context().close();
  }
});

/** The words around a family view (the skip link and the reading tools), by where they are and which word each is. */
const AROUND: [selector: string, key: keyof (typeof FAMILY_WORDS)['en']][] = [
  ['.wp-skip', 'skip'],
  ['[data-wp-reading-toggle]', 'rt-toggle'],
  ['[data-wp-stop]', 'rt-stop'],
  ['label[for="wp-pref-speed"]', 'rt-speed'],
  ['#wp-pref-speed option[value="0.6"]', 'rt-0.6'],
  ['#wp-pref-speed option[value="1.25"]', 'rt-1.25'],
  ['label[for="wp-pref-text"]', 'rt-text'],
  ['#wp-pref-text option[value="200"]', 'rt-200'],
  ['label[for="wp-pref-font"]', 'rt-font'],
  ['label[for="wp-pref-tint"]', 'rt-tint'],
  ['#wp-pref-tint option[value="cream"]', 'rt-cream'],
  ['label[for="wp-pref-spacing"]', 'rt-spacing'],
  ['.wp-read-here', 'rt-here'],
  ['[data-wp-read] [data-wp-label]', 'rt-read'],
];

test("says the skip link and every word of the reading tools in the family's language, and in English when asked", async () => {
  const phone = await openFamily('zofia-kowalska');
  const around = () =>
    phone.evaluate(
      (selectors) => selectors.map((selector) => [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim())),
      AROUND.map(([selector]) => selector),
    );
  const expected = (code: 'pl' | 'en', counts: number[]) =>
    AROUND.map(([, key], index) => Array<string>(counts[index]!).fill(FAMILY_WORDS[code][key]));
  try {
    const polish = await around();
    // One of each, and a "Read from here" after every section heading.
    expect(polish.map((found) => found.length).filter((count, index) => AROUND[index]![1] !== 'rt-here' && count !== 1)).toEqual([]);
    expect(polish[AROUND.findIndex(([, key]) => key === 'rt-here')]!.length).toBeGreaterThan(3);
    const counts = polish.map((found) => found.length);
    expect(polish).toEqual(expected('pl', counts));
    await phone.locator('[data-wp-set-lang="en"]').click();
    expect(await around()).toEqual(expected('en', counts));
  } finally {
    await phone.context().close();
  }
});

test('has zero axe violations in every language, with every detail and a glossary meaning open', async () => {
  const phone = await openFamily('leo-whitfield');
  try {
    await phone.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await phone.locator('button.wp-term:visible').first().click();
    for (const code of ['pl', 'ro', 'ur', 'ar', 'en']) {
      await phone.locator(`[data-wp-set-lang="${code}"]`).click();
      expect(await axe(phone), code).toEqual([]);
    }
  } finally {
    await phone.context().close();
  }
});
