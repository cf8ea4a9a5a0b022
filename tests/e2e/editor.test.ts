/**
 * npm run edit in a real browser: the editor opens every kind of file, makes no request off this
 * computer, listens on 127.0.0.1 only, shows the checker's problems with a plan in the checker's
 * own words, and saves a change into the file without touching the rest. A built site holds
 * nothing of it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { CHECKS_ROUTE } from '../../src/editor/editor-routes.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { launchBrowser } from '../support/browser.ts';
import { startEditor, type EditorServer } from '../support/editor-server.ts';

let editor: EditorServer;
let browser: Browser;
beforeAll(async () => {
  [editor, browser] = await Promise.all([startEditor(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await editor?.stop();
});

/** Every address the page asked for that is not this editor (data: and blob: never leave the page). */
function watchRequests(page: Page): string[] {
  const elsewhere: string[] = [];
  const note = (url: string) => {
    const { protocol, host } = new URL(url);
    if (['data:', 'blob:', 'about:'].includes(protocol)) return;
    if (host !== `127.0.0.1:${editor.port}`) elsewhere.push(url);
  };
  page.on('request', (request) => note(request.url()));
  page.on('websocket', (socket) => note(socket.url()));
  return elsewhere;
}

/** Opens an editor page and waits until its form (with the checks panel) has loaded. */
async function open(page: Page, address: string, ready = '[data-wp-checks-summary]') {
  await page.goto(`${editor.url}${address}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
}

test('opens every kind of file and makes no request off this computer', { timeout: 240_000 }, async () => {
  const page = await browser.newPage();
  const elsewhere = watchRequests(page);
  await open(page, '/keystatic', 'text=Dashboard');
  await open(page, '/keystatic/collection/plans', 'text=Amara Okafor');
  for (const address of [
    '/keystatic/collection/plans/item/amara-okafor',
    '/keystatic/collection/reviews-theo-bennett/item/2026-07-08',
    '/keystatic/collection/strategies/item/coloured-overlay',
    '/keystatic/collection/groups/item/year-5-phonics',
    '/keystatic/singleton/school',
    '/keystatic/singleton/staff',
    '/keystatic/singleton/glossary',
    '/keystatic/singleton/translations-pl',
    '/keystatic/singleton/translations-ur',
  ]) {
    await open(page, address);
    expect(await page.getByText('Field validation failed').count(), address).toBe(0);
  }
  expect(elsewhere).toEqual([]);
  await page.close();
});

test('listens on 127.0.0.1 only', async (context) => {
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
  if (!outside) {
    console.log('This computer has no network address other than loopback: nothing to try the editor from.');
    context.skip();
  }
  const reached = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: outside, port: editor.port });
    socket.once('connect', () => resolve(true));
    socket.once('error', () => resolve(false));
  });
  expect(reached, `the editor answered on ${outside}:${editor.port}`).toBe(false);
  expect((await fetch(`${editor.url}/keystatic`)).status).toBe(200);
});

test("shows the checker's problems with a plan in the words npm run check uses", async () => {
  const page = await browser.newPage();
  await open(page, '/keystatic/collection/plans/item/amara-okafor');
  const shown = await page.locator('[data-wp-checks] li').allInnerTexts();
  const check = spawnSync(process.execPath, ['scripts/check.ts'], {
    encoding: 'utf8',
    env: { ...process.env, WAYPOINT_CONTENT: editor.folder },
  });
  expect(shown.length).toBeGreaterThan(0);
  for (const problem of shown) expect(check.stdout).toContain(problem.trim());
  expect(await page.locator('[data-wp-checks-summary]').innerText()).toBe(`Found ${shown.length} warnings in 1 file.`);
  await page.close();
});

test('saves a changed field into the file, changing that line only, and checks the file again', async () => {
  const file = path.join(editor.folder, 'pupils/amara-okafor/plan.mdx');
  const before = readFileSync(file, 'utf8');
  const page = await browser.newPage();
  await open(page, '/keystatic/collection/plans/item/amara-okafor');
  let checks = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === CHECKS_ROUTE) checks += 1;
  });
  await page.getByLabel('Preferred name').fill('Mara');
  await page.getByRole('button', { name: 'Save' }).click();
  const expected = before.replace('\npreferredName: Amara\n', '\npreferredName: Mara\n');
  expect(expected).not.toBe(before);
  await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).toBe(expected);
  const { content, problems } = loadContent(editor.folder);
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(content?.pupils.find((pupil) => pupil.id === 'amara-okafor')?.plan.preferredName).toBe('Mara');
  await expect.poll(() => checks, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.close();
});

test('leaves nothing of the editor in a built site', () => {
  const site = inject('siteDir');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)) : [path.join(dir, name)],
    );
  const traces = files(site).flatMap((file) => {
    const relative = path.relative(site, file);
    const text = readFileSync(file, 'latin1');
    return [
      ...(/keystatic|editor|react/i.test(relative) ? [`${relative} (its name)`] : []),
      ...['keystatic', 'Keystatic', '@keystar/ui', 'react-dom', 'astro-island', '/api/keystatic', 'EditorApp']
        .filter((marker) => text.includes(marker))
        .map((marker) => `${relative}: ${marker}`),
    ];
  });
  expect(traces).toEqual([]);
});
