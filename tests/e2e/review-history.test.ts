/**
 * The review cycle's history in a real browser, for a sample pupil with two reviews (Theo Bennett):
 * staff see a timeline of reviews with every target's outcome; the family sees each goal's progress
 * once and what the last review agreed; the pupil sees the goals they achieved.
 * Each page has no axe violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { signIn, waitOpened } from '../support/open-views.ts';

const siteUrl = inject('siteUrl');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as {
  pupils: { id: string; staff: string; family: string; pupil: string }[];
};
const theo = links.pupils.find((pupil) => pupil.id === 'theo-bennett')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function opened(link: string, staff = false): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  if (staff) await signIn(page, siteUrl, inject('staffPassphrase'));
  await page.goto(new URL(link, siteUrl).href);
  await waitOpened(page);
  return page;
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the staff view shows a timeline of reviews, newest first, with every target’s outcome, and no axe violations', async () => {
  const page = await opened(theo.staff, true);
  try {
    const events = await page.locator('.wp-timeline > li').allTextContents();
    const squeezed = events.map((text) => text.replace(/\s+/g, ' ').trim());
    expect(squeezed[0]).toMatch(/^Next review by 15 January 2027\./);
    expect(squeezed.findIndex((text) => text.startsWith('This plan started on 7 September 2026'))).toBe(1);
    expect(squeezed.findIndex((text) => text.startsWith('Review on 8 July 2026'))).toBe(2);
    expect(squeezed.findIndex((text) => text.startsWith('Review on 25 March 2026'))).toBe(3);
    const july = page.locator('.wp-timeline > li').nth(2);
    expect(await july.locator('tbody tr').count()).toBe(3);
    expect(await july.locator('tbody td[data-label="Outcome"]').allTextContents()).toEqual(['Partly achieved', 'Not achieved', 'Achieved']);
    expect(await july.locator('tbody td[data-label="Decision"]').allTextContents()).toEqual([
      'Carry on',
      'A smaller step',
      'No longer needed',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.context().close();
  }
});

test("the family view shows each goal's progress once, the latest first, and what the last review agreed, goal by goal", async () => {
  const page = await opened(theo.family);
  try {
    const first = page.locator('article.wp-target').first();
    const shown = async () => (await first.innerText()).replace(/\s+/g, ' ');
    expect(await shown()).toContain('Progress so far: 20 November · Going well: Theo types 28 words a minute with very few mistakes.');
    // The earlier note is one tap away, and shown once when it is opened.
    expect(await shown()).not.toContain('Theo now types 27 words a minute');
    await first.getByText('Earlier notes').click();
    expect((await shown()).split('Theo now types 27 words a minute').length - 1).toBe(1);
    // The last review (8 July 2026): what it agreed, and how each goal of the earlier plan went.
    const review = page.locator('section[aria-labelledby="review-heading"]');
    expect(await review.innerText()).toContain('At the last review, on 8 July 2026');
    expect(await review.innerText()).toContain('What we agreed: In Year 10, Theo will aim for 30 words a minute.');
    await review.getByText('How each goal went, and the help that changed').click();
    const went = (await review.locator('.wp-reviewed').innerText()).replace(/\s+/g, ' ');
    expect(went).toContain('By July, Theo will type 25 words a minute. Partly achieved. We will keep going with this.');
    expect(went).toContain('Theo types 23 words a minute. He was very close to his goal.');
    // No chart repeats the goals: the page draws none (the read-aloud button's icon is its only drawing).
    expect(await page.locator('main svg:not(.wp-player__icon)').count()).toBe(0);
    // The page's CSP forbids inline styles: the view has none.
    expect(await page.locator('main [style]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.context().close();
  }
});

test('the pupil view lists the goals the pupil has achieved, in their words, newest first', async () => {
  const page = await opened(theo.pupil);
  try {
    await expect.poll(() => page.getByRole('heading', { name: 'Goals I have achieved' }).count()).toBe(1);
    const goals = (await page.locator('.wp-achieved li strong').allTextContents()).map((text) => text.trim());
    expect(goals).toEqual([
      'I will know my fire drill plan.',
      'I will type 15 words a minute.',
      'I will talk to my laptop to write.',
      'I will use the lift on my own.',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.context().close();
  }
});
