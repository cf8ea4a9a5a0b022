/**
 * The family view's size budget (DESIGN §6, issue 15): every sample family view, opened as a parent
 * opens it on a phone, transfers at most 60 KB gzip-compressed (the encrypted page as published,
 * its styles, scripts and the font files it needs; a photo would not count) and at most 10 KB of
 * JavaScript. Each response is measured as a static host serving it gzip-compressed would send it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const PAGE_BUDGET = 60 * 1024;
const SCRIPT_BUDGET = 10 * 1024;

const siteUrl = inject('siteUrl');
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as {
  pupils: { id: string; family: string }[];
};

interface Transfer {
  path: string;
  type: string;
  gzip: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a family link at phone size and measures every response the page needed. */
async function transfers(link: string): Promise<Transfer[]> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const measured: Promise<Transfer | undefined>[] = [];
  page.on('response', (response) => {
    measured.push(
      response.body().then(
        (body) => ({ path: new URL(response.url()).pathname, type: response.request().resourceType(), gzip: gzipSync(body).length }),
        () => undefined,
      ),
    );
  });
  await page.goto(new URL(link, siteUrl).href);
  await page.waitForFunction(() => document.querySelector('[data-wp-family-view]')?.hasAttribute('data-wp-ready'));
  // Fonts and anything else the open page asks for.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  const all = (await Promise.all(measured)).filter((transfer): transfer is Transfer => transfer !== undefined);
  await page.close();
  return all.filter((transfer) => transfer.type !== 'image');
}

const total = (list: Transfer[]) => list.reduce((sum, transfer) => sum + transfer.gzip, 0);
const inKb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe.each(links.pupils.map((pupil) => [pupil.id, pupil.family] as const))('the family view of %s', (id, link) => {
  let measured: Transfer[];
  beforeAll(async () => {
    measured = await transfers(link);
  });

  test('transfers at most 60 KB, gzip-compressed', () => {
    const bytes = total(measured);
    console.log(`${id}: ${inKb(bytes)} in ${measured.length} files, ${inKb(total(measured.filter((t) => t.type === 'font')))} of fonts`);
    expect(measured.some((transfer) => transfer.type === 'document')).toBe(true);
    expect(bytes, measured.map((transfer) => `${transfer.path} ${inKb(transfer.gzip)}`).join('\n')).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  test('runs at most 10 KB of JavaScript, gzip-compressed', () => {
    const scripts = measured.filter((transfer) => transfer.type === 'script');
    expect(scripts.length).toBeGreaterThan(0);
    expect(total(scripts), scripts.map((transfer) => `${transfer.path} ${inKb(transfer.gzip)}`).join('\n')).toBeLessThanOrEqual(
      SCRIPT_BUDGET,
    );
  });
});

test('a page in Polish or Romanian loads the small file of their extra letters, and an English page does not', async () => {
  const fonts = async (id: string) =>
    (await transfers(links.pupils.find((pupil) => pupil.id === id)!.family))
      .filter((transfer) => transfer.type === 'font')
      .map((t) => t.path);
  expect((await fonts('zofia-kowalska')).filter((file) => file.includes('latin-ext'))).toHaveLength(2);
  expect((await fonts('callum-reid')).filter((file) => file.includes('latin-ext'))).toEqual([]);
});
