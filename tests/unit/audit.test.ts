/**
 * The leak audit's self-test: a personal string planted in each leak channel is caught, and a clean
 * folder passes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { auditFolder, auditFolderOnEveryCore, auditGroupsOnEveryCore } from '../../src/lib/privacy/audit.ts';
import type { PersonalString } from '../../src/lib/privacy/personal-strings.ts';

const STRINGS: PersonalString[] = [
  { text: 'Amara Okafor', pupil: 'amara-okafor', field: 'name', wholeWord: true },
  { text: 'Amara', pupil: 'amara-okafor', field: 'preferredName', wholeWord: true },
  { text: 'amara-okafor', pupil: 'amara-okafor', field: 'pupil id', wholeWord: true },
  { text: 'Reading and spelling can be tricky for me.', pupil: 'amara-okafor', field: 'plan.needs.pupil', wholeWord: false },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-audit-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Waypoint</title><p>Private learning plans.</p>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const plant = (name: string, data: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), data);
};
const channels = () => auditFolder(dir, STRINGS).map((leak) => `${leak.file} (${leak.channel}): ${leak.field}`);

test('passes a folder with nothing personal in it', () => {
  expect(auditFolder(dir, STRINGS)).toEqual([]);
});

test('does not find a short name by chance inside random base64, such as ciphertext', () => {
  const strings: PersonalString[] = [{ text: 'Iwu', pupil: 'ada-iwu', field: 'name', wholeWord: true }];
  plant('v/x/index.html', '<script type="application/json">{"ct":"q8Zr4kLm0Pw2-Iwu_7Hx9sTb3Nc5Vd1Fg6Jk8Ly0Qa4Ue2Wo"}</script>');
  expect(auditFolder(dir, strings)).toEqual([]);
  plant('v/y/index.html', '<p>Iwu reads well</p>');
  expect(auditFolder(dir, strings).map((leak) => leak.file)).toEqual(['v/y/index.html']);
});

test('finds the same leaks, in the same order, in two worker threads as on one', async () => {
  plant('v/a/index.html', '<p>Amara Okafor</p>');
  plant('v/b/index.html', `<p>${'x'.repeat(5000)} Reading and spelling can be tricky for me.</p>`);
  plant('app.js', 'const who = "amara-okafor";');
  plant('v/c/data.txt', 'Amara');
  const one = auditFolder(dir, STRINGS);
  expect(one.length).toBeGreaterThanOrEqual(4);
  expect(await auditFolderOnEveryCore(dir, STRINGS, 2)).toEqual(one);
});

test('does not mistake a longer word for a name', () => {
  plant('app.js', 'const Amarant = "Amaranth";');
  expect(auditFolder(dir, STRINGS)).toEqual([]);
});

describe('catches a name or text planted', () => {
  test('in a page title', () => {
    plant('v/x/index.html', '<html><head><title>Amara Okafor</title></head></html>');
    expect(channels()).toContain('v/x/index.html (raw): name');
  });

  test('in a meta tag, written with HTML entities', () => {
    plant('v/y/index.html', '<meta name="description" content="Reading and spelling can be tricky for me&#46;">');
    expect(channels()).toContain('v/y/index.html (html entities): plan.needs.pupil');
  });

  test('in an image file', () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      Buffer.from('tEXtAuthor\0Reading and spelling can be tricky for me.'),
    ]);
    plant('_astro/photo.png', png);
    expect(channels()).toContain('_astro/photo.png (raw): plan.needs.pupil');
  });

  test('in a plaintext search index file, gzip-compressed', () => {
    plant('pagefind/fragment/en_1.pf_fragment', gzipSync(JSON.stringify({ content: 'Amara Okafor reads a turquoise book' })));
    expect(channels()).toContain('pagefind/fragment/en_1.pf_fragment (gzip → raw): name');
  });

  test('in a brotli-compressed file', () => {
    plant('v/z/index.html.br', brotliCompressSync(Buffer.from('<h1>Amara Okafor</h1>')));
    expect(channels()).toContain('v/z/index.html.br (brotli → raw): name');
  });

  test('in a file name', () => {
    plant('v/amara-okafor/index.html', '<p>nothing</p>');
    expect(channels()).toContain('v/amara-okafor/index.html (file name): pupil id');
  });

  test('inside base64, such as a data URI', () => {
    plant('v/b/index.html', `<img src="data:image/svg+xml;base64,${Buffer.from('<svg><text>Amara</text></svg>').toString('base64')}">`);
    expect(channels()).toContain('v/b/index.html (base64): preferredName');
  });

  test('URL-encoded in a link', () => {
    plant('v/c/index.html', '<a href="/search?q=Amara%20Okafor">search</a>');
    expect(channels()).toContain('v/c/index.html (url): name');
  });

  test('escaped in JSON', () => {
    plant('data.json', '{"who":"\\u0041mara Okafor"}');
    expect(channels()).toContain('data.json (json escapes): name');
  });
});

describe("a rebuild's copied files, searched in clear only for new strings", () => {
  const sentence = STRINGS[3]!;
  const files = () => [path.join(dir, 'v/x/index.html')];

  test('still finds a new string written in clear', async () => {
    plant('v/x/index.html', `<p>${sentence.text}</p>`);
    const leaks = await auditGroupsOnEveryCore(dir, [{ files: files(), strings: [sentence], clearOnly: true }], 1);
    expect(leaks.map((leak) => leak.channel)).toEqual(['raw']);
  });

  test.each([
    ['HTML entities', (text: string) => `<p>${text.replaceAll(' ', '&#32;')}</p>`, 'html entities'],
    ['URL encoding', (text: string) => `<a href="/?q=${encodeURIComponent(text)}">x</a>`, 'url'],
  ])('still finds one behind %s', async (_, write, channel) => {
    plant('v/x/index.html', write(sentence.text));
    const leaks = await auditGroupsOnEveryCore(dir, [{ files: files(), strings: [sentence], clearOnly: true }], 1);
    expect(leaks.map((leak) => leak.channel)).toEqual([channel]);
  });

  test('does not decode base64 runs, which a full audit does', async () => {
    plant('v/x/index.html', `<script type="application/json">{"ct":"${Buffer.from(sentence.text).toString('base64url')}"}</script>`);
    expect(await auditGroupsOnEveryCore(dir, [{ files: files(), strings: [sentence], clearOnly: true }], 1)).toEqual([]);
    const full = await auditGroupsOnEveryCore(dir, [{ files: files(), strings: [sentence] }], 1);
    expect(full.map((leak) => leak.channel)).toEqual(['base64']);
  });
});
