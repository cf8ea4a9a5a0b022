/** CI installs with `npm ci`, which refuses a lock file that leaves out any optional package. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { completeLock } from '../../scripts/complete-lockfile.ts';

test('the lock file has an entry for every optional package, so npm ci accepts it', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Parameters<typeof completeLock>[0];
  expect(completeLock(lock), 'run node scripts/complete-lockfile.ts after npm install').toEqual([]);
});
