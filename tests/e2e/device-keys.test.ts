/**
 * What a staff sign-in leaves on the device. Chromium runs with a profile folder the test owns
 * (launchPersistentContext), and after each way of signing in the test reads every file of that
 * folder for the keys it knows from the test keyring: the passphrase-derived key must never be
 * there, and the staff key must never be there in clear; after Lock, nothing that could open a page.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { fromBase64Url } from '../../src/lib/privacy/encoding.ts';
import type { Keyring } from '../../src/lib/keys/keyring.ts';
import { launchProfile } from '../support/browser.ts';
import { signIn, waitOpened } from '../support/open-views.ts';

const siteUrl = inject('siteUrl');
const keyringDir = inject('keyringDir');
const passphrase = inject('staffPassphrase');
const keyring = JSON.parse(readFileSync(path.join(keyringDir, 'keyring.json'), 'utf8')) as Keyring;
const links = JSON.parse(readFileSync(path.join(keyringDir, 'links.json'), 'utf8')) as { pupils: { staff: string }[] };
const staffPage = new URL(links.pupils[0]!.staff, siteUrl).href;

/** The key made from the staff passphrase: it opens every future build until the passphrase is reset. */
const PASSPHRASE_KEY = fromBase64Url(keyring.staff[inject('staffId')]!.kek);
/** The staff key: it opens every page until it is rotated. */
const STAFF_KEY = fromBase64Url(keyring.staffKey.key);

const profiles: string[] = [];
afterEach(() => {
  for (const folder of profiles.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function newProfile(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'waypoint-profile-'));
  profiles.push(folder);
  return folder;
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    try {
      return statSync(full).isDirectory() ? files(full) : [full];
    } catch {
      return []; // A lock or socket that went away while we looked.
    }
  });

/** Every file of the profile that holds the bytes, raw or written as base64, base64url or hex. */
function filesHolding(profile: string, secret: Uint8Array): string[] {
  const raw = Buffer.from(secret);
  const forms = [raw, ...['base64', 'base64url', 'hex'].map((encoding) => Buffer.from(raw.toString(encoding as BufferEncoding)))];
  return files(profile)
    .filter((file) => {
      const bytes = readFileSync(file);
      return forms.some((form) => bytes.includes(form));
    })
    .map((file) => path.relative(profile, file));
}

/** What the site keeps in sessionStorage and in its private file system, read from inside the page. */
const storedByPage = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const found = Object.values(sessionStorage) as string[];
    const root = await navigator.storage.getDirectory();
    for await (const handle of (root as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
      if (handle.kind === 'file') found.push(await (await (handle as FileSystemFileHandle).getFile()).text());
    }
    return found.filter((value) => value.length >= 16);
  });

async function open(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchProfile(profile);
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.waitForSelector('[data-wp-signin]:not([hidden])');
}

/** Whether a fresh start of the browser on this profile opens a staff page without signing in. */
async function opensWithoutSigningIn(profile: string): Promise<boolean> {
  const { context, page } = await open(profile);
  await page.goto(staffPage);
  const opened = await page
    .waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'), undefined, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  await context.close();
  return opened;
}

describe('a session-only sign-in', () => {
  test('never writes the passphrase-derived key or the staff key in clear to the profile', async () => {
    const profile = newProfile();
    const { context, page } = await open(profile);
    await signIn(page, siteUrl, passphrase);
    await page.goto(staffPage);
    await waitOpened(page);
    await context.close();
    expect(filesHolding(profile, PASSPHRASE_KEY)).toEqual([]);
    expect(filesHolding(profile, STAFF_KEY)).toEqual([]);
  });

  test('after Lock, leaves nothing on the profile that could open a page', async () => {
    const profile = newProfile();
    const { context, page } = await open(profile);
    await signIn(page, siteUrl, passphrase);
    await page.goto(staffPage);
    await waitOpened(page);
    const stored = await storedByPage(page);
    await lock(page);
    expect(await storedByPage(page)).toEqual([]);
    await context.close();
    expect(filesHolding(profile, PASSPHRASE_KEY)).toEqual([]);
    expect(filesHolding(profile, STAFF_KEY)).toEqual([]);
    for (const value of stored) expect(filesHolding(profile, new TextEncoder().encode(value))).toEqual([]);
    expect(await opensWithoutSigningIn(profile)).toBe(false);
  });
});

describe('"Remember this device"', () => {
  test('keeps staff signed in after the browser restarts, with neither key in clear on the profile', async () => {
    const profile = newProfile();
    const { context, page } = await open(profile);
    await signIn(page, siteUrl, passphrase, true);
    await context.close();
    expect(filesHolding(profile, PASSPHRASE_KEY)).toEqual([]);
    expect(filesHolding(profile, STAFF_KEY)).toEqual([]);
    expect(await opensWithoutSigningIn(profile)).toBe(true);
  });

  test('after Lock, leaves nothing on the profile that could open a page', async () => {
    const profile = newProfile();
    let { context, page } = await open(profile);
    await signIn(page, siteUrl, passphrase, true);
    await context.close();
    ({ context, page } = await open(profile));
    await page.goto(staffPage);
    await waitOpened(page);
    const stored = await storedByPage(page);
    expect(stored.length).toBeGreaterThan(0);
    await lock(page);
    await context.close();
    expect(filesHolding(profile, PASSPHRASE_KEY)).toEqual([]);
    expect(filesHolding(profile, STAFF_KEY)).toEqual([]);
    for (const value of stored) expect(filesHolding(profile, new TextEncoder().encode(value))).toEqual([]);
    expect(await opensWithoutSigningIn(profile)).toBe(false);
  });
});
