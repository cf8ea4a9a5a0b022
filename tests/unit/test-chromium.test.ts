/**
 * Which Chromium the browser tests use: WAYPOINT_CHROMIUM when set, else the computer's own, else
 * the headless Chromium that npm installs (@sparticuz/chromium), so a fresh machine needs nothing more.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { findChromium, SYSTEM_CHROMIUMS } from '../support/browser.ts';

test('uses the Chromium WAYPOINT_CHROMIUM names', async () => {
  expect(await findChromium('/opt/chrome/chrome', () => true)).toEqual({ path: '/opt/chrome/chrome', from: 'WAYPOINT_CHROMIUM' });
});

test("uses the computer's own Chromium when there is one", async () => {
  expect(await findChromium(undefined, (path) => path === SYSTEM_CHROMIUMS[1])).toEqual({ path: SYSTEM_CHROMIUMS[1], from: 'system' });
});

test('unpacks the Chromium from npm when the computer has none, and it opens a page', { timeout: 120_000 }, async () => {
  const found = await findChromium(undefined, () => false);
  expect(found.from).toBe('npm');
  expect(existsSync(found.path)).toBe(true);
  const browser = await chromium.launch({ executablePath: found.path, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<h1>Waypoint</h1>');
    expect(await page.locator('h1').innerText()).toBe('Waypoint');
  } finally {
    await browser.close();
  }
});
