/**
 * npm run fonts: writes the reading font's files that every view loads, src/styles/fonts/, from
 * Fontsource's Atkinson Hyperlegible. Each is a subset without hinting instructions (phones and
 * tablets do not use them, and they are a third of each file), one file per weight for Latin and
 * one for the further letters of Polish, Romanian, Lithuanian and Turkish, which the browser fetches
 * only for a page that uses them (unicode-range in src/styles/fonts.css). The family view's size budget
 * (tests/e2e/family-size.test.ts) depends on it. Run it again after updating the font package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const OUT = path.join(import.meta.dirname, '..', 'src', 'styles', 'fonts');

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)).join('');

/** The characters of each file: keep them the same as the unicode-range of its @font-face in fonts.css. */
export const SUBSETS = {
  latin:
    range(0x20, 0x7e) +
    range(0xa0, 0xff) +
    '\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329' +
    range(0x2000, 0x206f) +
    '\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd',
  /** The letters beyond Latin-1 of the Latin-script family languages: Polish, Romanian, Lithuanian and Turkish. */
  'latin-ext': 'ĄąĆćĘęŁłŃńŚśŹźŻż' + 'ĂăȘșȚțŞşŢţ' + 'ČčĖėĮįŠšŲųŪūŽž' + 'Ğğİ',
} as const;

/** Layout features kept: kerning, ligatures and accents. The stylistic alternates no page asks for go. */
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];
/** The copyright, licence and licence URL stay in every file, as the SIL Open Font License asks. */
const NAME_IDS = [0, 13, 14];

mkdirSync(OUT, { recursive: true });
for (const [subset, text] of Object.entries(SUBSETS)) {
  for (const weight of [400, 700]) {
    const source = readFileSync(
      require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff2`),
    );
    const font = await subsetFont(source, text, {
      targetFormat: 'woff2',
      noHinting: true,
      keepFeatures: FEATURES,
      preserveNameIds: NAME_IDS,
    });
    const file = path.join(OUT, `atkinson-hyperlegible-${subset}-${weight}-normal.woff2`);
    writeFileSync(file, font);
    console.log(
      `${path.relative(process.cwd(), file)}: ${(font.length / 1024).toFixed(1)} KB (was ${(source.length / 1024).toFixed(1)} KB)`,
    );
  }
}
