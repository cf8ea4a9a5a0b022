/**
 * Every engine a family or pupil uses: the same visit in Chromium, Firefox (WebDriver BiDi) and
 * WebKitGTK (WebDriver): a family view, a pupil view and a wrong link opened with their links, the
 * language switched, staff signed in, a search, and Lock. Each step leaves a screenshot in a
 * temporary folder (named on the console) for a person to look at; the tests assert on the page's
 * state, never on pixels. An engine that is not installed is skipped, and the console says why.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Keyring } from '../../src/lib/keys/keyring.ts';
import { ENGINES, waitFor, type EnginePage } from '../support/engines.ts';

const siteUrl = inject('siteUrl');
const keyringDir = inject('keyringDir');
const links = JSON.parse(readFileSync(path.join(keyringDir, 'links.json'), 'utf8')) as {
  pupils: { id: string; family: string; pupil: string }[];
};
const keyring = JSON.parse(readFileSync(path.join(keyringDir, 'keyring.json'), 'utf8')) as Keyring;
const pupil = (id: string) => links.pupils.find((entry) => entry.id === id)!;
/** Idris's family reads Urdu (familyLanguage: ur); Amara's pupil view has symbols in its lists. */
const idris = pupil('idris-hussain');
const amara = pupil('amara-okafor');
const url = (address: string) => new URL(address, siteUrl).href;
/** Amara's family page opened with the secret of another page's link. */
const wrongLink = `${amara.family.split('#')[0]!}#${idris.family.split('#')[1]!}`;

const shots = mkdtempSync(path.join(os.tmpdir(), 'waypoint-engines-'));
console.log(
  [
    `Engines: screenshots in ${shots}`,
    ...ENGINES.map((engine) => `  ${engine.name}: ${engine.missing ? `SKIPPED, because ${engine.missing}` : 'runs'}`),
  ].join('\n'),
);

/** Digits other than 0–9: Arabic-Indic and Extended Arabic-Indic (Urdu, Persian). */
const NON_LATIN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

for (const engine of ENGINES) {
  const title = engine.missing ? `in ${engine.name} (skipped: ${engine.missing})` : `in ${engine.name}`;
  describe.skipIf(engine.missing !== undefined)(title, () => {
    let page: EnginePage;
    let stop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const started = await engine.start({ width: 1024, height: 800 });
      ({ page, stop } = started);
      console.log(`Engines: ${engine.name} ${started.version}`);
    });
    afterAll(async () => {
      await stop?.();
    });

    /** Saves what the page looks like, and checks a picture was written. */
    async function screenshot(step: string) {
      const file = path.join(shots, `${engine.id}-${step}.png`);
      await page.screenshot(file);
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    }

    async function openWithLink(link: string) {
      await page.goto(url(link));
      await waitFor(page, 'the page to open', () => document.documentElement.hasAttribute('data-wp-opened'));
    }

    const dates = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-wp-family-view] time[data-wp-date]')].map((time) => time.textContent ?? ''));

    test('opens a family view with its link, in the family’s language, right to left', async () => {
      await openWithLink(idris.family);
      await waitFor(page, 'the family view', () => document.querySelector('[data-wp-family-view]')?.hasAttribute('data-wp-ready'));
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
      expect(await page.evaluate(() => document.querySelector('#goals-heading')?.textContent)).toBe('ہم کس پر کام کر رہے ہیں');
      await screenshot('family-urdu');
    });

    test('switches the family view to Arabic, writing its dates in the same digits as its other numbers', async () => {
      await page.click('[data-wp-set-lang="ar"]');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      const arabic = await dates();
      expect(arabic.length).toBeGreaterThan(0);
      // The phone number, targets and plan wording are written 0–9: the dates must be too.
      expect(await page.evaluate(() => document.querySelector('[data-wp-family-view]')?.textContent)).toMatch(/[0-9]{4}/);
      for (const date of arabic) expect(date).toMatch(/[0-9]/);
      expect(arabic.filter((date) => NON_LATIN_DIGITS.test(date))).toEqual([]);
      await screenshot('family-arabic');
      await page.click('[data-wp-set-lang="ur"]');
      expect((await dates()).filter((date) => NON_LATIN_DIGITS.test(date))).toEqual([]);
    });

    test('opens a pupil view with its link, each symbol list item’s bullet beside its first line of symbols', async () => {
      await openWithLink(amara.pupil);
      await page.evaluate(() => document.fonts.ready.then(() => null));
      const items = await page.evaluate(() =>
        [...document.querySelectorAll('main li')]
          .filter((item) => item.firstElementChild?.matches('.wp-sym-text'))
          .map((item) => {
            const line = item.querySelector('.wp-sym-line')!.getBoundingClientRect();
            return { text: (item.textContent ?? '').trim().replace(/\s+/g, ' '), gap: line.top - item.getBoundingClientRect().top };
          }),
      );
      expect(items.length).toBeGreaterThan(3);
      // A bullet alone on an empty line puts the symbols a whole line below the top of the item.
      expect(items.filter((item) => item.gap > 2)).toEqual([]);
      await screenshot('pupil');
    });

    test('shows the pupil’s poster, and draws and saves its A4 picture (a canvas this engine lets the page export)', async () => {
      await waitFor(page, 'the poster to show', () => {
        const image = document.querySelector<HTMLImageElement>('img.wp-poster');
        return image !== null && !image.hidden && image.naturalWidth > 0;
      });
      // The saved file is read where the page hands it to the browser: a download cannot be fetched
      // back by every driver, and the page's own policy (connect-src 'self') keeps blob: out of fetch.
      const saved = await page.evaluate(async () => {
        const blobs: Blob[] = [];
        const objectUrl = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          if (blob instanceof Blob) blobs.push(blob);
          return objectUrl(blob);
        };
        const clicked = new Promise<string>((resolve) => {
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            resolve(this.download);
          };
        });
        document.querySelector<HTMLButtonElement>('[data-wp-poster-download]')!.click();
        const name = await Promise.race([clicked, new Promise<string>((resolve) => setTimeout(() => resolve('nothing saved'), 20_000))]);
        const png = blobs.at(-1);
        const bytes = new Uint8Array(png ? await png.arrayBuffer() : new ArrayBuffer(24));
        const view = new DataView(bytes.buffer);
        return {
          name,
          type: png?.type,
          signature: String.fromCharCode(...bytes.subarray(1, 4)),
          size: [view.getUint32(16), view.getUint32(20)],
          status: document.querySelector('[data-wp-poster-status]')?.textContent,
        };
      });
      expect(saved).toEqual({
        name: 'my-plan-poster.png',
        type: 'image/png',
        signature: 'PNG',
        size: [2480, 3508],
        status: 'My poster is saved as my-plan-poster.png.',
      });
      await screenshot('pupil-poster');
    });

    test('answers "Read aloud" at once when pressed a moment after the page opens: it reads, or says there is no voice', async () => {
      // A reader presses the button some time after the page opens; give the page that moment.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
      const answer = await page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('[data-wp-read]')!;
        button.click();
        const said = document.querySelector('[data-wp-read-status]')!.textContent;
        if (button.dataset['wpState'] === 'playing') document.querySelector<HTMLButtonElement>('[data-wp-stop]')!.click();
        return said;
      });
      expect(answer).toMatch(/^(Reading aloud\.|This device has no voices for reading aloud\.)/);
    });

    test('says plainly that a wrong link does not open the page, and shows nothing of it', async () => {
      await page.goto(url(wrongLink));
      await waitFor(page, 'the problem to show', () => document.querySelector('[data-wp-problem] p') !== null);
      expect(await page.evaluate(() => document.querySelector('[data-wp-gate-title]')?.textContent?.trim())).toBe(
        'This link does not open the page',
      );
      expect(await page.evaluate(() => document.querySelector('[data-wp-private="main"]')?.innerHTML)).toBe('');
      await screenshot('wrong-link');
    });

    test('signs staff in with their passphrase and opens the register', async () => {
      await page.goto(url('/staff/'));
      await page.fill('#wp-passphrase', inject('staffPassphrase'));
      await page.click('form[data-wp-signin] button[type="submit"]');
      await waitFor(
        page,
        'the register to open',
        () => /^\/v\/[^/]+\/$/.test(location.pathname) && document.documentElement.hasAttribute('data-wp-opened'),
      );
      expect(await page.evaluate(() => document.querySelector('[data-wp-private="main"] h1')?.textContent)).toBe('Register');
      await screenshot('register');
    });

    test('searches every plan and finds the pupils whose plans use a strategy', async () => {
      await openWithLink(`/v/${keyring.pages['search']!.id}/`);
      await page.fill('#wp-search-terms', 'precision');
      await page.click('form.wp-search button[type="submit"]');
      await waitFor(
        page,
        'search results',
        () => /match/.test(document.querySelector('[data-wp-search-status]')?.textContent ?? ''),
        null,
        20_000,
      );
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('[data-wp-search-results] h2')].map((heading) => heading.textContent),
      );
      expect(found).toContain('Amara Okafor');
      expect(found).not.toContain('Idris Hussain');
      await screenshot('search');
    });

    test('locks: forgets the member of staff and empties the page', async () => {
      await page.click('[data-wp-lock]');
      await waitFor(page, 'the sign-in form', () => document.querySelector<HTMLElement>('[data-wp-signin]')?.hidden === false);
      expect(await page.evaluate(() => document.querySelector('[data-wp-private="main"]')?.innerHTML)).toBe('');
      await screenshot('locked');
    });
  });
}
