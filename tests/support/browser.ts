/**
 * Real Chromium for the browser tests, driven by playwright-core: the one WAYPOINT_CHROMIUM (or
 * CHROMIUM_PATH) names; else the computer's own Chromium or Chrome; else the headless Chromium in
 * the npm package @sparticuz/chromium, so `npm test` needs nothing npm does not bring.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumOverride } from '../../src/lib/config.ts';

/** Where a computer keeps its own Chromium or Chrome (Debian, Ubuntu, Fedora, macOS). */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface FoundChromium {
  path: string;
  /** Which rule found it, for the test log. */
  from: 'WAYPOINT_CHROMIUM' | 'system' | 'npm';
}

/** Finds the Chromium to test with. The npm one is unpacked into the temporary folder the first time. */
export async function findChromium(override = chromiumOverride(), exists: (path: string) => boolean = existsSync): Promise<FoundChromium> {
  if (override) return { path: override, from: 'WAYPOINT_CHROMIUM' };
  const system = SYSTEM_CHROMIUMS.find((path) => exists(path));
  if (system) return { path: system, from: 'system' };
  try {
    const { default: npmChromium } = await import('@sparticuz/chromium');
    return { path: await npmChromium.executablePath(), from: 'npm' };
  } catch (error) {
    throw new Error(
      `No Chromium to test with: none at ${SYSTEM_CHROMIUMS.join(', ')}, and the npm package @sparticuz/chromium did not unpack (${String(error)}). ` +
        'Install Chromium or Chrome, or set WAYPOINT_CHROMIUM to its path.',
      { cause: error },
    );
  }
}

let found: Promise<FoundChromium> | undefined;
/** The Chromium this test run uses, found once. */
export const testChromium = () => (found ??= findChromium());

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium; `extraArgs` adds flags, such as host-resolver rules for one test. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: (await testChromium()).path, args: [...extraArgs, ...ARGS] });
}

/** Launches headless Chromium on a profile folder the test owns, so it can read what the browser kept on disk. */
export async function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: (await testChromium()).path, args: ARGS });
}
