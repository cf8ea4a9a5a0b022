/**
 * The checker's memory of each file it read (src/lib/content/read-memo.ts), and the cache that keeps
 * it between builds (src/lib/rebuild/check-cache.ts): a file whose text has not changed is not parsed
 * again, and what the checker says about it — problems, lines, fields, the content itself — is what
 * reading it anew says. A changed file is always read anew; a damaged cache is ignored.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent, type LoadResult } from '../../src/lib/content/load-content.ts';
import { memoKey, recallFile, rememberFile } from '../../src/lib/content/read-memo.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { keepCheck, recallReadings } from '../../src/lib/rebuild/check-cache.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import { fixtureSchool } from '../support/fixture-school.ts';

/** Every path to a value in some data: the paths a problem's line can be asked for. */
function pathsIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => pathsIn(item, [...at, index]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...at, key]))];
  return [at];
}

/** What a reading of the school says, as plain data: problems, quality findings, content, and the line of every field. */
function whatIsSaid({ content, problems }: LoadResult) {
  const lines = (lineOf: ((path: readonly PropertyKey[]) => number | undefined) | undefined, data: unknown) =>
    pathsIn(data).map((path) => [path.join('.'), lineOf?.(path), lineOf?.([...path, 'no-such-field']), lineOf?.([...path, 99])]);
  return {
    problems,
    quality: content ? checkQuality(content).problems : [],
    content: JSON.parse(JSON.stringify(content ?? null, (_, value: unknown) => (value instanceof Map ? [...value] : value))) as unknown,
    lines: content
      ? [
          ...content.pupils.flatMap((pupil) => [
            lines(pupil.lineOf, pupil.plan),
            ...pupil.reviews.map((review) => lines(review.lineOf, review)),
          ]),
          ...[...content.strategies.values()].map((strategy) => lines(strategy.lineOf, strategy)),
          lines(content.schoolFile?.lineOf, content.school),
          lines(content.staffFile?.lineOf, content.staff),
        ]
      : [],
  };
}

describe('a second reading of the same files', () => {
  // First in this file, so the first reading of each text is a reading anew.
  test('says exactly what the first said: problems, quality findings, content and lines', () => {
    const first = whatIsSaid(loadContent(path.resolve('content')));
    expect(first.quality.length).toBeGreaterThan(0);
    expect(whatIsSaid(loadContent(path.resolve('content')))).toEqual(first);
  });

  test('reports a file with problems the same way each time', () => {
    const school = fixtureSchool('several-problems-in-one-file', 'body-unknown-component');
    try {
      const first = loadContent(school.folder);
      expect(first.problems.length).toBeGreaterThan(1);
      expect(loadContent(school.folder).problems).toEqual(first.problems);
    } finally {
      school.remove();
    }
  });
});

describe('the memory of each file read', () => {
  let school: ReturnType<typeof fixtureSchool>;
  const plan = () => path.join(school.folder, 'pupils', 'kai-mensah', 'plan.mdx');
  const kai = (content: SchoolContent | undefined) => content?.pupils.find((pupil) => pupil.id === 'kai-mensah');
  beforeAll(() => (school = fixtureSchool()));
  afterAll(() => school.remove());

  test('gives what an earlier reading of the same text found, without reading it again', () => {
    const text = readFileSync(plan(), 'utf8');
    const key = memoKey('plan', 'frontmatter', text);
    loadContent(school.folder);
    const memo = recallFile(key)!;
    rememberFile(key, { ...memo, valid: { ...(memo.valid as object), name: 'Remembered Name' } });
    expect(kai(loadContent(school.folder).content)?.plan.name).toBe('Remembered Name');
  });

  test('reads a changed file anew, with the line of its problem', () => {
    const text = readFileSync(plan(), 'utf8');
    writeFileSync(plan(), text.replace(/^yearGroup: .*$/m, 'yearGroup: ninety'));
    const { problems } = loadContent(school.folder);
    const line = text.split('\n').findIndex((row) => row.startsWith('yearGroup:')) + 1;
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringContaining('kai-mensah') as string,
        line,
        field: expect.stringMatching(/year/i) as string,
      }),
    ]);
    writeFileSync(plan(), text.replace(/^name: .*$/m, 'name: Kai Mensah-Owusu'));
    expect(kai(loadContent(school.folder).content)?.plan.name).toBe('Kai Mensah-Owusu');
  });

  test('leaves out a review with blank outcomes on every reading, and reads it once it is filled in', () => {
    const review = path.join(school.folder, 'pupils', 'ruby-hale', 'reviews', '2026-07-10.mdx');
    const text = readFileSync(review, 'utf8');
    const reviews = (result: LoadResult) => result.content?.pupils.find((pupil) => pupil.id === 'ruby-hale')?.reviews.length;
    expect(reviews(loadContent(school.folder))).toBe(1);
    writeFileSync(review, text.replace(/^( *)evidence: .*$/m, '$1evidence: ""'));
    for (const reading of [loadContent(school.folder), loadContent(school.folder)]) {
      expect(reviews(reading)).toBe(0);
      expect(reading.problems.map((problem) => problem.message)).toEqual([
        expect.stringContaining('This review is not finished') as string,
      ]);
    }
    writeFileSync(review, text);
    expect(reviews(loadContent(school.folder))).toBe(1);
  });

  test('looks on every reading for the pictures a free text shows', () => {
    const pictured = fixtureSchool('body-image-missing');
    try {
      const picture = path.join(pictured.folder, 'groups', 'word-chart.png');
      writeFileSync(picture, 'a picture');
      expect(loadContent(pictured.folder).problems).toEqual([]);
      rmSync(picture);
      expect(loadContent(pictured.folder).problems.map((problem) => problem.message)).toEqual([
        'The picture "word-chart.png" is not there.',
      ]);
    } finally {
      pictured.remove();
    }
  });
});

describe("the checker's cache of readings", () => {
  let dir: string;
  let readings: Map<string, Uint8Array>;
  const file = () => path.join(dir, 'reading.bin');
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-reading-cache-'));
    const school = fixtureSchool();
    loadContent(school.folder);
    school.remove();
    keepCheck(dir, 'same code');
    readings = recallReadings(dir, 'same code')!;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('keeps what this check read, in a file only its owner can read', () => {
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(readings.size).toBeGreaterThan(3);
  });

  test('ignores what a build of other code read', () => {
    expect(recallReadings(dir, 'other code')).toBeUndefined();
  });

  test('ignores a file with one byte changed', () => {
    const bytes = readFileSync(file());
    const copy = path.join(dir, 'copy');
    cpSync(file(), path.join(copy, 'reading.bin'));
    const at = bytes.length - 10;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 1, at);
    writeFileSync(path.join(copy, 'reading.bin'), bytes);
    expect(recallReadings(copy, 'same code')).toBeUndefined();
  });

  test('ignores a file cut short', () => {
    const copy = path.join(dir, 'short');
    cpSync(file(), path.join(copy, 'reading.bin'));
    writeFileSync(path.join(copy, 'reading.bin'), readFileSync(file()).subarray(0, 1000));
    expect(recallReadings(copy, 'same code')).toBeUndefined();
  });
});
