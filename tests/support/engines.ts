/**
 * The three browser engines families and pupils use, each behind the same small page interface so
 * one suite (tests/e2e/engines.test.ts) runs in all of them: Chromium through playwright-core (CDP),
 * Firefox through puppeteer-core (WebDriver BiDi), WebKitGTK through WebKitWebDriver (W3C WebDriver
 * over HTTP, tests/support/webdriver.ts). An engine that is not installed is reported as missing,
 * with the reason, and its tests are skipped.
 */
import { writeFileSync } from 'node:fs';
import { CHROMIUM_PATH, launchBrowser } from './browser.ts';
import { findExecutable, startWebKit } from './webdriver.ts';

export const FIREFOX_PATH = process.env['WAYPOINT_FIREFOX'] ?? '/usr/bin/firefox-esr';

export interface Viewport {
  width: number;
  height: number;
}

/** A page in one engine. Functions passed to evaluate run in the page, so they must not use anything from outside. */
export interface EnginePage {
  goto(url: string): Promise<void>;
  evaluate<T, A = null>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Types into the field, as a keyboard would. */
  fill(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(file: string): Promise<void>;
}

export interface Engine {
  /** For file names: chromium, firefox, webkit. */
  id: string;
  name: string;
  /** Why the engine cannot run here, when it cannot. */
  missing?: string;
  /** Starts the engine with one page; `version` is what the engine says it is. */
  start(viewport: Viewport): Promise<{ page: EnginePage; version: string; stop: () => Promise<void> }>;
}

function chromium(): Engine {
  const executable = findExecutable(CHROMIUM_PATH);
  return {
    id: 'chromium',
    name: 'Chromium',
    ...(executable ? {} : { missing: `${CHROMIUM_PATH} is not installed` }),
    async start(viewport) {
      const browser = await launchBrowser();
      const page = await (await browser.newContext({ viewport })).newPage();
      return {
        version: browser.version(),
        stop: () => browser.close(),
        page: {
          goto: async (url) => void (await page.goto(url)),
          evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg ?? null),
          fill: (selector, text) => page.locator(selector).pressSequentially(text),
          click: (selector) => page.locator(selector).click(),
          screenshot: async (file) => void (await page.screenshot({ path: file })),
        },
      };
    },
  };
}

function firefox(): Engine {
  const executable = findExecutable(FIREFOX_PATH);
  return {
    id: 'firefox',
    name: 'Firefox',
    ...(executable ? {} : { missing: `${FIREFOX_PATH} is not installed (Debian: apt-get install firefox-esr)` }),
    async start(viewport) {
      const { default: puppeteer } = await import('puppeteer-core');
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: executable!,
        protocol: 'webDriverBiDi',
        headless: true,
        defaultViewport: viewport,
      });
      const page = await browser.newPage();
      return {
        version: (await browser.version()).replace(/^firefox\//, ''),
        stop: () => browser.close(),
        page: {
          goto: async (url) => void (await page.goto(url)),
          evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) =>
            page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg ?? null) as Promise<T>,
          fill: (selector, text) => page.type(selector, text),
          click: (selector) => page.click(selector),
          screenshot: async (file) => void (await page.screenshot({ path: file })),
        },
      };
    },
  };
}

function webkit(): Engine {
  const wanted = process.env['WAYPOINT_WEBKIT_DRIVER'] ?? 'WebKitWebDriver';
  const driver = findExecutable(wanted);
  const xvfb = findExecutable('Xvfb');
  const missing = !driver
    ? `${wanted} is not installed (Debian: apt-get install webkit2gtk-driver)`
    : !xvfb && !process.env['DISPLAY']
      ? 'there is no display and Xvfb is not installed (Debian: apt-get install xvfb)'
      : undefined;
  return {
    id: 'webkit',
    name: 'WebKitGTK',
    ...(missing ? { missing } : {}),
    async start(viewport) {
      const session = await startWebKit(driver!, xvfb);
      await session.command('POST', '/window/rect', viewport);
      return {
        version: (session.capabilities['browserVersion'] as string | undefined) ?? 'unknown',
        stop: () => session.close(),
        page: {
          goto: async (url) => void (await session.command('POST', '/url', { url })),
          async evaluate(fn, arg) {
            // The page runs the function's source; a failure comes back as a message, not a hang.
            const script = `const [arg, done] = arguments;
              Promise.resolve().then(() => (${fn.toString()})(arg)).then(
                (value) => done({ value: value === undefined ? null : value }),
                (error) => done({ error: String((error && error.stack) || error) }));`;
            const result = await session.command<{ value: never; error?: string }>('POST', '/execute/async', {
              script,
              args: [arg ?? null],
            });
            if (result.error) throw new Error(`In the page: ${result.error}`);
            return result.value;
          },
          async fill(selector, text) {
            await session.command('POST', `/element/${await session.find(selector)}/value`, { text });
          },
          async click(selector) {
            await session.command('POST', `/element/${await session.find(selector)}/click`, {});
          },
          async screenshot(file) {
            writeFileSync(file, Buffer.from(await session.command<string>('GET', '/screenshot'), 'base64'));
          },
        },
      };
    },
  };
}

/** Chromium, Firefox and WebKitGTK, each saying whether it can run here. */
export const ENGINES: Engine[] = [chromium(), firefox(), webkit()];

/** Asks the page until `fn` answers something truthy; a page that is reloading is simply asked again. */
export async function waitFor<A>(page: EnginePage, what: string, fn: (arg: A) => unknown, arg?: A, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: Error | undefined;
  for (;;) {
    try {
      if (await page.evaluate(fn, arg)) return;
    } catch (error) {
      last = error as Error;
    }
    if (Date.now() > end) throw new Error(`Waited ${timeout / 1000} s for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
