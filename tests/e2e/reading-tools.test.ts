/**
 * Reading tools in real Chromium. Headless Chromium has no voices, so each test puts a stand-in
 * speech engine in the page before it loads: it records what it is asked to say and says it was
 * said when the test tells it to (or at once). Preferences are checked across pages and for what
 * they keep.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const links = JSON.parse(readFileSync(path.join(inject('keyringDir'), 'links.json'), 'utf8')) as {
  pupils: { id: string; family: string; pupil: string }[];
};
const amara = links.pupils.find((pupil) => pupil.id === 'amara-okafor')!;

interface FakeVoice {
  name: string;
  lang: string;
}

/** Runs in the page before its scripts: a speech engine that records and answers on demand. */
function stubSpeech({ voices, auto }: { voices: FakeVoice[]; auto: boolean }) {
  const state = window as unknown as {
    spoken: { text: string; lang: string; voice: string | undefined }[];
    pending: { onend?: ((event: unknown) => void) | null }[];
    finishOne: () => void;
  };
  state.spoken = [];
  state.pending = [];
  class Utterance {
    text: string;
    lang = '';
    voice: FakeVoice | null = null;
    onend: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const engine = {
    getVoices: () => voices,
    speak(utterance: Utterance) {
      state.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
      state.pending.push(utterance);
      if (auto) setTimeout(() => state.finishOne(), 0);
    },
    cancel() {
      state.pending = [];
    },
    addEventListener() {},
    removeEventListener() {},
  };
  state.finishOne = () => state.pending.shift()?.onend?.({});
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

const BRITISH = { name: 'Test British voice', lang: 'en-GB' };
const AMERICAN = { name: 'Test American voice', lang: 'en-US' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openView(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(link, siteUrl).href);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'));
  return page;
}

async function withSpeech(voices: FakeVoice[], auto: boolean, link = amara.family) {
  const context = await browser.newContext();
  await context.addInitScript(stubSpeech, { voices, auto });
  const page = await openView(context, link);
  await page.getByRole('button', { name: 'Reading tools' }).click();
  return page;
}

const status = (page: Page) => page.locator('[data-wp-read-status]');
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; voice?: string }[] }).spoken);
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('wp-reading');
    return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim()) : [];
  });

describe('read aloud', () => {
  test('reads the page sentence by sentence in a British voice, highlighting the sentence being read', async () => {
    const page = await withSpeech([AMERICAN, BRITISH], false);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length === 1);
      const [first] = await spoken(page);
      expect(first).toMatchObject({ lang: 'en-GB', voice: BRITISH.name });
      expect(await highlighted(page)).toEqual([first!.text]);
      expect(await status(page).textContent()).toBe('Reading aloud.');
      expect(await page.getByRole('button', { name: 'Stop reading' }).count()).toBe(1);

      await page.evaluate(() => (window as unknown as { finishOne: () => void }).finishOne());
      await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length === 2);
      const [, second] = await spoken(page);
      expect(second!.text).not.toBe(first!.text);
      expect(await highlighted(page)).toEqual([second!.text]);

      await page.getByRole('button', { name: 'Stop reading' }).click();
      expect(await status(page).textContent()).toBe('Stopped reading.');
      expect(await highlighted(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('reads every sentence once, as words, on the pupil view with its symbols', async () => {
    const page = await withSpeech([BRITISH], true, amara.pupil);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await page.waitForFunction(() => document.querySelector('[data-wp-read-status]')?.textContent === 'Finished reading the page.');
      const texts = (await spoken(page)).map((utterance) => utterance.text);
      expect(texts).toContain('I will read a turquoise book out loud.');
      expect(new Set(texts).size).toBeGreaterThan(10);
      expect(texts.filter((text) => text.includes('Reading tools'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('says so when the device has no British English voice, and reads in another', async () => {
    const page = await withSpeech([AMERICAN], true);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length > 0);
      expect(await status(page).textContent()).toMatch(/no British English voice/);
      expect((await spoken(page))[0]).toMatchObject({ voice: AMERICAN.name, lang: 'en-US' });
    } finally {
      await page.context().close();
    }
  });

  test('says honestly when the device has no voices at all', async () => {
    const page = await withSpeech([], true);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await page.waitForFunction(() => /no voices/.test(document.querySelector('[data-wp-read-status]')?.textContent ?? ''));
      expect(await status(page).textContent()).toBe(
        'This device has no voices for reading aloud. Add a voice in your device’s settings, or use its screen reader.',
      );
      expect(await spoken(page)).toEqual([]);
      expect(await page.getByRole('button', { name: 'Read aloud' }).count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});

describe('preferences', () => {
  test('apply across pages and keep nothing personal', async () => {
    const context = await browser.newContext();
    try {
      const family = await openView(context, amara.family);
      await family.getByRole('button', { name: 'Reading tools' }).click();
      await family.getByLabel('Text size').selectOption('150');
      await family.getByLabel('Colours').selectOption('dark');
      await family.getByLabel('Font').selectOption('lexend');
      await family.getByLabel('More space between lines and letters').check();

      const pupil = await openView(context, amara.pupil);
      const applied = await pupil.evaluate(() => ({
        text: document.documentElement.dataset['wpText'],
        tint: document.documentElement.dataset['wpTint'],
        font: getComputedStyle(document.body).fontFamily,
        size: getComputedStyle(document.documentElement).fontSize,
        letters: getComputedStyle(document.querySelector('main p')!).letterSpacing,
      }));
      expect(applied).toMatchObject({ text: '150', tint: 'dark', size: '24px' });
      expect(applied.font).toMatch(/^Lexend/);
      expect(parseFloat(applied.letters)).toBeGreaterThanOrEqual(0.12 * 16);
      await pupil.getByRole('button', { name: 'Reading tools' }).click();
      expect(await pupil.getByLabel('Text size').inputValue()).toBe('150');

      const kept = await pupil.evaluate(() => ({ keys: Object.keys(localStorage), value: localStorage.getItem('wp-reading') }));
      expect(kept.keys).toEqual(['wp-reading']);
      expect(JSON.parse(kept.value!)).toEqual({ text: '150', font: 'lexend', tint: 'dark', density: 'all', spacing: true, symbols: true });

      // The locked page of another pupil, before it is opened, already uses the reader's choices.
      const locked = await context.newPage();
      await locked.goto(new URL(links.pupils[1]!.pupil.split('#')[0]!, siteUrl).href);
      await locked.waitForFunction(() => document.documentElement.dataset['wpTint'] === 'dark');
    } finally {
      await context.close();
    }
  });
});
