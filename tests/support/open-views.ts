/** Opening Waypoint's private pages in a real browser, the way staff, families and pupils do. */
import type { Page } from 'playwright-core';

/** Waits until the page's gate has opened it and the whole page has been laid out (after its first frame). */
export async function waitOpened(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.hasAttribute('data-wp-opened') && !document.documentElement.hasAttribute('data-wp-first-frame'),
    undefined,
    { timeout: 15_000 },
  );
}

/** Waits until the gate shows a problem, and returns its heading and message. */
export async function waitProblem(page: Page): Promise<{ title: string; text: string }> {
  await page.waitForSelector('[data-wp-problem] p', { timeout: 15_000 });
  return {
    title: (await page.textContent('[data-wp-gate-title]'))?.trim() ?? '',
    text: (await page.textContent('[data-wp-problem]'))?.trim() ?? '',
  };
}

/** Signs in on the staff sign-in page and waits for the register to open. */
export async function signIn(page: Page, siteUrl: string, passphrase: string, remember = false): Promise<void> {
  await page.goto(new URL('/staff/', siteUrl).href);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  if (remember) await page.getByLabel('Remember this device for 30 days').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/v\/[^/]+\/$/, { timeout: 15_000 });
  await waitOpened(page);
}
