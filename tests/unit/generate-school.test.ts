/**
 * npm run generate-school: a fictional school for the benchmark, the same for the same seed, and one
 * the checker accepts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import { generateSchool } from '../../scripts/lib/generate-school.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../content');
let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

function write(files: Map<string, string>): string {
  folder = mkdtempSync(path.join(os.tmpdir(), 'waypoint-generated-'));
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

test('writes the same files for the same seed', () => {
  const first = generateSchool({ pupils: 30, seed: 42, sample: SAMPLE });
  const second = generateSchool({ pupils: 30, seed: 42, sample: SAMPLE });
  expect([...second]).toEqual([...first]);
});

test('writes a different school for a different seed', () => {
  const first = generateSchool({ pupils: 30, seed: 42, sample: SAMPLE });
  const other = generateSchool({ pupils: 30, seed: 43, sample: SAMPLE });
  expect([...other.keys()].filter((file) => file.startsWith('pupils/'))).not.toEqual(
    [...first.keys()].filter((file) => file.startsWith('pupils/')),
  );
});

test('writes twenty pupils that the checker accepts with no errors', () => {
  const { content, problems } = loadContent(write(generateSchool({ pupils: 20, seed: 7, sample: SAMPLE })));
  const errors = [...problems, ...(content ? checkQuality(content).problems : [])].filter((problem) => problem.severity === 'error');
  expect(errors).toEqual([]);
  expect(content?.pupils).toHaveLength(20);
  // Varied: one to five targets, more than one area of need, and some reviews.
  const targets = new Set(content!.pupils.map((pupil) => pupil.plan.targets.length));
  expect(targets.size).toBeGreaterThan(2);
  expect(new Set(content!.pupils.flatMap((pupil) => pupil.plan.needs.map((need) => need.area))).size).toBe(4);
  expect(content!.pupils.some((pupil) => pupil.reviews.length > 0)).toBe(true);
}, 60_000);

test('gives no pupil a name that is an ordinary word on the public pages', () => {
  const files = generateSchool({ pupils: 500, seed: 1, sample: SAMPLE });
  const names = [...files].filter(([file]) => file.endsWith('plan.mdx')).flatMap(([, text]) => /^name: (.+)$/m.exec(text)![1]!.split(' '));
  expect(names).toHaveLength(1000);
  for (const word of ['Will', 'May', 'Private', 'Staff', 'Sign', 'Search', 'Lock', 'Waypoint']) expect(names).not.toContain(word);
});
