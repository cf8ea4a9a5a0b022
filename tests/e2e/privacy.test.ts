/**
 * The privacy design in a real browser: links and passphrases open what they should and nothing
 * else, every failure gets its own kind message, and no request leaves the site.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { signIn, waitOpened, waitProblem } from '../support/open-views.ts';
import { serveStatic } from '../support/static-server.ts';

const siteUrl = inject('siteUrl');
const keyringDir = inject('keyringDir');
const passphrase = inject('staffPassphrase');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Links {
  pupils: { id: string; staff: string; family: string; pupil: string }[];
}
const readLinks = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'links.json'), 'utf8')) as Links;
const links = readLinks(keyringDir);
const amara = links.pupils.find((pupil) => pupil.id === 'amara-okafor')!;
const other = links.pupils.find((pupil) => pupil.id !== 'amara-okafor')!;

let browser: Browser;
/** Every request any page made, to check none left the site. */
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser(['--host-resolver-rules=MAP plain-http.test 127.0.0.1']);
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(context?: BrowserContext): Promise<Page> {
  const page = await (context ?? (await browser.newContext())).newPage();
  page.on('request', (request) => requests.push(request.url()));
  return page;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

const url = (link: string, site = siteUrl) => new URL(link, site).href;
/** The opened page's own heading (the gate keeps its heading, hidden, in the page). */
const heading = (page: Page) => page.locator('[data-wp-private="main"] h1').first();

describe('a family link', () => {
  test('opens the family view, then takes its secret out of the address bar, and names the page but not the pupil in its title', async () => {
    const page = await newPage();
    await page.goto(url(amara.family));
    await waitOpened(page);
    await expect.poll(() => heading(page).textContent()).toBe("Amara's plan");
    expect(page.url()).toBe(url(amara.family.split('#')[0]!));
    expect(await page.title()).toBe('Your child’s plan — Waypoint');
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    await expectNoAxeViolations(page);
  });

  test('opens the pupil view with the pupil link', async () => {
    const page = await newPage();
    await page.goto(url(amara.pupil));
    await waitOpened(page);
    expect(await heading(page).textContent()).toContain('My plan');
  });
});

describe('a staff passphrase', () => {
  test('opens the register, a staff view, and from it the family and pupil views', async () => {
    const page = await newPage();
    await signIn(page, siteUrl, passphrase);
    expect(await heading(page).textContent()).toBe('Register');
    await page.getByRole('link', { name: 'Amara Okafor' }).first().click();
    await waitOpened(page);
    expect(await heading(page).textContent()).toContain('Amara Okafor');
    await page.getByRole('link', { name: 'the family view' }).click();
    await waitOpened(page);
    expect(await heading(page).textContent()).toBe("Amara's plan");
    await page.goBack();
    await waitOpened(page);
    await page.getByRole('link', { name: /the pupil view/ }).click();
    await waitOpened(page);
    expect(await heading(page).textContent()).toContain('My plan');
    expect(await page.title()).toBe('My plan — Waypoint');
  });

  test('keeps staff signed in from page to page, and "Lock" forgets them', async () => {
    const page = await newPage();
    await signIn(page, siteUrl, passphrase);
    await page.goto(url(amara.staff));
    await waitOpened(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.waitForSelector('[data-wp-signin]:not([hidden])');
    expect(await page.locator('[data-wp-private="main"]').innerHTML()).toBe('');
  });

  test('"Remember this device" keeps staff signed in in a new tab; without it a new tab asks again', async () => {
    const remembered = await browser.newContext();
    await signIn(await newPage(remembered), siteUrl, passphrase, true);
    const tab = await newPage(remembered);
    await tab.goto(url(amara.staff));
    await waitOpened(tab);

    const session = await browser.newContext();
    await signIn(await newPage(session), siteUrl, passphrase, false);
    const otherTab = await newPage(session);
    await otherTab.goto(url(amara.staff));
    await otherTab.waitForSelector('[data-wp-signin]:not([hidden])');
  });

  test('says so, kindly, when the passphrase is wrong, and the page stays accessible', async () => {
    const page = await newPage();
    await page.goto(url('/staff/'));
    await page.getByLabel('Passphrase', { exact: true }).fill('not the right words at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await waitProblem(page)).title).toBe('That passphrase did not work');
    await expectNoAxeViolations(page);
  });

  test('shows and hides the passphrase with a button that says which it is doing', async () => {
    const page = await newPage();
    await page.goto(url('/staff/'));
    const field = page.getByLabel('Passphrase', { exact: true });
    const toggle = page.getByRole('button', { name: 'Show' });
    await toggle.click();
    expect(await field.getAttribute('type')).toBe('text');
    expect(await page.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('a page that cannot be opened says why', () => {
  test('a link without its #secret', async () => {
    const page = await newPage();
    await page.goto(url(amara.family.split('#')[0]!));
    expect((await waitProblem(page)).title).toBe('This link is not complete');
    await expectNoAxeViolations(page);
  });

  test('a link with the wrong #secret', async () => {
    const page = await newPage();
    await page.goto(url(`${amara.family.split('#')[0]}#${'A'.repeat(22)}`));
    expect((await waitProblem(page)).title).toBe('This link does not open the page');
    await expectNoAxeViolations(page);
  });

  test('a link with the wrong #secret still lets staff sign in, with a button that shows the passphrase', async () => {
    const page = await newPage();
    await page.goto(url(`${amara.family.split('#')[0]}#${'A'.repeat(22)}`));
    await waitProblem(page);
    const field = page.getByLabel('Passphrase', { exact: true });
    await field.fill('some words');
    await page.getByRole('button', { name: 'Show' }).click();
    expect(await field.getAttribute('type')).toBe('text');
    expect(await page.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('form').count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  test('a page with one byte of its ciphertext changed', async () => {
    const page = await newPage();
    await page.route(url(amara.family.split('#')[0]!), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const flipped = html.replace(
        /("content":\{"iv":"[^"]+","ct":")(.)/,
        (_, before: string, first: string) => `${before}${first === 'A' ? 'B' : 'A'}`,
      );
      await route.fulfill({ response, body: flipped });
    });
    await page.goto(url(amara.family));
    expect((await waitProblem(page)).title).toBe('This page has been changed');
    await expectNoAxeViolations(page);
  });

  test("a payload swapped in from another pupil's page", async () => {
    const page = await newPage();
    const theirs = readFileSync(path.join(inject('siteDir'), other.family.split('#')[0]!, 'index.html'), 'utf8');
    await page.route(url(amara.family.split('#')[0]!), (route) => route.fulfill({ contentType: 'text/html', body: theirs }));
    await page.goto(url(amara.family));
    expect((await waitProblem(page)).title).toBe('This page has been changed');
  });

  test('a page served over plain HTTP from a real address', async () => {
    const page = await newPage();
    const port = new URL(siteUrl).port;
    await page.goto(url(amara.family, `http://plain-http.test:${port}`));
    expect((await waitProblem(page)).title).toBe('This page needs a secure connection');
    await expectNoAxeViolations(page);
  });

  test('a browser without WebCrypto', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined }));
    const page = await newPage(context);
    await page.goto(url(amara.family));
    expect((await waitProblem(page)).title).toBe('This browser cannot open private pages');
    await expectNoAxeViolations(page);
  });

  test('a link that has been replaced: the old address is gone, and the 404 page says what to do', async () => {
    const page = await newPage();
    const response = await page.goto(url('/v/this-link-was-replaced/'));
    expect(response?.status()).toBe(404);
  });
});

describe('after keys change and the site is rebuilt', () => {
  let dir: string;
  let rebuiltUrl: string;
  let close: () => Promise<void>;
  let newLinks: Links;
  let secondPassphrase: string;

  const keys = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/keys.ts', ...args, '--json'], {
      env: { ...process.env, WAYPOINT_PRIVATE: path.join(dir, 'keys') },
      encoding: 'utf8',
    });
  /** Builds into dist/ and (re)starts a server on it, as a host does after a deploy. */
  const buildAndServe = async () => {
    await close?.();
    execFileSync(process.execPath, ['scripts/build.ts', '--out', path.join(dir, 'dist')], {
      env: { ...process.env, WAYPOINT_PRIVATE: path.join(dir, 'keys') },
      stdio: 'pipe',
    });
    const server = await serveStatic(path.join(dir, 'dist'));
    rebuiltUrl = server.url;
    close = server.close;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-rebuild-'));
    cpSync(keyringDir, path.join(dir, 'keys'), { recursive: true });
    keys('rotate', 'amara-okafor', '--view', 'family');
    secondPassphrase = (JSON.parse(keys('staff', 'add', 'ms-patel')) as { staff: { id: string; passphrase: string }[] }).staff[0]!
      .passphrase;
    await buildAndServe();
    newLinks = readLinks(path.join(dir, 'keys'));
  }, 180_000);
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a rotated family link stops working and the new one opens the page', async () => {
    const old = await newPage();
    const response = await old.goto(url(amara.family, rebuiltUrl));
    expect(response?.status()).toBe(404);
    const fresh = await newPage();
    await fresh.goto(url(newLinks.pupils.find((pupil) => pupil.id === 'amara-okafor')!.family, rebuiltUrl));
    await waitOpened(fresh);
    expect(await heading(fresh).textContent()).toBe("Amara's plan");
  });

  test("rotating one pupil's family link leaves their pupil link and other pupils' links alone", async () => {
    for (const link of [amara.pupil, other.family, other.pupil]) {
      const page = await newPage();
      await page.goto(url(link, rebuiltUrl));
      await waitOpened(page);
    }
  });

  test('a member of staff given a passphrase can sign in; once removed and rebuilt, it opens nothing', async () => {
    await signIn(await newPage(), rebuiltUrl, secondPassphrase);
    keys('staff', 'remove', 'ms-patel');
    await buildAndServe();
    const page = await newPage();
    await page.goto(url('/staff/', rebuiltUrl));
    await page.getByLabel('Passphrase', { exact: true }).fill(secondPassphrase);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await waitProblem(page)).title).toBe('That passphrase did not work');
    await signIn(await newPage(), rebuiltUrl, passphrase);
  }, 120_000);
});

test('no page made a request to anywhere but the site itself', () => {
  // A blob: address (the pupil view's opened poster) is made by the page, and names the page's origin.
  const origins = new Set(
    requests.filter((request) => !request.startsWith('data:')).map((request) => new URL(request.replace(/^blob:/, '')).hostname),
  );
  expect([...origins].sort()).toEqual(['127.0.0.1', 'plain-http.test'].sort());
});

describe('a school that asks families for a passphrase as well as the link', () => {
  let dir: string;
  let site: string;
  let close: () => Promise<void>;
  let family: { link: string; passphrase: string };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-family-passphrase-'));
    const content = path.join(dir, 'content');
    cpSync('tests/fixtures/audience-markers', content, { recursive: true });
    const schoolFile = path.join(content, 'school.yaml');
    writeFileSync(schoolFile, `${readFileSync(schoolFile, 'utf8')}access:\n  familyPassphrase: true\n`);
    const env = { ...process.env, WAYPOINT_CONTENT: content, WAYPOINT_PRIVATE: path.join(dir, 'keys') };
    const made = JSON.parse(execFileSync(process.execPath, ['scripts/keys.ts', '--json'], { env, encoding: 'utf8' })) as {
      families: { pupil: string; passphrase: string }[];
    };
    execFileSync(process.execPath, ['scripts/build.ts', '--out', path.join(dir, 'dist')], { env, stdio: 'pipe' });
    const links = readLinks(path.join(dir, 'keys'));
    family = { link: links.pupils[0]!.family, passphrase: made.families[0]!.passphrase };
    const server = await serveStatic(path.join(dir, 'dist'));
    site = server.url;
    close = server.close;
  }, 180_000);
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  test('asks for the passphrase after the link, refuses a wrong one, and opens with the right one', async () => {
    const page = await newPage();
    await page.goto(url(family.link, site));
    const field = page.getByLabel('Family passphrase');
    await field.fill('not our passphrase');
    await page.getByRole('button', { name: 'Open' }).click();
    expect((await waitProblem(page)).title).toBe('That passphrase did not work');
    await expectNoAxeViolations(page);
    await field.fill(family.passphrase);
    await page.getByRole('button', { name: 'Open' }).click();
    await waitOpened(page);
    expect(await heading(page).textContent()).toContain('plan');
  });
});
