/**
 * What readers see after the site is rebuilt and published again at the same address. Staff who are
 * signed in stay signed in; someone who has left is locked out; and a page older than the site's
 * current version of it says so. The marker school is built, changed and rebuilt; the browser is
 * handed an earlier build's copy of a page, as a cache or a slow mirror would hand it, while the
 * host serves the new build.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { signIn, waitOpened, waitProblem } from '../support/open-views.ts';
import { serveStatic } from '../support/static-server.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PASSPHRASE = 'stale page senco passphrase';

let browser: Browser;
let dir: string;
let site: BuiltFixture;
let server: { url: string; close: () => Promise<void> } | undefined;

interface Copy {
  /** The page's address, without the secret. */
  address: string;
  link: string;
  html: string;
}
/** A page as the first build published it. */
function copyOf(pageKey: string): Copy {
  const page = site.keyring().pages[pageKey]!;
  const address = `/v/${page.id}/`;
  return {
    address,
    link: `${address}${page.secret ? `#${page.secret}` : ''}`,
    html: readFileSync(path.join(site.dist, address, 'index.html'), 'utf8'),
  };
}

/** Rebuilds and serves the new output at the same address, as a host does after a deploy. */
async function rebuild(): Promise<void> {
  const port = server ? Number(new URL(server.url).port) : 0;
  await server?.close();
  const { status, output } = site.build();
  if (status !== 0) throw new Error(output);
  server = await serveStatic(site.dist, port);
}
const keys = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/keys.ts', ...args, '--json'], {
    env: { ...process.env, WAYPOINT_CONTENT: path.join(dir, 'content'), WAYPOINT_PRIVATE: site.keys },
    encoding: 'utf8',
  });

const newPage = async () => (await browser.newContext()).newPage();

/** Opens a link while the browser is handed an older copy of the page, as a cache would. */
async function openOldCopy(copy: Copy, page?: Page): Promise<Page> {
  const tab = page ?? (await newPage());
  await tab.route(new URL(copy.address, server!.url).href, (route) => route.fulfill({ contentType: 'text/html', body: copy.html }));
  await tab.goto(new URL(copy.link, server!.url).href);
  return tab;
}

/** Waits until the page has compared its version with the site's, and returns the notice it shows. */
async function revisionNotice(page: Page): Promise<{ state: string; text: string; visible: boolean }> {
  await page.waitForFunction(() => document.documentElement.dataset['wpRevision'], undefined, { timeout: 15_000 });
  return {
    state: (await page.getAttribute('html', 'data-wp-revision')) ?? '',
    text: ((await page.textContent('[data-wp-revision-status]')) ?? '').trim(),
    visible: await page.isVisible('[data-wp-revision-notice]'),
  };
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-stale-'));
  cpSync('tests/fixtures/audience-markers', path.join(dir, 'content'), { recursive: true });
  site = await fixtureBuild(path.join(dir, 'content'), 'senco-one', PASSPHRASE);
  await rebuild();
}, 180_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
  site?.remove();
  rmSync(dir, { recursive: true, force: true });
});

describe('after a plan changes and the site is rebuilt', () => {
  let family: Copy;
  let signedIn: Page;
  beforeAll(async () => {
    family = copyOf('family:mark-pupil');
    signedIn = await newPage();
    await signIn(signedIn, server!.url, PASSPHRASE);
    const plan = path.join(dir, 'content/pupils/mark-pupil/plan.mdx');
    const changed = readFileSync(plan, 'utf8').replace('FAMILY-target-one', 'FAMILY-target-one-CHANGED');
    writeFileSync(plan, changed.replace('SECRET-STAFF-target-one', 'SECRET-STAFF-target-one-CHANGED'));
    await rebuild();
  }, 120_000);

  test('an older copy of a family page says so in one line, with a button that loads the current one', async () => {
    const page = await openOldCopy(family);
    await waitOpened(page);
    expect(await revisionNotice(page)).toEqual({
      state: 'stale',
      text: 'This is an older copy of this page. Reload to see the latest version.',
      visible: true,
    });
    expect(await page.locator('[data-wp-private="main"]').textContent()).not.toContain('FAMILY-target-one-CHANGED');
    await expectNoAxeViolations(page);
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => document.documentElement.dataset['wpRevision'] === 'current', undefined, { timeout: 15_000 });
    expect(await page.locator('[data-wp-private="main"]').textContent()).toContain('FAMILY-target-one-CHANGED');
    expect(await page.isVisible('[data-wp-revision-notice]')).toBe(false);
    expect(page.url()).not.toContain('#');
  });

  test('staff signed in before the rebuild stay signed in, and open the new page', async () => {
    await signedIn.goto(new URL(copyOf('staff:mark-pupil').link, server!.url).href);
    await waitOpened(signedIn);
    expect(await signedIn.locator('[data-wp-private="main"]').textContent()).toContain('SECRET-STAFF-target-one-CHANGED');
    expect((await revisionNotice(signedIn)).state).toBe('current');
  });

  test('the current page says nothing about its version', async () => {
    const page = await newPage();
    await page.goto(new URL(copyOf('family:mark-pupil').link, server!.url).href);
    await waitOpened(page);
    expect(await revisionNotice(page)).toEqual({ state: 'current', text: '', visible: false });
  });
});

describe('after a member of staff leaves and the site is rebuilt', () => {
  let leaver: { passphrase: string; page: Page };
  beforeAll(async () => {
    const staffYaml = path.join(dir, 'content/staff.yaml');
    const before = readFileSync(staffYaml, 'utf8');
    writeFileSync(staffYaml, `${before}- { id: ms-leaver, name: Ms Leaver, role: Teaching assistant }\n`);
    const made = JSON.parse(keys('staff', 'add', 'ms-leaver')) as { staff: { passphrase: string }[] };
    await rebuild();
    leaver = { passphrase: made.staff[0]!.passphrase, page: await newPage() };
    await signIn(leaver.page, server!.url, leaver.passphrase, true);
    writeFileSync(staffYaml, before);
    await rebuild();
  }, 180_000);

  test('their remembered sign-in opens nothing, and their passphrase no longer signs in', async () => {
    await leaver.page.goto(new URL(copyOf('staff:mark-pupil').link, server!.url).href);
    await leaver.page.waitForSelector('[data-wp-signin]:not([hidden])');
    expect(await leaver.page.locator('[data-wp-private="main"]').innerHTML()).toBe('');
    await leaver.page.getByLabel('Passphrase', { exact: true }).fill(leaver.passphrase);
    await leaver.page.getByRole('button', { name: 'Sign in' }).click();
    expect((await waitProblem(leaver.page)).title).toBe('That passphrase did not work');
  });
});

describe('after the staff key is rotated and the site is rebuilt', () => {
  let staff: Copy;
  beforeAll(async () => {
    staff = copyOf('staff:mark-pupil');
    keys('rotate');
    await rebuild();
  }, 120_000);

  test('an older copy of a staff page says so, though the newer sign-in cannot open it', async () => {
    const page = await newPage();
    await signIn(page, server!.url, PASSPHRASE);
    await openOldCopy(staff, page);
    expect((await revisionNotice(page)).state).toBe('stale');
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });
});

describe("after a family's link is replaced and the site is rebuilt", () => {
  let family: Copy;
  beforeAll(async () => {
    family = copyOf('family:mark-pupil');
    keys('rotate', 'mark-pupil', '--view', 'family');
    await rebuild();
  }, 120_000);

  test('an older copy of the old link says the page has been replaced, and whom to ask', async () => {
    const page = await openOldCopy(family);
    await waitOpened(page);
    expect(await revisionNotice(page)).toEqual({
      state: 'replaced',
      text: 'This page has been replaced. Ask the school for the new link.',
      visible: true,
    });
    await expectNoAxeViolations(page);
  });
});
