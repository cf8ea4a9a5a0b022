/**
 * Just enough W3C WebDriver (https://www.w3.org/TR/webdriver2/) over HTTP on loopback to drive
 * WebKitGTK through Debian's WebKitWebDriver: a session, going to a page, running a script, typing,
 * clicking and a screenshot. WebKitGTK's MiniBrowser needs an X display, so a private Xvfb is
 * started for it when none is set. Plain fetch: a WebDriver library would bring far more than this.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The key under which WebDriver names an element (W3C WebDriver §12.1). */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The first of `names` found on PATH (or given as a full path), or undefined. */
export function findExecutable(...names: string[]): string | undefined {
  for (const name of names) {
    if (name.includes('/')) {
      if (existsSync(name)) return name;
      continue;
    }
    for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
      if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return undefined;
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('No free port');
  return address.port;
}

/** Starts Xvfb on a display it chooses itself (-displayfd), and says which. */
function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: child });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (exit code ${code})`)));
  });
}

export interface WebDriverSession {
  /** What the driver says it is driving, e.g. { browserName: 'MiniBrowser', browserVersion: '2.50.6' }. */
  capabilities: Record<string, unknown>;
  command<T = unknown>(method: 'GET' | 'POST' | 'DELETE', route: string, body?: unknown): Promise<T>;
  /** Finds the first element matching a CSS selector, or throws. */
  find(selector: string): Promise<string>;
  close(): Promise<void>;
}

async function call<T>(base: string, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const answer = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebDriver ${method} ${route}: ${answer.value?.error}: ${answer.value?.message}`);
  return answer.value;
}

/**
 * Starts WebKitWebDriver (under a private Xvfb when no DISPLAY is set), opens a session in its
 * default browser (MiniBrowser) and returns it. close() ends the session, the driver and Xvfb.
 */
export async function startWebKit(driver: string, xvfb: string | undefined): Promise<WebDriverSession> {
  const stops: (() => void)[] = [];
  const stopAll = () => stops.reverse().forEach((stop) => stop());
  try {
    let display = process.env['DISPLAY'];
    if (!display) {
      if (!xvfb) throw new Error('WebKitGTK needs a display: install xvfb');
      const server = await startXvfb(xvfb);
      stops.push(() => server.process.kill());
      display = server.display;
    }
    const port = await freePort();
    const child = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    stops.push(() => child.kill());
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      try {
        const status = await call<{ ready: boolean }>(base, 'GET', '/status');
        if (status.ready) break;
      } catch (error) {
        if (tries > 100) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const created = await call<{ sessionId: string; capabilities: Record<string, unknown> }>(base, 'POST', '/session', {
      capabilities: { alwaysMatch: {} },
    });
    const session = `${base}/session/${created.sessionId}`;
    const command = <T>(method: 'GET' | 'POST' | 'DELETE', route: string, body?: unknown) => call<T>(session, method, route, body);
    return {
      capabilities: created.capabilities,
      command,
      find: async (selector) =>
        (await command<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector }))[ELEMENT]!,
      close: async () => {
        await command('DELETE', '').catch(() => undefined);
        stopAll();
      },
    };
  } catch (error) {
    stopAll();
    throw error;
  }
}
