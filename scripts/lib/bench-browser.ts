/**
 * The benchmark's measurements in real Chromium: how long a family link takes to show its view, how
 * long staff sign-in takes, how fast search answers, and what each view transfers.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface PupilLinks {
  id: string;
  staff: string;
  family: string;
  pupil: string;
}

export interface BrowserFigures {
  /** From navigation to the first frame drawn after opening. */
  familyNavToOpenedMs: number;
  /**
   * From the shell loaded to the content in place (the gate's data-wp-opened), before it is laid out.
   * The shell is loaded when DOMContentLoaded starts: the page's own work in that event (the view is
   * inserted there once its key was ready first) counts.
   */
  familyShellToOpenedMs: number;
  /** From the shell loaded to the first frame drawn after opening: when the reader sees the view. */
  familyShellToDrawnMs: number;
  /** The same, the median of each round of the links, in the order run. */
  familyRoundsMs: number[];
  staffUnlockMs: number;
  searchColdMs: number;
  searchWarmMs: number;
  /**
   * Where the family view's time goes (medians, ms, each step from the one before; the first from
   * the shell loaded): the gate's script starting, the link's key derived and the content key
   * unwrapped, the content decrypted, inflated and parsed, inserted (once the page's other scripts
   * have run), the gate hidden (and focus on the main region asked for), shown (once the page's
   * scripts listening for wp:opened have run), and focus moved to the main region in the first
   * frame that draws the page; and when the fonts were ready, from the shell loaded.
   */
  familyProfileMs: Record<string, number>;
  samples: Record<string, number[]>;
}

/** The steps src/client/open-page.ts marks, in order. */
const STEPS = ['start', 'key', 'decrypted', 'inflated', 'inserted', 'focused', 'shown', 'focus-moved'] as const;

export interface OneView {
  gzipBytes: number;
  rawBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  requests: number;
}
export type ViewBytes = Record<'family' | 'pupil' | 'staff', OneView>;

/** The binding through which a family link's page says it has drawn its first frame (see OPENED_PROBE). */
const DRAWN_BINDING = '__wpBenchDrawn';

/**
 * Records, in every page, when the gate marks <html> as opened, and when the first frame after that
 * has been drawn (a timer set in that frame's animation callback runs once the frame is painted):
 * the view is shown to the reader only then, after the browser has laid it out. Then it calls the
 * bench's binding, when the context has one.
 */
const OPENED_PROBE = (binding: string) => {
  const record = window as unknown as Record<string, number>;
  const observer = new MutationObserver(() => {
    if (document.documentElement?.hasAttribute('data-wp-opened')) {
      record['__wpOpened'] = performance.now();
      record['__wpOpenedEpoch'] = performance.timeOrigin + performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          record['__wpDrawn'] = performance.now();
          record['__wpDrawnEpoch'] = performance.timeOrigin + performance.now();
          (window as unknown as Record<string, (() => void) | undefined>)[binding]?.();
        }),
      );
      observer.disconnect();
    }
  });
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-wp-opened'] });
};

const waitOpened = (page: Page) =>
  page.waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'), undefined, { timeout: 60_000 });
/** Waits for the first frame drawn after opening (see OPENED_PROBE). */
const waitDrawn = (page: Page) =>
  page.waitForFunction(() => (window as unknown as Record<string, number>)['__wpDrawn'] !== undefined, undefined, { timeout: 60_000 });

async function signIn(page: Page, site: string, passphrase: string): Promise<number> {
  await page.goto(`${site}/staff/`);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/v\/[^/]+\/$/, { timeout: 60_000 });
  await waitDrawn(page);
  const drawn = await page.evaluate(() => (window as unknown as Record<string, number>)['__wpDrawnEpoch'] ?? 0);
  return Math.round(drawn - clicked);
}

/**
 * Opens every family link once a round, `rounds` times in one browser, then signs in and searches
 * as staff three times.
 */
export async function measureBrowser({
  dist,
  links,
  passphrase,
  rounds = 1,
}: {
  dist: string;
  links: PupilLinks[];
  passphrase: string;
  rounds?: number;
}): Promise<BrowserFigures> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const samples: Record<string, number[]> = {
    familyNavToOpened: [],
    familyShellToOpened: [],
    familyShellToDrawn: [],
    staffUnlock: [],
    searchCold: [],
    searchWarm: [],
  };
  const roundMedians: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const pupil of links) await openFamilyLink(browser, `${server.url}${pupil.family}`, samples);
      roundMedians.push(median(samples['familyShellToDrawn']!.slice(-links.length)));
    }
    for (let round = 0; round < 3; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(OPENED_PROBE, DRAWN_BINDING);
      const page = await context.newPage();
      samples['staffUnlock']!.push(await signIn(page, server.url, passphrase));
      // The search page: its link is in the staff navigation.
      const searchLink = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent?.trim() === 'Search')?.getAttribute('href'),
      );
      if (!searchLink) throw new Error('The staff navigation has no Search link.');
      await page.goto(new URL(searchLink, server.url).href);
      await waitOpened(page);
      samples['searchCold']!.push(await timeSearch(page, ['precision', 'overlay', 'breathing'][round]!));
      samples['searchWarm']!.push(await timeSearch(page, ['timetable', 'radio', 'typing'][round]!));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    familyNavToOpenedMs: median(samples['familyNavToOpened']!),
    familyShellToOpenedMs: median(samples['familyShellToOpened']!),
    familyShellToDrawnMs: median(samples['familyShellToDrawn']!),
    familyRoundsMs: roundMedians,
    staffUnlockMs: median(samples['staffUnlock']!),
    searchColdMs: median(samples['searchCold']!),
    searchWarmMs: median(samples['searchWarm']!),
    familyProfileMs: Object.fromEntries(
      Object.entries(samples)
        .filter(([name]) => name.startsWith('family:'))
        .map(([name, values]) => [name.slice('family:'.length), median(values)]),
    ),
    samples,
  };
}

/** Opens one family link in a fresh context and adds its timings to `samples`. */
async function openFamilyLink(browser: Browser, address: string, samples: Record<string, number[]>): Promise<void> {
  // A fresh context each time: a family opening its link for the first time, nothing cached.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const drawnSaid = Promise.withResolvers<void>();
  await context.exposeBinding(DRAWN_BINDING, () => drawnSaid.resolve());
  await context.addInitScript(OPENED_PROBE, DRAWN_BINDING);
  const page = await context.newPage();
  // Nothing of Playwright's runs in the page until its first frame with the view is drawn: waiting
  // for the load event and then asking the page (waitForFunction) sent Playwright's own script to
  // the page's main thread in the middle of opening, about 7 ms on the median and 11 on the slowest
  // quarter. The page says when it has drawn through the binding instead.
  await page.goto(address, { waitUntil: 'commit' });
  await withTimeout(drawnSaid.promise, 60_000, 'the family view to be drawn');
  const [opened, drawn, dcl] = await page.evaluate(() => [
    (window as unknown as Record<string, number>)['__wpOpened'] ?? 0,
    (window as unknown as Record<string, number>)['__wpDrawn'] ?? 0,
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
  ]);
  samples['familyNavToOpened']!.push(Math.round(drawn));
  samples['familyShellToOpened']!.push(Math.max(0, Math.round(opened - dcl)));
  samples['familyShellToDrawn']!.push(Math.max(0, Math.round(drawn - dcl)));
  const profile = await page.evaluate(async (steps) => {
    const at = (step: string) => performance.getEntriesByName(`wp:${step}`)[0]?.startTime ?? Number.NaN;
    await document.fonts.ready;
    const fontsReady = performance.now();
    // wp:focus-moved comes in the frame after wp:shown.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
    return { times: steps.map(at), dcl, fontsReady };
  }, STEPS);
  let before = profile.dcl;
  STEPS.forEach((step, index) => {
    const time = profile.times[index]!;
    (samples[`family:${step}`] ??= []).push(Math.round((time - before) * 10) / 10);
    before = time;
  });
  (samples['family:fonts ready'] ??= []).push(Math.round(profile.fontsReady - profile.dcl));
  await context.close();
}

/** Waits for a promise, or fails after `ms` saying what it was waiting for. */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Waited ${ms / 1000} s for ${what}.`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Submits the search form and times it until the first result is on the page. */
function timeSearch(page: Page, terms: string): Promise<number> {
  return page.evaluate(async (words) => {
    const form = document.querySelector<HTMLFormElement>('wp-search form')!;
    const input = form.querySelector<HTMLInputElement>('[name="terms"]')!;
    const list = document.querySelector<HTMLElement>('[data-wp-search-results]')!;
    list.replaceChildren();
    input.value = words;
    const started = performance.now();
    const found = new Promise<number>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (list.querySelector('h2')) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(list, { childList: true, subtree: true });
      setTimeout(() => reject(new Error(`No result for "${words}" within 60 s`)), 60_000);
    });
    form.requestSubmit();
    return Math.round(await found);
  }, terms);
}

/**
 * What each view transfers on a first visit: every response the page asks for, gzipped as a host
 * would, and the JavaScript among it. Staff views are opened after signing in, in the same context.
 */
export async function measureViewBytes({
  dist,
  links,
  passphrase,
}: {
  dist: string;
  links: PupilLinks[];
  passphrase?: string;
}): Promise<ViewBytes> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const all: Record<keyof ViewBytes, OneView[]> = { family: [], pupil: [], staff: [] };
  try {
    for (const pupil of links) {
      for (const view of ['family', 'pupil', 'staff'] as const) {
        all[view].push(await viewBytes(browser, server.url, pupil[view], view === 'staff' ? passphrase : undefined));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = (list: OneView[]): OneView => ({
    gzipBytes: median(list.map((v) => v.gzipBytes)),
    rawBytes: median(list.map((v) => v.rawBytes)),
    jsBytes: median(list.map((v) => v.jsBytes)),
    jsGzipBytes: median(list.map((v) => v.jsGzipBytes)),
    requests: median(list.map((v) => v.requests)),
  });
  return { family: summary(all.family), pupil: summary(all.pupil), staff: summary(all.staff) };
}

async function viewBytes(browser: Browser, site: string, link: string, passphrase: string | undefined): Promise<OneView> {
  const context = await browser.newContext();
  // Signing in waits for the first frame drawn after opening, which the probe records.
  await context.addInitScript(OPENED_PROBE, DRAWN_BINDING);
  const page = await context.newPage();
  if (passphrase) await signIn(page, site, passphrase);
  const bodies: Promise<{ url: string; type: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    if (!response.url().startsWith('http')) return;
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), type: response.headers()['content-type'] ?? '', body }),
        () => ({ url: response.url(), type: '', body: Buffer.alloc(0) }),
      ),
    );
  });
  await page.goto(`${site}${link}`, { waitUntil: 'load' });
  if (passphrase || link.includes('#')) await waitOpened(page);
  await page.waitForLoadState('networkidle');
  const responses = await Promise.all(bodies);
  await context.close();
  const view: OneView = { gzipBytes: 0, rawBytes: 0, jsBytes: 0, jsGzipBytes: 0, requests: responses.length };
  for (const { url, type, body } of responses) {
    const gzip = gzipSync(body).length;
    view.rawBytes += body.length;
    view.gzipBytes += gzip;
    if (/javascript/.test(type) || /\.m?js(\?|$)/.test(url)) {
      view.jsBytes += body.length;
      view.jsGzipBytes += gzip;
    }
  }
  return view;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}
