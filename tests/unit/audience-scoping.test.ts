/**
 * Audience scoping, tested on built HTML: the marker school's every text says whom it was written
 * for (SECRET-STAFF-…, FAMILY-…, PUPIL-…), so a test can see which view each text reaches.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addStaffKeys, emptyKeyring, readKeyring, writeKeyring, type Keyring } from '../../src/lib/keys/keyring.ts';
import { openAsStaff, openWithLink } from '../support/decrypt-page.ts';

const CONTENT = path.resolve('tests/fixtures/audience-markers');
let dir: string;
let dist: string;
const pages = new Map<string, string>();

/** The decrypted main content of a page, as its audience would see it. */
const page = (key: string) => pages.get(key)!;
const view = (name: 'staff' | 'family' | 'pupil') => page(`${name}:mark-pupil`);
const markers = (html: string, prefix: string) => [...new Set(html.match(new RegExp(`${prefix}-[a-z-]+`, 'g')) ?? [])].sort();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-scoping-'));
  dist = path.join(dir, 'dist');
  const keys = path.join(dir, 'keys');
  const start: Keyring = emptyKeyring();
  await addStaffKeys(start, 'senco-one', 'test passphrase for the senco');
  writeKeyring(start, keys);
  execFileSync(process.execPath, ['scripts/build.ts', '--out', dist], {
    env: { ...process.env, WAYPOINT_CONTENT: CONTENT, WAYPOINT_PRIVATE: keys, WAYPOINT_TODAY: '2026-11-22' },
    stdio: 'pipe',
  });
  const keyring = readKeyring(keys)!;
  pages.set('family:mark-pupil', (await openWithLink(dist, keyring, 'family:mark-pupil')).main);
  pages.set('pupil:mark-pupil', (await openWithLink(dist, keyring, 'pupil:mark-pupil')).main);
  pages.set('staff:mark-pupil', (await openAsStaff(dist, keyring, 'senco-one', 'staff:mark-pupil')).main);
  pages.set('register', (await openAsStaff(dist, keyring, 'senco-one', 'register')).main);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the family view', () => {
  test('shows no staff-only text at all', () => {
    expect(markers(view('family'), 'SECRET-STAFF')).toEqual([]);
  });

  test('shows no text written for the pupil', () => {
    expect(markers(view('family'), 'PUPIL')).toEqual([]);
  });

  test('shows every text written for the family', () => {
    expect(markers(view('family'), 'FAMILY')).toEqual([
      'FAMILY-bank-family',
      'FAMILY-body',
      'FAMILY-ehcp-outcome',
      // The glossary term the page uses, explained where it is first used and under "Words we use".
      'FAMILY-glossary',
      'FAMILY-home',
      'FAMILY-need',
      'FAMILY-own-strategy',
      'FAMILY-pastoral',
      'FAMILY-progress',
      // The family's part (responsibilities.family) is left out: the target's home support says it.
      'FAMILY-strength',
      'FAMILY-target-one',
    ]);
  });

  test('leaves a target with no family wording out, rather than showing its staff wording', () => {
    const html = view('family');
    expect(html.match(/class="wp-card wp-target"/g)).toHaveLength(1);
    expect(html).not.toContain('target-without-other-wording');
  });
});

describe('the pupil view', () => {
  test('shows no staff-only text at all', () => {
    expect(markers(view('pupil'), 'SECRET-STAFF')).toEqual([]);
  });

  test('shows no text written for the family', () => {
    expect(markers(view('pupil'), 'FAMILY')).toEqual([]);
  });

  test('shows every text written for the pupil', () => {
    expect(markers(view('pupil'), 'PUPIL')).toEqual([
      'PUPIL-bank-pupil',
      'PUPIL-body',
      'PUPIL-commitment',
      'PUPIL-ehcp-outcome',
      'PUPIL-home',
      'PUPIL-need',
      'PUPIL-own-strategy',
      'PUPIL-progress',
      'PUPIL-responsibility',
      'PUPIL-strength',
      'PUPIL-target-one',
    ]);
  });
});

describe('the staff view', () => {
  test('shows the staff-only fields: medical, confidential, attainment, baselines, unwrapped notes, reviews', () => {
    const found = markers(view('staff'), 'SECRET-STAFF');
    for (const marker of [
      'SECRET-STAFF-medical',
      'SECRET-STAFF-confidential',
      'SECRET-STAFF-attainment',
      'SECRET-STAFF-baseline',
      'SECRET-STAFF-success',
      'SECRET-STAFF-unwrapped-body',
      'SECRET-STAFF-wrapped-body',
      'SECRET-STAFF-evidence',
      'SECRET-STAFF-review-notes',
      'SECRET-STAFF-group-target',
      'SECRET-STAFF-ehcp-outcome',
      'SECRET-STAFF-strategy-note',
      'SECRET-STAFF-bank-only-staff',
      'SECRET-STAFF-target-without-other-wording',
    ]) {
      expect(found).toContain(marker);
    }
  });

  test('does not mix in the family or pupil sections of the MDX body', () => {
    const html = view('staff');
    expect(html).not.toContain('FAMILY-body');
    expect(html).not.toContain('PUPIL-body');
  });
});

test('the register names the pupil but carries none of the plan itself', () => {
  const html = page('register');
  expect(html).toContain('Marky Testperson');
  expect(markers(html, 'SECRET-STAFF')).toEqual([]);
  expect(markers(html, 'FAMILY')).toEqual([]);
});
