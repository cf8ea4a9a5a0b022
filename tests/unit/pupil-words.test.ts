/**
 * "My plan" speaks in the pupil's own words: the sample school is built, every pupil view is opened
 * with its link, and every piece of pupil wording must be there exactly as written — in what a
 * screen reader hears and in the words people see under the symbols. Glossary terms are explained
 * on a tap, never put in place of the pupil's words.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { pupilWording, saySameThing, whatHelpsMe } from '../../src/lib/plan/pupil-words.ts';
import { addStaffKeys, emptyKeyring, readKeyring, writeKeyring } from '../../src/lib/keys/keyring.ts';
import { withoutSymbolChoices } from '../../src/lib/symbols/symbols.ts';
import { openWithLink } from '../support/decrypt-page.ts';

const { content } = loadContent('content');
if (!content) throw new Error('The sample content has problems: run npm run check.');
const views = new Map<string, HTMLElement>();
const footers = new Map<string, HTMLElement>();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-pupil-words-'));
  const dist = path.join(dir, 'dist');
  const keys = path.join(dir, 'keys');
  const keyring = emptyKeyring();
  await addStaffKeys(keyring, content.school.senco, 'test passphrase for the senco');
  writeKeyring(keyring, keys);
  execFileSync(process.execPath, ['scripts/build.ts', '--out', dist], {
    env: { ...process.env, WAYPOINT_CONTENT: 'content', WAYPOINT_PRIVATE: keys, WAYPOINT_TODAY: '2026-11-22' },
    stdio: 'pipe',
  });
  const built = readKeyring(keys)!;
  for (const pupil of content.pupils) {
    const page = await openWithLink(dist, built, `pupil:${pupil.id}`);
    views.set(pupil.id, parse(page.main));
    footers.set(pupil.id, parse(page.footer));
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The view as a screen reader hears it: no hidden parts, no symbol layout. */
function heard(view: HTMLElement): string {
  const copy = parse(view.toString());
  copy.querySelectorAll('[aria-hidden="true"],[hidden],script,style,svg').forEach((element) => element.remove());
  return spaced(copy.textContent);
}

/** The words people see under the symbols, one sentence a line. */
const seen = (view: HTMLElement) =>
  view.querySelectorAll('.wp-sym-line').map((line) =>
    spaced(
      line
        .querySelectorAll('.wp-sym__word')
        .map((word) => word.textContent)
        .join(' '),
    ),
  );

describe.each(content.pupils.map((pupil, index) => [pupil.id, index] as const))('the pupil view of %s', (id, index) => {
  const { plan } = content.pupils[index]!;
  const shownHelps = whatHelpsMe(content, plan).map((item) => item.text);
  /** Every piece of pupil wording, except a strategy that says again what the pupil said (shown once). */
  const wording = () =>
    pupilWording(content, index).filter(
      ({ path: where, text }) =>
        where[0] !== 'strategies' || shownHelps.includes(text) || !shownHelps.some((item) => saySameThing(item, text)),
    );

  test('has every piece of pupil wording exactly as written, as a screen reader hears it', () => {
    const text = heard(views.get(id)!);
    const missing = wording().filter(({ text: words }) => !text.includes(spaced(withoutSymbolChoices(words))));
    expect(missing).toEqual([]);
  });

  test('shows every sentence of it exactly as written, under its symbols', () => {
    const lines = new Set(seen(views.get(id)!));
    const sentences = wording().flatMap(({ text }) => spaced(withoutSymbolChoices(text)).match(/[^.!?]+(?:[.!?]+["'’”)]*|$)/g)!);
    expect(sentences.map((sentence) => sentence.trim()).filter((sentence) => !lines.has(sentence))).toEqual([]);
  });

  test('speaks as "my" throughout, in the page and its footer', () => {
    const page = `${heard(views.get(id)!)} ${heard(footers.get(id)!)}`;
    expect(page.match(/\byour\b/gi) ?? []).toEqual([]);
    expect(heard(footers.get(id)!)).toMatch(/^This is my plan\. I can ask my teachers about it at any time\./);
  });

  test('never says a word twice in a row', () => {
    expect(heard(views.get(id)!).match(/\b(\w+) \1\b/gi) ?? []).toEqual([]);
  });

  test('lists what helps once, without a strategy that repeats what the pupil said', () => {
    const items = views
      .get(id)!
      .querySelectorAll('#helps-heading ~ ul > li')
      .map((item) => heard(item));
    expect(items).toEqual(shownHelps.map((item) => spaced(withoutSymbolChoices(item))));
    for (const [at, item] of items.entries()) expect(items.slice(at + 1).filter((other) => saySameThing(item, other))).toEqual([]);
  });
});

describe('glossary terms in the pupil view', () => {
  const kiran = () => views.get('kiran-mistry')!;

  test('are buttons that show the pupil meaning on a tap, and the pupil keeps their own word', () => {
    const term = kiran()
      .querySelectorAll('button.wp-term')
      .find((button) => heard(button) === 'Dyslexia');
    expect(term?.getAttribute('aria-expanded')).toBe('false');
    const meaning = kiran().querySelector(`#${term!.getAttribute('aria-controls')}`);
    expect(meaning?.hasAttribute('hidden')).toBe(true);
    expect(meaning?.textContent).toBe(' (My brain works hard to read and spell words.)');
    expect(heard(kiran())).toContain('Dyslexia slows down my reading and spelling.');
  });

  test('are explained once, where they are first used outside a heading', () => {
    const terms = kiran()
      .querySelectorAll('button.wp-term')
      .map((button) => heard(button).toLowerCase());
    expect(terms).toContain('reader');
    expect(new Set(terms).size).toBe(terms.length);
  });

  test('are never replaced by their meaning', () => {
    for (const [id, view] of views) {
      const text = heard(view);
      expect(text, id).not.toMatch(/my my|my the|the something that reads/i);
    }
  });

  test('name the key adult as the pupil would say it, with "key adult" explained', () => {
    const who = kiran().querySelector('#who-heading ~ ul > li');
    expect(heard(who!)).toBe('Mr Kofi Mensah is my key adult. I can talk to Mr Kofi Mensah about my plan.');
    expect(who!.querySelector('button.wp-term')?.textContent).toBe('key adult');
  });
});
