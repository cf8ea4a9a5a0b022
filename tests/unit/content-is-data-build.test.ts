/**
 * Content is data, on real builds: pictures in free text and a pupil's photo travel inside the
 * encrypted pages (small, re-encoded, without metadata) and never become published files; a body
 * that would run code stops `npm run build` and `astro build` on its own, with the checker's words.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAsStaff, openWithLink } from '../support/decrypt-page.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { fixtureSchool, type FixtureSchool } from '../support/fixture-school.ts';

const PASSPHRASE = 'content is data test passphrase';
/** Written into each picture's metadata, so a test can see whether the metadata was published. */
const METADATA_MARKER = 'SECRET-EXIF-Ruby-Hale-camera';

let school: FixtureSchool;
let site: BuiltFixture;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

/** A photo as a phone saves it: large, with the camera's metadata. */
const photo = (width: number, colour: string) =>
  sharp({ create: { width, height: Math.round(width * 0.75), channels: 3, background: colour } })
    .withExif({ IFD0: { Copyright: METADATA_MARKER, ImageDescription: METADATA_MARKER } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  school = fixtureSchool();
  const ruby = path.join(school.folder, 'pupils/ruby-hale');
  writeFileSync(path.join(ruby, 'photo.jpg'), await photo(2400, '#3366aa'));
  mkdirSync(path.join(ruby, 'pictures'));
  writeFileSync(path.join(ruby, 'pictures/reward-chart.jpg'), await photo(3000, '#aa6633'));
  writeFileSync(
    path.join(school.folder, 'strategies/overlay-colours.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><rect width="40" height="30" fill="#f5d76e"/></svg>',
  );
  const plan = path.join(ruby, 'plan.mdx');
  writeFileSync(
    plan,
    `${readFileSync(plan, 'utf8')}\n{/* NOTE-for-the-SENCO-only */}\n\n<ForFamily>\nRuby's chart:\n\n![Ruby's reward chart](pictures/reward-chart.jpg)\n</ForFamily>\n`,
  );
  const strategy = path.join(school.folder, 'strategies/coloured-overlay.md');
  writeFileSync(strategy, `${readFileSync(strategy, 'utf8')}\n![The overlay colours](overlay-colours.svg)\n`);
  site = await fixtureBuild(school.folder, 'mrs-khan', PASSPHRASE);
  const built = site.build();
  if (built.status !== 0) throw new Error(built.output);
}, 120_000);
afterAll(() => {
  site?.remove();
  school?.remove();
});

describe('pictures in free text and photos', () => {
  test('never become published files: the output holds no picture at all', () => {
    const pictures = files(site.dist).filter((file) => /\.(png|jpe?g|webp|gif|svg|avif)$/i.test(file));
    expect(pictures.map((file) => path.relative(site.dist, file))).toEqual([]);
  });

  test('travel inside the family page as a WebP data: URI no wider than 1000 pixels', async () => {
    const { main } = await openWithLink(site.dist, site.keyring(), 'family:ruby-hale');
    const img = main.match(/<img[^>]*>/g)?.find((tag) => /alt="Ruby.s reward chart"/.test(tag));
    const uri = /src="(data:image\/webp;base64,[^"]+)"/.exec(img ?? '')?.[1];
    expect(uri).toBeDefined();
    const { width, format, exif } = await sharp(Buffer.from(uri!.split(',')[1]!, 'base64')).metadata();
    expect({ width, format, exif }).toEqual({ width: 1000, format: 'webp', exif: undefined });
  });

  test('leave their metadata behind, inside the encrypted pages as well', async () => {
    const pages = await Promise.all([
      openAsStaff(site.dist, site.keyring(), 'mrs-khan', 'staff:ruby-hale'),
      openWithLink(site.dist, site.keyring(), 'family:ruby-hale'),
    ]);
    const pictures = pages.flatMap(({ main }) => [...main.matchAll(/src="data:image\/[a-z+]+;base64,([^"]+)"/g)].map((match) => match[1]!));
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    for (const picture of pictures) expect(Buffer.from(picture, 'base64').includes(METADATA_MARKER)).toBe(false);
    for (const file of files(site.dist)) expect(readFileSync(file).includes(METADATA_MARKER)).toBe(false);
  });

  test('draw an SVG in a strategy into pixels: no SVG document reaches the page', async () => {
    const { main } = await openAsStaff(site.dist, site.keyring(), 'mrs-khan', 'strategy:coloured-overlay');
    expect(main).toMatch(/<img[^>]*src="data:image\/webp;base64,/);
    expect(main).not.toContain('image/svg+xml');
    expect(main).not.toContain('overlay-colours.svg');
  });

  test("make the pupil's photo small and leave its metadata behind", async () => {
    const { main } = await openAsStaff(site.dist, site.keyring(), 'mrs-khan', 'staff:ruby-hale');
    const uri = /<img class="wp-photo" src="(data:image\/webp;base64,[^"]+)"/.exec(main)?.[1];
    expect(uri).toBeDefined();
    const { width, exif } = await sharp(Buffer.from(uri!.split(',')[1]!, 'base64')).metadata();
    expect({ width, exif }).toEqual({ width: 320, exif: undefined });
  });
});

test('leaves a note written {/* like this */} out of every view', async () => {
  for (const view of ['staff', 'family', 'pupil']) {
    const page =
      view === 'staff'
        ? await openAsStaff(site.dist, site.keyring(), 'mrs-khan', 'staff:ruby-hale')
        : await openWithLink(site.dist, site.keyring(), `${view}:ruby-hale`);
    expect(page.main).not.toContain('NOTE-for-the-SENCO-only');
  }
});

describe('a body that would run code', () => {
  test("stops npm run build with the checker's message, and nothing is published", async () => {
    const attack = fixtureSchool('body-imports-code', 'body-fake-sign-in-form');
    const build = await fixtureBuild(attack.folder, 'mrs-khan', PASSPHRASE);
    try {
      const { status, output: said } = build.build();
      expect(status).toBe(1);
      expect(said).toContain('An "import" line would run code when the site is built, so Waypoint does not allow it.');
      expect(said).toContain('A <form> tag could ask the reader for a passphrase');
      expect(existsSync(build.dist)).toBe(false);
    } finally {
      build.remove();
      attack.remove();
    }
  }, 120_000);

  // Astro on its own is refused before it reads any content (the privacy integration's setup hook),
  // so neither the body's code nor the alias bomb is ever reached; the compile guard behind it is
  // tested directly in compile-guard.test.ts.
  test('stops astro build on its own too, before any body is compiled', async () => {
    const { status, said, pages } = await astroAlone('body-imports-code');
    expect(status).not.toBe(0);
    expect(said).toContain("Waypoint's pages can only be built by Waypoint");
    expect(pages).toEqual([]);
  }, 120_000);

  test('stops astro build on its own on a YAML alias bomb, before Astro reads the file and hangs', async () => {
    const { status, said, pages } = await astroAlone('yaml-alias-bomb-in-frontmatter');
    expect(status).not.toBe(0);
    expect(said).toContain("Waypoint's pages can only be built by Waypoint");
    expect(pages).toEqual([]);
  }, 120_000);
});

/** Runs `astro build` alone (no npm run build in front) on the valid school with an invalid case over it. */
async function astroAlone(invalidCase: string): Promise<{ status: number; said: string; pages: string[] }> {
  const attack = fixtureSchool(invalidCase);
  const build = await fixtureBuild(attack.folder, 'mrs-khan', PASSPHRASE);
  try {
    let status = 0;
    let said = '';
    try {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', build.dist], {
        env: { ...process.env, WAYPOINT_CONTENT: attack.folder, WAYPOINT_PRIVATE: build.keys, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: 'pipe',
        encoding: 'utf8',
        timeout: 100_000,
      });
    } catch (error) {
      const failed = error as { status: number | null; stdout: string; stderr: string };
      status = failed.status ?? -1;
      said = `${failed.stdout}${failed.stderr}`;
    }
    const pages = existsSync(build.dist) ? files(build.dist).filter((file) => file.includes(`${path.sep}v${path.sep}`)) : [];
    return { status, said, pages };
  } finally {
    build.remove();
    attack.remove();
  }
}
