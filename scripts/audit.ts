/**
 * npm run audit [-- --dir DIR] — scans a built site (dist/ by default) for every personal string of
 * every pupil in the content folder, the school's own text and every secret in the keyring. Exits 1
 * on any hit. Every build runs the same audit.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { auditFolder, formatLeaks } from '../src/lib/privacy/audit.ts';
import { contentFolder, keyringFolder } from '../src/lib/config.ts';
import { formatProblems } from '../src/lib/content/format-problems.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { readKeyring } from '../src/lib/keys/keyring.ts';
import { auditStrings } from '../src/lib/privacy/secret-strings.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dir = path.resolve(values.dir);
const { content, problems } = loadContent(contentFolder());
if (!content) {
  console.error(formatProblems(problems, 'The audit needs content it can read.'));
  process.exitCode = 1;
} else if (!existsSync(dir)) {
  console.error(`There is no built site at ${dir}. Run npm run build first.`);
  process.exitCode = 1;
} else {
  const strings = auditStrings(content, readKeyring(keyringFolder()));
  const leaks = auditFolder(dir, strings);
  if (leaks.length > 0) {
    console.error(`${formatLeaks(leaks)}\nDo not publish this folder.`);
    process.exitCode = 1;
  } else {
    console.log(
      `Audited ${path.relative(process.cwd(), dir) || '.'} for ${strings.length} personal strings and secrets of ${content.pupils.length} pupils: nothing found.`,
    );
  }
}
