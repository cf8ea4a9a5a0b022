/**
 * The reading-age check, calibrated on sentences judged by hand (tests/fixtures/reading-age/): it
 * must stay quiet about sentences a 9-year-old reads easily (at most 5% false alarms) and still
 * catch the ones that need an older reader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkPlainText } from '../../src/lib/quality/plain-language.ts';
import { FIXTURES } from '../support/fixture-school.ts';

const judged = parse(readFileSync(path.join(FIXTURES, 'reading-age', 'sentences.yaml'), 'utf8')) as { easy: string[]; hard: string[] };
const flagged = (sentence: string) => checkPlainText(sentence, 'family').some((finding) => finding.rule === 'reading-age');

describe('the reading-age check, on sentences judged by hand', () => {
  test('has at least 60 judged sentences, each judged once', () => {
    const all = [...judged.easy, ...judged.hard];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all).size).toBe(all.length);
  });

  test('raises a false alarm on at most 5% of the sentences a 9-year-old reads easily', () => {
    const alarms = judged.easy.filter(flagged);
    expect(alarms.length / judged.easy.length, alarms.join('\n')).toBeLessThanOrEqual(0.05);
  });

  test('still warns about at least nine in ten of the sentences that need an older reader', () => {
    const missed = judged.hard.filter((sentence) => !flagged(sentence));
    expect(1 - missed.length / judged.hard.length, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test('passes a short sentence of everyday words with a name in it', () => {
    expect(flagged('Freddie is brilliant at building things.')).toBe(false);
  });

  test("passes the README's own example of family wording", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const examples = [...readme.matchAll(/^\s+family: (.+)$/gm)].map((match) => match[1]!).filter((text) => /^[A-Z].*[.!?]$/.test(text));
    expect(examples.length).toBeGreaterThan(5);
    expect(examples.filter(flagged)).toEqual([]);
  });
});
