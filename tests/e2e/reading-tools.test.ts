/**
 * Reading tools in real Chromium. Headless Chromium has no voices, so each test puts a stand-in
 * speech engine in the page before it loads: it records every utterance (words, language, voice,
 * speed), fires "start" and a "boundary" for each word as a real engine does, and fires "end" when
 * the test says the sentence is finished (or at once). Preferences are checked across pages and for
 * what they keep.
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
const link = (id: string) => links.pupils.find((pupil) => pupil.id === id)!;
const amara = link('amara-okafor');

interface FakeVoice {
  name: string;
  lang: string;
}

interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
  rate: number;
}

/** Runs in the page before its scripts: a speech engine that records and answers as the test says. */
function stubSpeech({ voices, auto }: { voices: FakeVoice[]; auto: boolean }) {
  type Handler = ((event: unknown) => void) | null;
  const state = window as unknown as {
    spoken: Spoken[];
    events: string[];
    pending: { onend?: Handler }[];
    finishOne: () => void;
  };
  state.spoken = [];
  state.events = [];
  state.pending = [];
  class Utterance {
    text: string;
    lang = '';
    rate = 1;
    voice: FakeVoice | null = null;
    onstart: Handler = null;
    onboundary: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const engine = {
    getVoices: () => voices,
    speak(utterance: Utterance) {
      state.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name, rate: utterance.rate });
      state.pending.push(utterance);
      setTimeout(() => {
        if (!state.pending.includes(utterance)) return;
        state.events.push(`start ${utterance.text}`);
        utterance.onstart?.({ type: 'start' });
        for (const match of utterance.text.matchAll(/\S+/g))
          utterance.onboundary?.({ type: 'boundary', name: 'word', charIndex: match.index });
        if (auto) state.finishOne();
      }, 0);
    },
    cancel() {
      // A real engine tells the sentence it stopped that it was interrupted.
      for (const utterance of state.pending.splice(0)) (utterance as Utterance).onerror?.({ type: 'error', error: 'interrupted' });
    },
    addEventListener() {},
    removeEventListener() {},
  };
  state.finishOne = () => {
    const utterance = state.pending.shift() as Utterance | undefined;
    if (!utterance) return;
    state.events.push(`end ${utterance.text}`);
    utterance.onend?.({ type: 'end' });
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

const BRITISH = { name: 'Test British voice', lang: 'en-GB' };
const AMERICAN = { name: 'Test American voice', lang: 'en-US' };
const POLISH = { name: 'Test Polish voice', lang: 'pl-PL' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openView(context: BrowserContext, address: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(address, siteUrl).href);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-wp-opened'));
  return page;
}

async function withSpeech(voices: FakeVoice[], auto: boolean, address = amara.family) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  await context.addInitScript(stubSpeech, { voices, auto });
  return openView(context, address);
}

const status = (page: Page) => page.locator('[data-wp-read-status]');
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
const spokenCount = (page: Page, count: number) =>
  page.waitForFunction((n) => (window as unknown as { spoken: unknown[] }).spoken.length >= n, count);
const finishOne = (page: Page) => page.evaluate(() => (window as unknown as { finishOne: () => void }).finishOne());
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('wp-reading');
    return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim()) : [];
  });
const readingNow = (page: Page) => page.locator('[data-wp-reading-now]');

describe('read aloud', () => {
  test('has a play control on the page, outside the closed reading tools', async () => {
    const page = await withSpeech([BRITISH], false, amara.pupil);
    try {
      expect(await page.getByRole('button', { name: 'Reading tools' }).getAttribute('aria-expanded')).toBe('false');
      const play = page.getByRole('button', { name: 'Read aloud' });
      expect(await play.isVisible()).toBe(true);
      expect(await page.getByLabel('Speed').isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('reads the page sentence by sentence in a British voice, highlighting the sentence being read', async () => {
    const page = await withSpeech([AMERICAN, BRITISH], false);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await spokenCount(page, 1);
      const [first] = await spoken(page);
      expect(first).toMatchObject({ lang: 'en-GB', voice: BRITISH.name });
      expect(await highlighted(page)).toEqual([first!.text]);
      expect(await status(page).textContent()).toBe('Reading aloud.');

      await finishOne(page);
      await spokenCount(page, 2);
      const [, second] = await spoken(page);
      expect(second!.text).not.toBe(first!.text);
      expect(await highlighted(page)).toEqual([second!.text]);

      await page.getByRole('button', { name: 'Stop' }).click();
      expect(await status(page).textContent()).toBe('Stopped reading.');
      expect(await highlighted(page)).toEqual([]);
      expect(await page.getByRole('button', { name: 'Read aloud' }).count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });

  test('pauses, and carries on from the sentence it was reading', async () => {
    const page = await withSpeech([BRITISH], false, amara.pupil);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await spokenCount(page, 1);
      await finishOne(page);
      await spokenCount(page, 2);
      const [, second] = await spoken(page);
      await page.getByRole('button', { name: 'Pause' }).click();
      expect(await status(page).textContent()).toMatch(/^Paused/);
      await page.getByRole('button', { name: 'Carry on reading' }).click();
      await spokenCount(page, 3);
      expect((await spoken(page))[2]!.text).toBe(second!.text);
      expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });

  test('reads at the speed the reader chose, and keeps the choice', async () => {
    const page = await withSpeech([BRITISH], false, amara.pupil);
    try {
      await page.getByLabel('Speed').selectOption('0.6');
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await spokenCount(page, 1);
      expect((await spoken(page))[0]!.rate).toBe(0.6);
      await page.getByLabel('Speed').selectOption('1.25');
      await spokenCount(page, 2);
      expect((await spoken(page))[1]).toMatchObject({ text: (await spoken(page))[0]!.text, rate: 1.25 });
      expect(JSON.parse((await page.evaluate(() => localStorage.getItem('wp-reading')))!)).toMatchObject({ speed: '1.25' });
    } finally {
      await page.context().close();
    }
  });

  test('starts from a section with its "Read from here" button', async () => {
    const page = await withSpeech([BRITISH], false, amara.pupil);
    try {
      const goals = page.locator('#goals-heading + .wp-read-here');
      expect(await goals.getAttribute('aria-describedby')).toBe('goals-heading');
      await goals.click();
      await spokenCount(page, 1);
      expect((await spoken(page))[0]!.text).toBe('My goals');
      await finishOne(page);
      await spokenCount(page, 2);
      expect((await spoken(page))[1]!.text).toBe('Goal 1:');
      await finishOne(page);
      await spokenCount(page, 3);
      expect((await spoken(page))[2]!.text).toBe('I will read a turquoise book out loud.');
    } finally {
      await page.context().close();
    }
  });

  test('starts from a sentence the pupil taps, and highlights its line of symbols', async () => {
    const page = await withSpeech([BRITISH], false, amara.pupil);
    try {
      const line = page.locator('#helps-heading ~ ul .wp-sym-line').nth(1);
      await line.locator('.wp-sym__word').first().click();
      await spokenCount(page, 1);
      expect((await spoken(page))[0]!.text).toBe('Time to think before I answer');
      expect(await line.getAttribute('data-wp-reading-now')).toBe('');
      // A tap on another sentence while reading goes there.
      await page.locator('#me-heading ~ .wp-grid .wp-sym-line').first().click();
      await spokenCount(page, 2);
      expect((await spoken(page))[1]!.text).toBe('I am kind to younger children');
      expect(await readingNow(page).count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });

  test('reads each sentence once, as words, and never the page furniture', async () => {
    const page = await withSpeech([BRITISH], true, amara.pupil);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await page.waitForFunction(() => document.querySelector('[data-wp-read-status]')?.textContent === 'Finished reading the page.');
      const texts = (await spoken(page)).map((utterance) => utterance.text);
      expect(texts).toContain('I will read a turquoise book out loud.');
      expect(texts).toContain('Ms Priya Patel is my key adult.');
      expect(texts.filter((text) => text === 'I am kind to younger children')).toHaveLength(1);
      expect(texts.filter((text) => /Reading tools|Read aloud|Read from here|Download|Speed|KB\)/.test(text))).toEqual([]);
      // The engine's events came in order: each sentence started before it ended.
      const events = await page.evaluate(() => (window as unknown as { events: string[] }).events);
      expect(events.slice(0, 2)).toEqual([`start ${texts[0]}`, `end ${texts[0]}`]);
    } finally {
      await page.context().close();
    }
  });

  test('reads each part in a voice for its language, when the device has one', async () => {
    // Zosia's family reads Polish, and the school has translated every word of her page.
    const page = await withSpeech([BRITISH, POLISH], true, link('zofia-kowalska').family);
    try {
      await page.getByRole('button', { name: 'Czytaj na głos' }).click();
      await page.waitForFunction(() => document.querySelector('[data-wp-read-status]')?.textContent === 'Finished reading the page.');
      const polish = await spoken(page);
      expect(polish.length).toBeGreaterThan(3);
      expect(polish.every((utterance) => utterance.voice === POLISH.name && utterance.lang === 'pl-PL')).toBe(true);
      // The language buttons and their label are not read.
      expect(polish.filter((utterance) => /^(Język|Polski|English)$/.test(utterance.text))).toEqual([]);
      // In English, the same page is read in the British voice: each block in the language it shows.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await page.waitForFunction(
        (before) =>
          (window as unknown as { spoken: unknown[] }).spoken.length > before &&
          document.querySelector('[data-wp-read-status]')?.textContent === 'Finished reading the page.',
        polish.length,
      );
      const english = (await spoken(page)).slice(polish.length);
      expect(english.length).toBeGreaterThan(3);
      expect(english.every((utterance) => utterance.voice === BRITISH.name && utterance.lang === 'en-GB')).toBe(true);
      expect(english.find((utterance) => utterance.text === 'Zosia finds it hard to understand and use words.')).toBeDefined();
    } finally {
      await page.context().close();
    }
  });

  test('says so when the device has no voice for a part’s language', async () => {
    const page = await withSpeech([BRITISH], true, link('zofia-kowalska').family);
    try {
      await page.getByRole('button', { name: 'Czytaj na głos' }).click();
      await spokenCount(page, 1);
      expect(await status(page).textContent()).toMatch(/no Polish voice/);
    } finally {
      await page.context().close();
    }
  });

  test('says so when the device has no British English voice, and reads in another', async () => {
    const page = await withSpeech([AMERICAN], true);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await spokenCount(page, 1);
      expect(await status(page).textContent()).toMatch(/no British English voice/);
      expect((await spoken(page))[0]).toMatchObject({ voice: AMERICAN.name, lang: 'en-US' });
    } finally {
      await page.context().close();
    }
  });

  test('asks the device for its voices once the page is idle after its first frame, not in the tasks that follow that frame', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(stubSpeech, { voices: [BRITISH], auto: true });
    // A task queued in the first frame that shows the view: listing voices (milliseconds on a real
    // device) must not run before it, and must not wait for anyone to press Read aloud either.
    await context.addInitScript(() => {
      const state = window as unknown as { frameTaskRan: boolean; askedAfterFrameTask: boolean[] };
      state.frameTaskRan = false;
      state.askedAfterFrameTask = [];
      const engine = (window as unknown as { speechSynthesis: { getVoices: () => unknown[] } }).speechSynthesis;
      const getVoices = engine.getVoices;
      engine.getVoices = () => {
        state.askedAfterFrameTask.push(state.frameTaskRan);
        return getVoices();
      };
      const observer = new MutationObserver(() => {
        if (!document.documentElement.hasAttribute('data-wp-opened')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (state.frameTaskRan = true)));
      });
      observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-wp-opened'] });
    });
    const page = await openView(context, amara.family);
    try {
      await page.waitForFunction(() => (window as unknown as { askedAfterFrameTask: boolean[] }).askedAfterFrameTask.length > 0);
      expect(await page.evaluate(() => (window as unknown as { askedAfterFrameTask: boolean[] }).askedAfterFrameTask[0])).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('says honestly when the device has no voices at all', async () => {
    const page = await withSpeech([], true);
    try {
      await page.getByRole('button', { name: 'Read aloud' }).click();
      await page.waitForFunction(() => /no voices/.test(document.querySelector('[data-wp-read-status]')?.textContent ?? ''));
      expect(await status(page).textContent()).toBe(
        'This device has no voices for reading aloud. A voice can be added in the device’s settings, or its screen reader can read the page.',
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
      await family.getByLabel('More space between lines, letters and words').check();

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
      expect(JSON.parse(kept.value!)).toEqual({ text: '150', font: 'lexend', tint: 'dark', symbols: 'plan', speed: '1', spacing: true });

      // The locked page of another pupil, before it is opened, already uses the reader's choices.
      const locked = await context.newPage();
      await locked.goto(new URL(links.pupils[1]!.pupil.split('#')[0]!, siteUrl).href);
      await locked.waitForFunction(() => document.documentElement.dataset['wpTint'] === 'dark');
    } finally {
      await context.close();
    }
  });

  test('"More space" makes the gaps between words at least 0.32 em', async () => {
    const context = await browser.newContext();
    try {
      const page = await openView(context, amara.pupil);
      await page.getByRole('button', { name: 'Reading tools' }).click();
      await page.getByLabel('More space between lines, letters and words').check();
      const spacing = await page.evaluate(() => {
        const paragraph = document.querySelector('main p')!;
        const style = getComputedStyle(paragraph);
        return parseFloat(style.wordSpacing) / parseFloat(style.fontSize);
      });
      expect(spacing).toBeGreaterThanOrEqual(0.32);
    } finally {
      await context.close();
    }
  });
});
