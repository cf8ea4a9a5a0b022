/**
 * npm run check — reads every file in the content folder and reports every problem at once,
 * each with its file, line and field, what is wrong and how to fix it; then checks each plan's
 * quality and plain language, and ends with a summary table, one row per pupil. Exits 1 if there is
 * any problem (warnings alone do not fail, unless school.yaml sets quality: { strict: true }).
 *
 * npm run check -- --symbols <pupil-id> — lists each key word of the pupil's wording with its symbol.
 */
import { parseArgs } from 'node:util';
import { displayPath } from '../src/lib/content/display-path.ts';
import { contentFolder } from '../src/lib/config.ts';
import { today } from '../src/lib/dates.ts';
import { formatDueReviews } from '../src/lib/plan/due-reviews.ts';
import { formatProblems } from '../src/lib/content/format-problems.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { checkSymbols } from '../src/lib/quality/symbols-check.ts';
import { symbolsList } from '../src/lib/quality/symbols-list.ts';
import { checkQuality, qualitySummary } from '../src/lib/quality/quality.ts';

const { values } = parseArgs({ options: { symbols: { type: 'string' } } });
const folder = contentFolder();
const loaded = loadContent(folder);
const { content } = loaded;

if (values.symbols !== undefined && content) {
  const lines = symbolsList(content, values.symbols);
  if (lines) console.log(lines.join('\n'));
  else {
    console.log(`There is no pupil with the id "${values.symbols}".`);
    console.log(`To fix it: use the name of a folder in ${displayPath(folder)}/pupils/, like ${content.pupils[0]?.id ?? 'amara-okafor'}.`);
  }
  process.exit(lines ? 0 : 1);
}
const quality = content ? checkQuality(content) : undefined;
const problems = [...loaded.problems, ...(quality?.problems ?? []), ...(content ? checkSymbols(content) : [])];
const errors = problems.filter((problem) => problem.severity === 'error');

if (problems.length > 0) console.log(formatProblems(problems, errors.length > 0 ? 'Nothing was published.' : ''));
if (content && quality) {
  console.log(`\n${qualitySummary(content, quality)}\n`);
}
if (content) console.log(`${formatDueReviews(content, today())}\n`);
if (content && errors.length === 0) {
  console.log(
    `Checked ${displayPath(folder)}: ${content.pupils.length} pupils, ${content.strategies.size} strategies, ` +
      `${content.groups.size} group plan${content.groups.size === 1 ? '' : 's'}, ${content.staff.length} staff and ${content.glossary.length} glossary terms. ` +
      (problems.length === 0 ? 'No problems found.' : 'No problems that stop the build.'),
  );
}
process.exitCode = errors.length > 0 ? 1 : 0;
