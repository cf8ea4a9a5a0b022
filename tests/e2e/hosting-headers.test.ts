/**
 * What a site relies on where the host cannot send `_headers` (GitHub Pages, plain S3): served with
 * no security headers at all, each page's <meta> tags still keep scripts to the site's own files and
 * send no referrer; but a <meta> Content-Security-Policy cannot set frame-ancestors, so another site
 * can show the pages in a frame. Served with the `_headers` rules — as Netlify, Cloudflare Pages and
 * `npm start` send them — it cannot. The README's "Deploying" section says the same.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../support/browser.ts';
import { waitOpened } from '../support/open-views.ts';

const siteDir = inject('siteDir');
/** The test server: files only, no security headers, like GitHub Pages or a bucket without a policy. */
const bareUrl = inject('siteUrl');
const familyLink = (JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as { pupils: { family: string }[] })
  .pupils[0]!.family;

let browser: Browser;
let withHeaders: { url: string; close: () => Promise<void> };
/** Another site, on another origin: it frames pages and records the Referer it is sent. */
let other: Server;
let otherUrl: string;
const referers: (string | undefined)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  withHeaders = await serve(siteDir, 0);
  other = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://other.test');
    if (url.pathname === '/frame') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><title>Another site</title><iframe src="${url.searchParams.get('src')}" width="800" height="600"></iframe>`,
      );
      return;
    }
    referers.push(request.headers.referer);
    response.end('ok');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await withHeaders?.close();
  other?.close();
});

const newPage = async () => (await browser.newContext()).newPage();

/** Opens a page of the site inside another site's frame; returns what the frame shows (its brand), or null. */
async function framedBrand(page: Page, site: string): Promise<string | null> {
  const target = new URL('/staff/', site).href;
  await page.goto(`${otherUrl}/frame?src=${encodeURIComponent(target)}`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) return null;
  return frame.evaluate(() => document.querySelector('.wp-brand')?.textContent ?? null).catch(() => null);
}

describe('served with no security headers', () => {
  test('the server sends none: no Content-Security-Policy, X-Frame-Options or Referrer-Policy header', async () => {
    const page = await newPage();
    const response = await page.goto(new URL('/staff/', bareUrl).href);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['referrer-policy']).toBeUndefined();
  });

  test("an inline script is still refused, by the page's own <meta> policy", async () => {
    const page = await newPage();
    await page.goto(new URL('/staff/', bareUrl).href);
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`refused by ${event.effectiveDirective}`));
          const script = document.createElement('script');
          script.textContent = 'document.title = "ran"';
          document.body.append(script);
          setTimeout(() => resolve(document.title === 'ran' ? 'ran' : 'not run, not reported'), 1000);
        }),
    );
    expect(outcome).toBe('refused by script-src-elem');
  });

  test('a link to another site sends no referrer, by the <meta name="referrer"> tag', async () => {
    const page = await newPage();
    await page.goto(new URL('/staff/', bareUrl).href);
    referers.length = 0;
    await page.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = 'elsewhere';
      document.body.append(link);
      link.click();
    }, `${otherUrl}/landing`);
    await expect.poll(() => referers.length).toBe(1);
    expect(referers).toEqual([undefined]);
  });

  test('another site can show a page in a frame: a <meta> policy cannot set frame-ancestors', async () => {
    expect(await framedBrand(await newPage(), bareUrl)).toBe('Waypoint');
  });
});

describe('served with the _headers rules, as Netlify, Cloudflare Pages and npm start send them', () => {
  test('no other site can show a page in a frame', async () => {
    expect(await framedBrand(await newPage(), withHeaders.url)).toBeNull();
  });

  test('a family link still opens its page under the header policy', async () => {
    const page = await newPage();
    const response = await page.goto(new URL(familyLink, withHeaders.url).href);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await waitOpened(page);
  });
});
