/**
 * npm run translations -- <language>: writes into content/translations/<language>.yaml every text a
 * family who reads that language sees only in English, with the translation left blank to fill in.
 * It never changes an entry that is there. Run it again after changing a plan.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { contentFolder } from '../src/lib/config.ts';
import { displayPath } from '../src/lib/content/display-path.ts';
import { formatProblems } from '../src/lib/content/format-problems.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { INTERFACE_LANGUAGES } from '../src/lib/plan/family-words.ts';
import { BODY_FIELD, untranslated } from '../src/lib/quality/translations-check.ts';

const language = process.argv[2] ?? '';
const known = Object.keys(INTERFACE_LANGUAGES).filter((code) => code !== 'en');
if (!known.includes(language)) {
  console.error(`Say which language to write, one of ${known.join(', ')}: npm run translations -- pl`);
  process.exit(1);
}
const { content, problems } = loadContent(contentFolder());
if (!content) {
  console.error(formatProblems(problems, 'Fix these first, then run it again.'));
  process.exit(1);
}

const texts = new Set<string>();
const bodies: string[] = [];
for (const pupil of content.pupils) {
  const found = untranslated(content, pupil);
  if (found.language !== language) continue;
  for (const words of found.missing) {
    if (words.from?.field === BODY_FIELD) bodies.push(`${displayPath(pupil.file)}, line ${words.from.line}`);
    else texts.add(words.en);
  }
}

const file = path.join(content.folder, 'translations', `${language}.yaml`);
const { english } = INTERFACE_LANGUAGES[language as keyof typeof INTERFACE_LANGUAGES];
if (texts.size > 0) {
  mkdirSync(path.dirname(file), { recursive: true });
  const before = existsSync(file)
    ? readFileSync(file, 'utf8').replace(/\n*$/, '\n')
    : `# ${english} wording for families whose plan says familyLanguage: ${language}.\n# Each entry: the English exactly as the content writes it, and the ${english} below it.\n`;
  const entries = [...texts].map((text) => `- en: ${stringify(text, { lineWidth: 0 }).trimEnd()}\n  ${language}:\n`).join('');
  writeFileSync(file, `${before}${entries}`);
  console.log(`Added ${texts.size} text(s) to ${displayPath(file)}: write the ${english} after each "${language}:".`);
} else {
  console.log(`Every text families read in ${english} has a translation in ${displayPath(file)}.`);
}
for (const where of bodies) console.log(`The free text has no <ForFamily lang="${language}"> section yet: ${where}.`);
