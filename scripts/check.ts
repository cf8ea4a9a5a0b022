/**
 * npm run check — reads every file in the content folder and reports every problem at once,
 * each with its file, line and field, what is wrong and how to fix it; then checks each plan's
 * quality and plain language, and ends with a summary table, one row per pupil. Exits 1 if there is
 * any problem (warnings alone do not fail, unless school.yaml sets quality: { strict: true }).
 */
import { displayPath } from '../src/lib/content/display-path.ts';
import { contentFolder } from '../src/lib/config.ts';
import { today } from '../src/lib/dates.ts';
import { formatDueReviews } from '../src/lib/plan/due-reviews.ts';
import { formatProblems } from '../src/lib/content/format-problems.ts';
import { checkFolder } from '../src/lib/quality/check-folder.ts';
import { qualitySummary } from '../src/lib/quality/quality.ts';

const folder = contentFolder();
const { content, quality, problems } = checkFolder(folder);
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
