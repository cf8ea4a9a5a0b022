/**
 * One home for page identity and links: src/lib/privacy/page-link.ts says how a page id, a link
 * secret, a link key and its AAD are made and read, and the build, the keys CLI and the browser all
 * import it. These tests read the source tree as well as calling the module, because "one home" is
 * a property of the tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { open } from '../../src/lib/privacy/crypto.ts';
import { seal } from '../../src/lib/privacy/seal.ts';
import { fromBase64Url, toBase64Url } from '../../src/lib/privacy/encoding.ts';
import {
  LINK_SECRET_BYTES,
  LINK_SECRET_LENGTH,
  PAGE_ID_BYTES,
  isLinkSecret,
  isPageId,
  linkKey,
  linkWrapAad,
  newLinkSecret,
  newPageId,
  pageLink,
  readPageAddress,
} from '../../src/lib/privacy/page-link.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOME = 'src/lib/privacy/page-link.ts';

const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|astro|mjs)$/.test(name) ? [relative] : [];
  });
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** A file's code without its comments, which may name what the code must not use. */
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm, '');

/** Every local module a file imports, followed to the end: what the browser would bundle. */
function importGraph(start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of read(file).matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)) {
      if (specifier!.startsWith('.')) visit(path.join(path.dirname(file), specifier!));
    }
  };
  visit(start);
  return [...seen];
}

describe('page ids and link secrets', () => {
  test('makes a page id and a link secret of 128 random bits each, written in base64url', () => {
    expect(PAGE_ID_BYTES).toBe(16);
    expect(LINK_SECRET_BYTES).toBe(16);
    const secret = newLinkSecret();
    expect(fromBase64Url(secret)).toHaveLength(LINK_SECRET_BYTES);
    expect(secret).toHaveLength(LINK_SECRET_LENGTH);
    expect(isLinkSecret(secret)).toBe(true);
    expect(isPageId(newPageId())).toBe(true);
    expect(newLinkSecret()).not.toBe(secret);
  });

  test('reads as a link secret only text of exactly the length its bytes make', () => {
    const secret = toBase64Url(new Uint8Array(LINK_SECRET_BYTES).fill(7));
    expect(isLinkSecret(secret)).toBe(true);
    expect(isLinkSecret(secret.slice(1))).toBe(false);
    expect(isLinkSecret(`${secret}A`)).toBe(false);
    expect(isLinkSecret(`${secret.slice(1)}+`)).toBe(false);
    expect(isLinkSecret('target-reading-accuracy')).toBe(false);
  });

  test("reads a page's id from its address and whatever follows the #", () => {
    const id = newPageId();
    const secret = newLinkSecret();
    expect(pageLink(id, secret)).toBe(`/v/${id}/#${secret}`);
    expect(pageLink(id)).toBe(`/v/${id}/`);
    expect(readPageAddress(`/v/${id}/`, `#${secret}`)).toEqual({ id, fragment: secret });
    expect(readPageAddress(`/school/v/${id}/`, '#target-reading-accuracy')).toEqual({ id, fragment: 'target-reading-accuracy' });
    expect(readPageAddress('/staff/', '')).toEqual({ id: undefined, fragment: '' });
  });
});

describe('a link key', () => {
  test('opens what it sealed only on its own page, view and version', async () => {
    const secret = newLinkSecret();
    const salt = new Uint8Array(16).fill(1);
    const place = { page: newPageId(), view: 'family' as const, version: 1 };
    const key = await linkKey(secret, salt, place);
    const sealed = seal(key, 'content key', linkWrapAad(place));
    expect(new TextDecoder().decode(await open(key, sealed, linkWrapAad(place)))).toBe('content key');
    await expect(open(key, sealed, linkWrapAad({ ...place, version: 2 }))).rejects.toThrow();
    await expect(open(await linkKey(secret, salt, { ...place, view: 'pupil' }), sealed, linkWrapAad(place))).rejects.toThrow();
    await expect(open(await linkKey(newLinkSecret(), salt, place), sealed, linkWrapAad(place))).rejects.toThrow();
  });
});

describe('one home', () => {
  test('no other source file makes a page id or link secret, derives a link key, or spells the secret pattern', () => {
    const elsewhere = [...sourceFiles('src'), ...sourceFiles('scripts')].filter((file) => file !== HOME);
    const offenders = elsewhere.flatMap((file) => {
      const text = read(file);
      return [
        /randomBytes\(16\)|getRandomValues\(new Uint8Array\(16\)\)/.test(text) ? `${file}: makes 16 random bytes` : [],
        /\{22\}/.test(text) ? `${file}: spells the secret's length` : [],
        // HKDF itself lives in the browser's crypto.ts and the build's seal.ts; keys are derived by calling them.
        /'HKDF'|hkdfSync/.test(text) && !/privacy\/(crypto|seal)\.ts$/.test(file) ? `${file}: derives a key with HKDF` : [],
        /:link:/.test(text) ? `${file}: spells the link key's info` : [],
      ].flat();
    });
    expect(offenders).toEqual([]);
  });

  test('the browser imports the same files as the build: src/client has no copy of the crypto', () => {
    const client = sourceFiles('src/client');
    expect(client).not.toContain('src/client/webcrypto.ts');
    for (const file of client) expect(read(file), file).not.toMatch(/crypto\.subtle|subtle\(\)/);
    expect(importGraph('src/client/open-page.ts')).toEqual(expect.arrayContaining([HOME, 'src/lib/privacy/crypto.ts']));
  });

  test('page-link.ts and all it imports run in a browser: no node: module and no Buffer', () => {
    for (const file of importGraph(HOME)) {
      const text = code(file);
      expect(text, file).not.toMatch(/from ['"]node:|require\(/);
      expect(text, file).not.toMatch(/\bBuffer\b/);
    }
  });

  test('links.ts makes the links file only: CSV and letters live in their own modules', () => {
    const links = read('src/lib/keys/links.ts');
    expect(links).not.toMatch(/QRCode|<article|\\uFEFF|csvCell/);
    expect(read('src/lib/keys/links-csv.ts')).toMatch(/export function linksCsv/);
    expect(read('src/lib/keys/link-letters.ts')).toMatch(/export async function familyLetters/);
  });
});
