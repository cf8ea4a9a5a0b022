/**
 * What a build publishes: generic shells, ciphertext bound to its page, and nothing personal —
 * checked on the built files of the marker school.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditFolder } from '../../src/lib/privacy/audit.ts';
import { open } from '../../src/lib/privacy/crypto.ts';
import { wrapAad } from '../../src/lib/privacy/aad.ts';
import { removeStaff, writeKeyring } from '../../src/lib/keys/keyring.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { STAFF_KEY_FILE, type StaffKeyFile } from '../../src/lib/privacy/payload.ts';
import { personalStrings } from '../../src/lib/privacy/personal-strings.ts';
import { SEARCH_DATA_FILE } from '../../src/lib/privacy/published-files.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { fixtureSchool } from '../support/fixture-school.ts';
import { openAsStaff, openWithLink, readPayload } from '../support/decrypt-page.ts';

const CONTENT = path.resolve('tests/fixtures/audience-markers');
let site: BuiltFixture;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
const htmlFiles = () => files(site.dist).filter((file) => file.endsWith('.html'));

beforeAll(async () => {
  site = await fixtureBuild(CONTENT, 'senco-one', 'marker school senco passphrase');
  const { status, output } = site.build();
  if (status !== 0) throw new Error(output);
}, 120_000);
afterAll(() => site.remove());

describe('every published page', () => {
  test('has the same generic title and no description or Open Graph tags', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<title>(.*?)<\/title>/)?.[1]).toBe('Waypoint');
      expect(html).not.toMatch(/<meta[^>]+(name="description"|property="og:)/);
    }
  });

  test('asks not to be indexed, sends no referrer and allows scripts from this site only', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/,
      );
    }
  });

  test('has no inline script: every script is a file from this site, or JSON data', () => {
    for (const file of htmlFiles()) {
      for (const tag of readFileSync(file, 'utf8').match(/<script[^>]*>/g) ?? []) {
        expect(tag).toMatch(/src="\/_astro\/[^"]+\.js"|type="application\/json"/);
      }
    }
  });

  test('loads nothing from another site: no script, style, image, font or frame from elsewhere', () => {
    for (const file of files(site.dist).filter((name) => /\.(html|css|js)$/.test(name))) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/<(script|img|link|iframe|source|video|audio|embed|object)\b[^>]*\b(src|href|data)="(https?:)?\/\//);
      expect(text).not.toMatch(/url\((["']?)(https?:)?\/\//);
      expect(text).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//);
    }
  });
});

describe('the published folder', () => {
  test('holds nothing personal, by the same audit every build runs', () => {
    const { content } = loadContent(CONTENT);
    expect(auditFolder(site.dist, personalStrings(content!))).toEqual([]);
  });

  test("publishes the search index encrypted: every data file is ciphertext, only Pagefind's code is in clear", () => {
    const index = files(path.join(site.dist, 'pagefind')).map((file) => path.relative(site.dist, file));
    const data = index.filter((file) => SEARCH_DATA_FILE.test(file));
    expect(data.length).toBeGreaterThan(3);
    for (const file of data) {
      const bytes = readFileSync(path.join(site.dist, file));
      // Pagefind writes its data gzip-compressed (1f 8b) or as JSON; sealed files are neither.
      expect(bytes.subarray(0, 2).toString('hex'), file).not.toBe('1f8b');
      expect(bytes.subarray(0, 1).toString(), file).not.toBe('{');
    }
    expect(index.filter((file) => !data.includes(file)).sort()).toEqual([
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.unknown.pagefind',
    ]);
  });

  test('has no source maps, no sitemap and no image files', () => {
    expect(files(site.dist).filter((file) => /\.(map|png|jpe?g|webp|gif|svg)$|sitemap/i.test(file))).toEqual([]);
  });

  test('tells robots to stay away and gives Netlify and Cloudflare Pages the same headers', () => {
    expect(readFileSync(path.join(site.dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    const headers = readFileSync(path.join(site.dist, '_headers'), 'utf8');
    expect(headers).toContain("Content-Security-Policy: default-src 'self'; script-src 'self'");
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toContain('X-Robots-Tag: noindex');
  });

  test('keeps every private page at /v/<random id>/', () => {
    const keyring = site.keyring();
    const ids = Object.values(keyring.pages).map((page) => page.id);
    expect(readdirSync(path.join(site.dist, 'v')).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('the encryption', () => {
  test('opens each view with its own way in', async () => {
    const keyring = site.keyring();
    expect((await openWithLink(site.dist, keyring, 'family:mark-pupil')).main).toContain('FAMILY-target-one');
    expect((await openWithLink(site.dist, keyring, 'pupil:mark-pupil')).main).toContain('PUPIL-target-one');
    expect((await openAsStaff(site.dist, keyring, 'senco-one', 'staff:mark-pupil')).main).toContain('SECRET-STAFF-medical');
    expect((await openAsStaff(site.dist, keyring, 'senco-one', 'family:mark-pupil')).main).toContain('FAMILY-target-one');
  });

  test('wraps the staff key under PBKDF2 with at least 600,000 iterations and a 16-byte salt', () => {
    const file = JSON.parse(readFileSync(path.join(site.dist, STAFF_KEY_FILE), 'utf8')) as StaffKeyFile;
    expect(file.wraps).toHaveLength(1);
    expect(file.wraps[0]!.iterations).toBeGreaterThanOrEqual(600_000);
    expect(Buffer.from(file.wraps[0]!.salt, 'base64url')).toHaveLength(16);
  });

  test('binds each payload to its page: a payload moved to another page does not open there', async () => {
    const keyring = site.keyring();
    const family = readPayload(site.dist, keyring.pages['family:mark-pupil']!.id);
    const pupilPage = keyring.pages['pupil:mark-pupil']!;
    // The pupil page's own link key, used on the family page's wrapped content key.
    const moved = { ...family, page: pupilPage.id, view: 'pupil' as const };
    const pupilHtml = path.join(site.dist, 'v', pupilPage.id, 'index.html');
    const original = readFileSync(pupilHtml, 'utf8');
    writeFileSync(
      pupilHtml,
      original.replace(
        /<script type="application\/json" id="wp-payload">.*?<\/script>/s,
        `<script type="application/json" id="wp-payload">${JSON.stringify(moved)}</script>`,
      ),
    );
    await expect(openWithLink(site.dist, keyring, 'pupil:mark-pupil')).rejects.toThrow();
    writeFileSync(pupilHtml, original);
  });

  test('refuses a payload with one byte changed', async () => {
    const keyring = site.keyring();
    const payload = readPayload(site.dist, keyring.pages['staff:mark-pupil']!.id);
    const bytes = Buffer.from(payload.staff.ct, 'base64url');
    bytes[3]! ^= 1;
    await expect(
      open(
        new Uint8Array(32),
        { iv: payload.staff.iv, ct: bytes.toString('base64url') },
        wrapAad('staff', payload.page, payload.view, payload.version),
      ),
    ).rejects.toThrow();
  });
});

describe('a second build', () => {
  let second: BuiltFixture;
  beforeAll(async () => {
    second = await fixtureBuild(CONTENT, 'senco-one', 'marker school senco passphrase');
    cpSync(path.join(site.keys, 'keyring.json'), path.join(second.keys, 'keyring.json'));
    const keyring = second.keyring();
    removeStaff(keyring, 'senco-one');
    writeKeyring(keyring, second.keys);
    const { status, output } = second.build();
    if (status !== 0) throw new Error(output);
  }, 120_000);
  afterAll(() => second.remove());

  test('uses fresh content keys: the same page encrypts differently', () => {
    const id = site.keyring().pages['family:mark-pupil']!.id;
    expect(readPayload(second.dist, id).content.ct).not.toBe(readPayload(site.dist, id).content.ct);
  });

  test('gives a removed member of staff nothing: their key opens no page of the new build', async () => {
    await expect(openAsStaff(second.dist, site.keyring(), 'senco-one', 'staff:mark-pupil')).rejects.toThrow(/cannot open/);
  });

  test('keeps links working: the same link secret still opens the family view', async () => {
    expect((await openWithLink(second.dist, second.keyring(), 'family:mark-pupil')).main).toContain('FAMILY-target-one');
  });
});

describe('fails closed', () => {
  test('a content mistake leaves no output folder', async () => {
    const school = fixtureSchool('unknown-strategy');
    const broken = await fixtureBuild(school.folder, 'mrs-khan', 'x');
    const { status, output } = broken.build();
    expect(status).toBe(1);
    expect(output).toContain('Nothing was built.');
    expect(existsSync(broken.dist)).toBe(false);
    broken.remove();
    school.remove();
  }, 60_000);

  test('an audit finding leaves no output folder: a pupil whose name is on the public front page', async () => {
    const school = fixtureSchool();
    const plan = path.join(school.folder, 'pupils/ruby-hale/plan.mdx');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('preferredName: Ruby', 'preferredName: Private'));
    const leaky = await fixtureBuild(school.folder, 'mrs-khan', 'x');
    const { status, output } = leaky.build();
    expect(status).toBe(1);
    expect(output).toContain('The privacy audit found personal information');
    expect(output).toContain('index.html (raw): preferredName of pupil ruby-hale');
    expect(existsSync(leaky.dist)).toBe(false);
    leaky.remove();
    school.remove();
  }, 60_000);
});
