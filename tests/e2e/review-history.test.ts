/**
 * The review cycle's history in a real browser, for a sample pupil with two reviews (Theo Bennett):
 * staff see a timeline of reviews with every target's outcome; the family sees each goal as a
 * journey in words and a chart readable without colour; the pupil sees the goals they achieved.
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

test('the family view shows each goal as a journey from the start through each check to the goal, in words and a chart', async () => {
  const page = await opened(theo.family);
  try {
    await expect.poll(() => page.getByRole('heading', { name: 'How Theo is getting on' }).count()).toBe(1);
    const journeys = page.locator('figure.wp-journey');
    expect(await journeys.count()).toBe(3);
    const first = journeys.first();
    const steps = (await first.locator('.wp-journey__steps li').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(steps).toEqual([
      'Start, 7 September 2026: where Theo began.',
      '16 October 2026: Going well. Theo now types 27 words a minute. He is nearly there.',
      '20 November 2026: Going well. Theo types 28 words a minute with very few mistakes.',
      'Goal, by 15 January 2027. By January, Theo will type 30 words a minute. He will make very few mistakes.',
    ]);
    // Readable without colour: the chart labels its points in text and draws the two lines differently.
    expect(await first.locator('svg text').allTextContents()).toEqual(['Start', '16 Oct', '20 Nov', 'Goal']);
    expect(await first.locator('svg').getAttribute('aria-hidden')).toBe('true');
    const dashes = await first
      .locator('.wp-journey__expected, .wp-journey__actual')
      .evaluateAll((paths) => paths.map((p) => getComputedStyle(p).strokeDasharray));
    expect(dashes[0]).not.toBe('none');
    expect(dashes[1]).toBe('none');
    // The page's CSP forbids inline styles: the chart has none.
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
