/**
 * The school word list and symbol-supported text: every list entry names a real OpenMoji symbol,
 * the sample school's symbol words resolve, and every key word in the sample pupils' own wording
 * either has a symbol or is named by the checker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LEXICON } from '../../src/lib/symbols/lexicon.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { pupilWording } from '../../src/lib/plan/pupil-words.ts';
import { checkSymbols } from '../../src/lib/quality/symbols-check.ts';
import { SENSES } from '../../src/lib/symbols/senses.ts';
import { spriteHtml, symbolTextHtml } from '../../src/lib/symbols/symbol-html.ts';
import { OPENMOJI_SET, symbolSet } from '../../src/lib/symbols/symbol-sets.ts';
import { splitSentences, tokenize, withoutSymbolChoices } from '../../src/lib/symbols/symbols.ts';
import { wordForms } from '../../src/lib/symbols/words.ts';

const icons = createRequire(import.meta.url)('@iconify-json/openmoji/icons.json') as {
  icons: Record<string, unknown>;
  aliases: Record<string, unknown>;
};
const { content } = loadContent('content');
if (!content) throw new Error('The sample content has problems: run npm run check.');

describe('the school word list', () => {
  test('has at least 300 school words', () => {
    expect(Object.keys(LEXICON).length).toBeGreaterThanOrEqual(300);
  });

  test('maps every word to a symbol OpenMoji has', () => {
    const missing = Object.entries(LEXICON).filter(([, symbol]) => !icons.icons[symbol] && !icons.aliases[symbol]);
    expect(missing).toEqual([]);
  });

  test('gives every sense a word the list has a symbol for', () => {
    const senses = Object.entries(SENSES).flatMap(([word, list]) => list.map((sense) => [word, sense.means] as const));
    expect(senses.filter(([, means]) => means !== null && !OPENMOJI_SET.lookup(means))).toEqual([]);
  });

  test('knows the words of a British classroom', () => {
    const words = [
      'reading',
      'writing',
      'maths',
      'help',
      'quiet',
      'break',
      'teacher',
      'friend',
      'worry',
      'calm',
      'headphones',
      'timer',
      'timetable',
      'rubber',
      'jumper',
    ];
    expect(words.filter((word) => !OPENMOJI_SET.lookup(word))).toEqual([]);
  });

  test('resolves every symbol word the sample strategies and targets use', () => {
    const words = [
      ...[...content.strategies.values()].flatMap((strategy) => (strategy.symbol ? [strategy.symbol] : [])),
      ...content.pupils.flatMap((pupil) => pupil.plan.targets.flatMap((target) => (target.symbol ? [target.symbol] : []))),
    ];
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((word) => !OPENMOJI_SET.lookup(word))).toEqual([]);
  });
});

describe('symbol-supported text', () => {
  test('gives key words a symbol and function words none', () => {
    const tokens = tokenize('I will read a book with my friends.', OPENMOJI_SET);
    expect(tokens.map((token) => [token.text, token.symbol ?? null])).toEqual([
      ['I', null],
      ['will', null],
      ['read', 'open-book'],
      ['a', null],
      ['book', 'closed-book'],
      ['with', null],
      ['my', null],
      ['friends.', 'people-holding-hands'],
    ]);
  });

  test('finds the plain form of a word', () => {
    expect(wordForms('reading')).toContain('read');
    expect(wordForms('worries')).toContain('worry');
    expect(wordForms('stopped')).toContain('stop');
    expect(OPENMOJI_SET.lookup('build')).toBeDefined();
    expect(tokenize('Building towers', OPENMOJI_SET)[0]?.symbol).toBe('building-construction');
  });

  test('leaves names without a symbol and without a warning', () => {
    const [, , cat] = tokenize('I love Biscuit', OPENMOJI_SET);
    expect(cat).toMatchObject({ text: 'Biscuit', key: false });
    expect(cat?.symbol).toBeUndefined();
  });

  test('uses the symbol an author chose for a word, and shows the word without the choice', () => {
    const tokens = tokenize('I use my overlay[reading].', OPENMOJI_SET);
    expect(tokens.at(-1)).toMatchObject({ text: 'overlay.', chosen: 'reading', symbol: 'open-book', reason: 'chosen' });
    expect(withoutSymbolChoices('I use my overlay[reading].')).toBe('I use my overlay.');
  });

  test('gives no symbol to a word an author marked [-], and shows the word without the mark', () => {
    const tokens = tokenize('I read[-] with Mum.', OPENMOJI_SET);
    expect(tokens[1]).toMatchObject({ text: 'read', chosen: '-', reason: 'chosen' });
    expect(tokens[1]?.symbol).toBeUndefined();
    expect(withoutSymbolChoices('I read[-] with Mum.')).toBe('I read with Mum.');
  });

  test('marks one symbol a sentence to keep when a page shows one a sentence, passing over general words', () => {
    const leads = (sentence: string) =>
      tokenize(sentence, OPENMOJI_SET)
        .filter((token) => token.lead)
        .map((token) => token.word);
    expect(leads('I will read a turquoise book out loud.')).toEqual(['read']);
    expect(leads("I'll use the reader in every mock.")).toEqual(['reader']);
    expect(leads('I got a new best score!')).toEqual(['best']);
    expect(leads('I got 8 out of 10!')).toEqual([]);
  });

  test('puts one sentence on each line', () => {
    expect(splitSentences('I can ask for help. I take a break!  Then I go back')).toEqual([
      'I can ask for help.',
      'I take a break!',
      'Then I go back',
    ]);
  });

  test('hides the symbol layout from screen readers and gives them the sentence once, as words', () => {
    const html = symbolTextHtml('I read.', { set: OPENMOJI_SET, used: new Set() });
    expect(html).toBe(
      '<span class="wp-sym-text"><span class="wp-sym-line"><span class="wp-visually-hidden">I read.</span>' +
        '<span class="wp-sym-row" aria-hidden="true"><span class="wp-sym"><span class="wp-sym__word">I</span></span> ' +
        '<span class="wp-sym wp-sym--key wp-sym--lead"><svg class="wp-sym__img" focusable="false"><use href="#wp-s-open-book"></use></svg>' +
        '<span class="wp-sym__word">read.</span></span></span></span></span>',
    );
  });

  test('draws each symbol once in the page sprite, however often it is used', () => {
    const sprite = spriteHtml(['open-book', 'open-book'], OPENMOJI_SET);
    expect(sprite.match(/<symbol /g)).toHaveLength(1);
    expect(sprite).toContain('id="wp-s-open-book"');
    expect(sprite).toMatch(/^<svg class="wp-sprite" aria-hidden="true"/);
  });
});

describe('lexicon coverage of the sample pupils', () => {
  const warnings = checkSymbols(content);

  test.each(content.pupils.map((pupil, index) => [pupil.id, index] as const))(
    '%s: every key word has a symbol, or the checker names it',
    (id, index) => {
      const lacking = new Set<string>();
      for (const { text } of pupilWording(content, index)) {
        for (const sentence of splitSentences(text)) {
          for (const token of tokenize(sentence, OPENMOJI_SET)) if (token.reason === 'not in the word list') lacking.add(token.word);
        }
      }
      const warning = warnings.find((problem) => problem.file.endsWith(`pupils/${id}/plan.mdx`) && problem.field === 'Pupil wording');
      if (lacking.size === 0) {
        expect(warning).toBeUndefined();
      } else {
        expect(warning?.severity).toBe('warning');
        for (const word of lacking) expect(warning?.message).toContain(word);
      }
    },
  );

  test('most key words in the sample have a symbol, or the word list says on purpose that they have none', () => {
    let keys = 0;
    let decided = 0;
    content.pupils.forEach((_pupil, index) => {
      for (const { text } of pupilWording(content, index)) {
        for (const sentence of splitSentences(text)) {
          for (const token of tokenize(sentence, OPENMOJI_SET)) {
            if (!token.key) continue;
            keys += 1;
            if (token.reason !== 'not in the word list') decided += 1;
          }
        }
      }
    });
    expect(decided / keys).toBeGreaterThan(0.95);
  });

  test('warns, and does not fail, for a symbol word the set does not know', () => {
    const strategy = content.strategies.values().next().value!;
    const original = strategy.symbol;
    strategy.symbol = 'no-such-symbol-word';
    try {
      const problems = checkSymbols(content);
      const problem = problems.find((candidate) => candidate.message.includes('"no-such-symbol-word"'));
      expect(problem).toMatchObject({ severity: 'warning', field: '"Symbol"' });
      expect(problem?.file).toContain(`strategies/${strategy.id}.md`);
      expect(problems.every((candidate) => candidate.severity === 'warning')).toBe(true);
    } finally {
      strategy.symbol = original;
    }
  });
});

describe("a school's own symbol set", () => {
  test('replaces OpenMoji entirely: its words get its images, and other words get none', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'waypoint-symbols-'));
    try {
      mkdirSync(path.join(folder, 'symbols'));
      writeFileSync(
        path.join(folder, 'symbols', 'read.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
      );
      writeFileSync(
        path.join(folder, 'symbols', 'manifest.yaml'),
        'name: Test school symbols\ncredit: Used under licence.\nsymbols:\n  read: read.svg\n',
      );
      const set = symbolSet(folder);
      expect(set).toMatchObject({ id: 'school', name: 'Test school symbols', credit: 'Used under licence.' });
      const tokens = tokenize('I read a book.', set);
      expect(tokens.map((token) => token.symbol ?? null)).toEqual([null, 'read', null, null]);
      // Senses apply to it too: "tea" after "after" is looked for as "dinner", which this set has not.
      expect(tokenize('I read after tea.', set)[3]).toMatchObject({ means: 'dinner', reason: 'no symbol in this sense' });
      expect(set.sprite('read', 'wp-s-read')).toMatch(
        /^<symbol id="wp-s-read" viewBox="0 0 100 100"><image href="data:image\/svg\+xml;base64,/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
