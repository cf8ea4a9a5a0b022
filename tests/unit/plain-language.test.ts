/**
 * Plain-language checks on family and pupil wording (DESIGN §7), and the sample school meeting them.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkPlainText, countWords, sentences } from '../../src/lib/quality/plain-language.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { checkQuality, type QualityReport } from '../../src/lib/quality/quality.ts';

const rules = (text: string, audience: 'family' | 'pupil', glossary = new Set<string>()) =>
  checkPlainText(text, audience, glossary).map(({ rule, severity }) => `${rule}:${severity}`);
const lengths = (text: string, audience: 'family' | 'pupil') => rules(text, audience).filter((rule) => rule.startsWith('sentence-length'));

test('passes a short, plain family sentence', () => {
  expect(rules('Amara reads with you for 10 minutes after tea.', 'family')).toEqual([]);
});

test('warns about a family sentence of 15 words and stops one of 21', () => {
  const fifteen = 'Amara reads with you for ten minutes after tea on four nights of every school week.';
  const twentyOne = 'Amara reads with you for ten minutes after tea on four nights of every school week and then she draws a picture.';
  expect(countWords(fifteen)).toBe(16);
  expect(lengths(fifteen, 'family')).toEqual(['sentence-length:warning']);
  expect(countWords(twentyOne)).toBe(22);
  expect(lengths(twentyOne, 'family')).toEqual(['sentence-length:error']);
});

test('allows a pupil sentence of 12 words and stops one of 13', () => {
  expect(rules('I will sound out a word before I ask for some help.', 'pupil')).toEqual([]);
  expect(rules('I will sound out a word before I ask an adult for some help.', 'pupil')).toEqual(['sentence-length:error']);
});

test('counts a phone number as one word and ends a sentence after it', () => {
  expect(sentences('Ring the office on 01632 960 418. Ask for Ms Patel.').map((sentence) => sentence.words)).toEqual([5, 4]);
});

test('warns about a family sentence above reading age 9', () => {
  const hard = 'Your child will participate in specialised phonological awareness activities throughout the academic year.';
  expect(rules(hard, 'family')).toContain('reading-age:warning');
  expect(rules('We read a book with your child every day.', 'family')).not.toContain('reading-age:warning');
});

test('names the plainer word for "utilise", "facilitate" and "in order to"', () => {
  const findings = checkPlainText('We utilise cards in order to facilitate reading.', 'family');
  const fixes = findings.filter((finding) => finding.rule === 'plain-words').map((finding) => `${finding.message} ${finding.fix}`);
  expect(fixes).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/"utilise".*"use"/),
      expect.stringMatching(/"in order to".*"to"/),
      expect.stringMatching(/"facilitate".*"help"/),
    ]),
  );
});

test('flags an abbreviation or jargon the glossary does not explain, and not one it does', () => {
  expect(rules('The OT will visit in May.', 'family')).toEqual(['unexplained-term:warning']);
  expect(rules('The OT will visit in May.', 'family', new Set(['ot']))).toEqual([]);
  expect(rules('Ms Jones runs the intervention.', 'family')).toEqual(['unexplained-term:warning']);
});

/** The sample school, read and checked once for the tests below. */
let sample: { problems: Problem[]; quality: QualityReport } | undefined;
function sampleSchool() {
  if (sample) return sample;
  const { content, problems } = loadContent(path.resolve('content'));
  sample = { problems, quality: checkQuality(content!, '2026-11-01') };
  return sample;
}

test('gives every finding in a school its file and line', { timeout: 30_000 }, () => {
  const found = sampleSchool().quality.problems;
  expect(found.length).toBeGreaterThan(0);
  for (const problem of found) {
    expect(problem.file).toMatch(/\.(mdx|md|yaml)$/);
    expect(problem.line).toBeGreaterThan(0);
  }
});

test('the sample school passes the plain-language limits', { timeout: 30_000 }, () => {
  const { problems, quality } = sampleSchool();
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  const errors = quality.problems.filter((problem) => problem.severity === 'error');
  expect(errors).toEqual([]);
});

test("keeps Amara's longer sentences as warnings, not problems", { timeout: 30_000 }, () => {
  const amara = sampleSchool().quality.byPupil.get('amara-okafor')!;
  const lengths = amara.filter((problem) => problem.message.startsWith('A sentence'));
  expect(lengths.length).toBeGreaterThan(0);
  expect(lengths.every((problem) => problem.severity === 'warning')).toBe(true);
});
