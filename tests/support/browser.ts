/**
 * Real Chromium for the browser tests: Debian's chromium, driven by playwright-core.
 * WAYPOINT_CHROMIUM (or CHROMIUM_PATH) points at another binary.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env['WAYPOINT_CHROMIUM'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...extraArgs, ...ARGS] });
}

/** Launches headless Chromium on a profile folder the test owns, so it can read what the browser kept on disk. */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: ARGS });
}
