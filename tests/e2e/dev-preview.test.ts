/**
 * npm run dev, as a SENCO runs it while writing plans: it serves the site only (never the content
 * folder, the keyring or Astro's data store), only on 127.0.0.1, and a saved edit shows on the page
 * within 2 seconds, with the checker's problems for that file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { decodeHTML } from 'entities';
import sharp from 'sharp';
import { launchBrowser } from '../support/browser.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/build-lock.ts';
import { addStaffKeys, emptyKeyring, writeKeyring } from '../../src/lib/keys/keyring.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
/** Inside the project, so the dev server could reach it if it were not stopped from doing so. */
const HERE = path.join(PROJECT, `.dev-preview-test-${process.pid}`);
const CONTENT = path.join(HERE, 'content');
const KEYRING = path.join(HERE, 'keyring');
const PLAN = path.join(CONTENT, 'pupils', 'amara-okafor', 'plan.mdx');

let dev: ChildProcess | undefined;
let origin = '';
let releaseLock: (() => void) | undefined;
let output = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  // The dev server writes Astro's content cache in the project, as a build does: not both at once.
  releaseLock = await acquireBuildLock();
  mkdirSync(HERE, { recursive: true });
  cpSync(path.join(PROJECT, 'content'), CONTENT, { recursive: true });
  const keyring = emptyKeyring();
  await addStaffKeys(keyring, 'ms-rahman', 'a passphrase for the dev server test');
  writeKeyring(keyring, KEYRING);
  const port = await freePort();
  // As a SENCO's terminal runs it: not as part of a test run, which Astro and Vite would notice.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  dev = spawn(process.execPath, [path.join(PROJECT, 'scripts', 'dev.ts')], {
    cwd: PROJECT,
    env: { ...env, WAYPOINT_CONTENT: CONTENT, WAYPOINT_PRIVATE: KEYRING, PORT: String(port), WAYPOINT_TODAY: '2026-11-22' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  while (!/http:\/\/127\.0\.0\.1:\d+\//.test(output)) {
    if (Date.now() - started > 120_000 || dev.exitCode !== null) throw new Error(`npm run dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)![1]!;
  // The first page takes longest: Vite compiles everything it needs once.
  await fetch(`${origin}/v/staff-amara-okafor/`);
}, 180_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  rmSync(HERE, { recursive: true, force: true });
  releaseLock?.();
});

const get = async (address: string) => {
  const response = await fetch(`${origin}${address}`);
  return { status: response.status, text: decodeHTML(await response.text()) };
};

describe('npm run dev serves only the site', () => {
  test('listens on 127.0.0.1 only', () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output).not.toMatch(/Network\s+http/);
  });

  test('serves the plaintext preview of a plan', async () => {
    const page = await get('/v/staff-amara-okafor/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Amara Okafor');
  });

  test('lets the dev server style the preview, which it does with <style> elements', async () => {
    const page = await get('/v/staff-amara-okafor/');
    expect(page.text).toContain("style-src 'self' 'unsafe-inline';");
    expect(page.text).toMatch(/<style[^>]*>/);
  });

  const relative = (folder: string) => `/${path.relative(PROJECT, folder).split(path.sep).join('/')}`;
  test.each([
    ['the keyring', () => `${relative(KEYRING)}/keyring.json`],
    ['the keyring through /@fs/', () => `/@fs${KEYRING}/keyring.json`],
    ['the content folder', () => `${relative(CONTENT)}/pupils/amara-okafor/plan.mdx`],
    ['the content folder through /@fs/', () => `/@fs${CONTENT}/school.yaml`],
    ['the content folder, with its name encoded', () => `${relative(CONTENT).replace('content', '%63ontent')}/school.yaml`],
    ['the content folder, as a module', () => `${relative(CONTENT)}/pupils/amara-okafor/plan.mdx?import`],
    ['the sample school in content/', () => '/content/school.yaml'],
    ['Astro’s data store', () => '/node_modules/.astro/data-store.json'],
    ['Astro’s content modules', () => '/.astro/content-modules.mjs'],
    ['the content of every plan, as a virtual module', () => '/@id/astro:data-layer-content'],
    ['the same, by its internal name', () => '/@id/__x00__astro:data-layer-content'],
    ['a file outside the project', () => '/@fs/etc/hostname'],
  ])('refuses %s', async (_what, address) => {
    const { status, text } = await get(address());
    expect(status).toBeGreaterThanOrEqual(400);
    expect(text).not.toContain('Amara');
    expect(text).not.toContain('"secret"');
  });
});

describe('npm run dev shows a saved edit', () => {
  test('on the page within 2 seconds', async () => {
    const before = readFileSync(PLAN, 'utf8');
    const edited = before.replace('Strong verbal reasoning;', 'Strong verbal reasoning, edited in the preview;');
    expect(edited).not.toBe(before);
    writeFileSync(PLAN, edited);
    await expect
      .poll(async () => (await get('/v/staff-amara-okafor/')).text, { timeout: 2_000, interval: 100 })
      .toContain('edited in the preview');
  });

  test('with the checker’s problems for that file, while the page keeps the last version that worked', async () => {
    const before = readFileSync(PLAN, 'utf8');
    writeFileSync(PLAN, before.replace('reviewBy: 2026-12-11', 'reviewBy: 11/12/2026'));
    await expect
      .poll(async () => (await get('/v/staff-amara-okafor/')).text, { timeout: 2_000, interval: 100 })
      .toContain('did you mean 2026-12-11?');
    const page = await get('/v/staff-amara-okafor/');
    expect(page.text).toContain('The date "11/12/2026" is not written as year-month-day.');
    expect(page.text).toContain('Amara Okafor');
    writeFileSync(PLAN, before);
  });
});

describe('npm run dev shows the pupil view’s poster', () => {
  test('inside the page, as SVG, and saves the same A4 picture a built site does', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
      await page.goto(`${origin}/v/pupil-amara-okafor/`);
      const poster = page.locator('img.wp-poster');
      await poster.waitFor({ state: 'visible', timeout: 60_000 });
      expect(await poster.getAttribute('src')).toMatch(/^data:image\/svg\+xml,%3Csvg /);
      expect(await poster.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-wp-poster-download]').click()]);
      expect(download.suggestedFilename()).toBe('my-plan-poster.png');
      const { format, width, height } = await sharp(await download.path()).metadata();
      expect([format, width, height]).toEqual(['png', 2480, 3508]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
