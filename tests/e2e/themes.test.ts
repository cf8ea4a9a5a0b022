/**
 * Readable in every theme: in each tint and in forced colours (light and dark), measured in real
 * Chromium from the colours it computes. The symbols sit on a light tile where the page is dark; the
 * progress chart and the stars keep 3:1 against what is behind them (WCAG 1.4.11); text keeps 4.5:1
 * in forced colours, where axe cannot judge it (see accessibility.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

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

type Theme = { name: string; tint: string; forced?: 'light' | 'dark' };
const THEMES: Theme[] = [
  ...['white', 'cream', 'blue', 'yellow', 'green', 'dark'].map((tint) => ({ name: `the ${tint} tint`, tint })),
  { name: 'forced colours, light', tint: 'white', forced: 'light' },
  { name: 'forced colours, dark', tint: 'white', forced: 'dark' },
  { name: 'forced colours, dark, over the dark tint', tint: 'dark', forced: 'dark' },
];

async function openIn(address: string, theme: Theme): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  await context.addInitScript((tint) => localStorage.setItem('wp-reading', JSON.stringify({ tint })), theme.tint);
  const page = await context.newPage();
  if (theme.forced) await page.emulateMedia({ forcedColors: 'active', colorScheme: theme.forced });
  await page.goto(new URL(address, siteUrl).href);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'));
  return page;
}

/**
 * The contrast of a colour property of each element matching a selector against the colour behind
 * it (the nearest ancestor with a background), as Chromium computed them: the lowest one found.
 */
function lowestContrast(page: Page, selector: string, property: 'color' | 'fill' | 'stroke') {
  return page.evaluate(
    ([selector, property]) => {
      const rgb = (value: string) => value.match(/[\d.]+/g)!.map(Number) as [number, number, number, number?];
      const luminance = ([r, g, b]: readonly (number | undefined)[]) => {
        const channel = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      };
      const behind = (element: Element) => {
        for (let at: Element | null = element; at; at = at.parentElement) {
          const background = getComputedStyle(at).backgroundColor;
          const [, , , alpha = 1] = rgb(background);
          if (alpha > 0) return background;
        }
        return 'rgb(255, 255, 255)';
      };
      const ratios = [...document.querySelectorAll(selector!)]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const [a, b] = [luminance(rgb(getComputedStyle(element)[property as 'color'])), luminance(rgb(behind(element)))];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        });
      return ratios.length ? Math.min(...ratios) : undefined;
    },
    [selector, property],
  );
}

describe.each(THEMES.map((theme) => [theme.name, theme] as const))('in %s', (_name, theme) => {
  describe('the pupil view', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openIn(amara.pupil, theme);
    });
    afterAll(async () => {
      await page?.context().close();
    });

    test('keeps the outline of every star at 3:1 or more', async () => {
      expect(await lowestContrast(page, '.wp-step__star', 'stroke')).toBeGreaterThanOrEqual(3);
    });

    if (theme.tint === 'dark' || theme.forced) {
      test('sets every symbol on a white tile', async () => {
        const tiles = await page
          .locator('.wp-sym__img')
          .evaluateAll((symbols) => [
            ...new Set(
              symbols.filter((symbol) => symbol.getClientRects().length).map((symbol) => getComputedStyle(symbol).backgroundColor),
            ),
          ]);
        expect(tiles).toEqual(['rgb(255, 255, 255)']);
      });
    }

    if (theme.forced) {
      test('keeps text at 4.5:1 or more', async () => {
        for (const selector of ['h1', 'h2', 'p', 'li', '.wp-term', '.wp-button', 'label', 'select']) {
          expect(await lowestContrast(page, `main ${selector}`, 'color'), selector).toBeGreaterThanOrEqual(4.5);
        }
      });
    }
  });
});
