/**
 * The audit knows every secret: each link secret and key of the keyring, in every form code could
 * write it, and the text the school supplies (its name and contact, staff names, the glossary's
 * meanings, the strategy bank) — without mistaking Waypoint's own public words for any of them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { SchoolContent } from '../../src/lib/content/school-content.ts';
import { auditFolder, formatLeaks } from '../../src/lib/privacy/audit.ts';
import { addFamilyKeys, addMissingPageKeys, addStaffKeys, emptyKeyring, type Keyring } from '../../src/lib/keys/keyring.ts';
import { auditStrings } from '../../src/lib/privacy/secret-strings.ts';
import { pageKey, privatePages } from '../../src/lib/routes.ts';
import { VALID_SCHOOL } from '../support/fixture-school.ts';

let content: SchoolContent;
let keyring: Keyring;
let secret: Buffer;
beforeAll(async () => {
  content = loadContent(VALID_SCHOOL).content!;
  keyring = emptyKeyring();
  addMissingPageKeys(keyring, privatePages(content).map(pageKey));
  await addStaffKeys(keyring, content.school.senco, 'valid school senco passphrase');
  await addFamilyKeys(keyring, 'ruby-hale', 'ruby hale family passphrase');
  secret = Buffer.from(keyring.pages['family:ruby-hale']!.secret!, 'base64url');
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-audit-secrets-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Waypoint</title><p>Private learning plans.</p>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const plant = (name: string, data: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), data);
};
const found = () => auditFolder(dir, auditStrings(content, keyring)).map((leak) => `${leak.file} (${leak.channel}): ${leak.field}`);

describe("finds a family link's secret", () => {
  test.each([
    ['as the keyring writes it (base64url)', 'app.js', () => `const s = "${secret.toString('base64url')}";`, 'raw'],
    ['in standard base64', 'app.js', () => `atob("${secret.toString('base64')}")`, 'raw'],
    ['in hex', 'data.json', () => `{"k":"${secret.toString('hex')}"}`, 'raw'],
    ['as raw bytes in a binary file', 'blob.bin', () => Buffer.concat([Buffer.from([0, 1, 2]), secret, Buffer.from([3])]), 'raw'],
    ['gzip-compressed', 'links.json.gz', () => gzipSync(`{"family":"#${secret.toString('base64url')}"}`), 'gzip → raw'],
    [
      'brotli-compressed',
      'links.json.br',
      () => brotliCompressSync(`{"note":"${'a family link, '.repeat(20)}","family":"#${secret.toString('base64url')}"}`),
      'brotli → raw',
    ],
    [
      'inside base64',
      'page.html',
      () => `<a href="data:text/plain;base64,${Buffer.from(`#${secret.toString('base64url')}`).toString('base64')}">`,
      'base64',
    ],
  ] as const)('%s', (_, file, data, channel) => {
    plant(file, data());
    expect(found()).toContain(`${file} (${channel}): the link secret of family:ruby-hale`);
  });

  test('in a file name', () => {
    plant(`v/${secret.toString('base64url')}/index.html`, '<p>Opening your page</p>');
    expect(found()).toContain(`v/${secret.toString('base64url')}/index.html (file name): the link secret of family:ruby-hale`);
  });

  test('without repeating it in the report', () => {
    plant('app.js', `const s = "${secret.toString('base64url')}";`);
    const report = formatLeaks(auditFolder(dir, auditStrings(content, keyring)));
    expect(report).toContain('app.js (raw): the link secret of family:ruby-hale');
    expect(report).not.toContain(secret.toString('base64url'));
  });
});

test("finds a member of staff's passphrase key and a family's passphrase key", () => {
  plant('a.json', JSON.stringify({ k: keyring.staff[content.school.senco]!.kek }));
  plant('b.txt', Buffer.from(keyring.pages['family:ruby-hale']!.familyKek!.kek, 'base64url').toString('hex'));
  expect(found()).toEqual(
    expect.arrayContaining([
      `a.json (raw): the passphrase key of ${content.school.senco}`,
      'b.txt (raw): the family passphrase key of family:ruby-hale',
    ]),
  );
});

describe("finds the school's own text", () => {
  const member = (): SchoolContent['staff'][number] => content.staff.find((person) => person.id === content.school.senco)!;
  const senco = (): string => `name of ${content.school.senco} (staff.yaml)`;
  test.each([
    ['the school name', (): string => content.school.name, (): string => 'school.yaml name'],
    ["the school's email", (): string => content.school.contact.email!, (): string => 'school.yaml contact.email'],
    ['a member of staff, by full name', (): string => member().name, senco],
    ['a member of staff, by title and surname', (): string => member().name.replace(/^(\S+) .* (\S+)$/, '$1 $2'), senco],
    [
      "a glossary term's meaning",
      (): string => content.glossary[0]!.family,
      (): string => `glossary.yaml "${content.glossary[0]!.term}".family`,
    ],
    [
      'a strategy from the bank',
      (): string => [...content.strategies.values()][0]!.staff,
      (): string => `strategy ${[...content.strategies.keys()][0]}.staff`,
    ],
  ] as const)('%s', (_, text, field) => {
    plant('page.html', `<p>${text()}</p>`);
    expect(found()).toContain(`page.html (raw): ${field()}`);
  });
});

describe("does not mistake Waypoint's own public words for the school's", () => {
  test('a glossary term the public pages use (SENCO) is not looked for on its own', () => {
    plant('staff/index.html', '<p>Lost your passphrase? Ask the SENCO for a new one: it cannot be looked up.</p>');
    expect(found()).toEqual([]);
  });

  test("a member of staff's surname that is an everyday word counts only after their title", () => {
    const school = { ...content, staff: [{ id: 'mrs-read', name: 'Mrs Jane Read', role: 'Class teacher', classes: [], sets: [] }] };
    plant('_astro/reading.js', 'label: "Read aloud", stop: "Stop"');
    expect(auditFolder(dir, auditStrings(school, keyring))).toEqual([]);
    plant('v/x/index.html', '<p>Ask Mrs Read.</p>');
    expect(auditFolder(dir, auditStrings(school, keyring)).map((leak) => leak.field)).toEqual(['name of mrs-read (staff.yaml)']);
  });
});
