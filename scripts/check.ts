/**
 * npm run check — reads every file in the content folder and reports every problem at once,
 * each with its file, line and field, what is wrong and how to fix it. Exits 1 if there is any.
 */
import { contentFolder, displayPath } from '../src/lib/content-folder.ts';
import { formatProblems } from '../src/lib/format-problems.ts';
import { loadContent } from '../src/lib/load-content.ts';

const folder = contentFolder();
const { content, problems } = loadContent(folder);
const errors = problems.filter((problem) => problem.severity === 'error');

if (problems.length > 0) console.log(formatProblems(problems, errors.length > 0 ? 'Nothing was published.' : ''));
if (content && errors.length === 0) {
  console.log(
    `Checked ${displayPath(folder)}: ${content.pupils.length} pupils, ${content.strategies.size} strategies, ` +
      `${content.groups.size} group plan${content.groups.size === 1 ? "" : "s"}, ${content.staff.length} staff and ${content.glossary.length} glossary terms. ` +
      (problems.length === 0 ? 'No problems found.' : 'No problems that stop the build.'),
  );
}
process.exitCode = errors.length > 0 ? 1 : 0;
