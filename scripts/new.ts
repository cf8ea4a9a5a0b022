/**
 * npm run new — starts a file for the SENCO, never replacing one:
 *   npm run new -- pupil "Full Name"    a pupil folder with a plan.mdx to fill in
 *   npm run new -- review <pupil-id>    today's review file, and a draft of the next plan
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { closest } from 'fastest-levenshtein';
import { displayPath } from '../src/lib/content/display-path.ts';
import { contentFolder } from '../src/lib/config.ts';
import { longDate, today } from '../src/lib/dates.ts';
import { formatProblems } from '../src/lib/content/format-problems.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { problemsFromIssues } from '../src/lib/content/problems.ts';
import { achievedSoFar, NEXT_PLAN_FILE, scaffoldNextPlan, scaffoldReview } from '../src/lib/scaffold/scaffold-review.ts';
import { readYamlSource } from '../src/lib/content/yaml-source.ts';
import { countPlaceholders, PLACEHOLDER } from '../src/lib/quality/placeholders.ts';
import { isRealDate, PlanSchema, YearGroupSchema } from '../src/schemas/index.ts';
import { checkFiles, plural, schoolDefaults, UsageError, writePupil } from './lib/scaffold.ts';

const program = new Command('npm run new --')
  .description('Start a new pupil plan or review file. Never replaces a file that exists.')
  .showHelpAfterError();

program
  .command('pupil')
  .description('make content/pupils/<id>/plan.mdx for a new pupil, with every field to fill in')
  .argument('<name>', 'the pupil\'s full legal name, in quotes: "Amara Okafor"')
  .option('--preferred <name>', 'the name the pupil likes to be called')
  .option('--born <date>', 'date of birth, year-month-day')
  .option('--year <year>', 'year group: R, or 1 to 14')
  .option('--class <class>', 'class or form, like 5H')
  .option('--ehcp', 'the pupil has an Education, Health and Care Plan')
  .option('--id <id>', 'the folder name, if not made from the name')
  .action((name: string, options: { preferred?: string; born?: string; year?: string; class?: string; ehcp?: boolean; id?: string }) => {
    const folder = contentFolder();
    const on = today();
    if (options.born !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.born) && isRealDate(options.born))) {
      throw new UsageError(
        `The date of birth "${options.born}" is not a real date written year-month-day.\n  To fix it: write it like --born 2017-03-14.`,
      );
    }
    const year =
      options.year === undefined ? undefined : YearGroupSchema.safeParse(/^\d+$/.test(options.year) ? Number(options.year) : options.year);
    if (year && !year.success)
      throw new UsageError(
        `"${options.year}" is not a year group.\n  To fix it: write R for Reception, or a number from 1 to 14, like --year 5.`,
      );
    const written = writePupil(
      folder,
      {
        name: name.trim(),
        preferredName: options.preferred,
        dateOfBirth: options.born,
        yearGroup: year?.data,
        className: options.class,
        status: options.ehcp ? 'ehcp' : 'sen-support',
      },
      schoolDefaults(folder),
      on,
      { id: options.id },
    );
    if ('skipped' in written)
      throw new UsageError(
        `There is already a pupil folder: ${written.skipped}.\n  To fix it: choose another id with --id, or edit that pupil's plan.mdx.`,
      );
    const todos = countPlaceholders(readFileSync(written.file, 'utf8'));
    console.log(`Created ${displayPath(written.file)} for ${name.trim()} (id ${written.id}).`);
    console.log(
      `It has ${plural(todos, 'place')} marked ${PLACEHOLDER} to fill in. Dates come from the school's review cycle; check them.`,
    );
    report(folder, [written.file]);
  });

program
  .command('review')
  .description("make today's review file for a pupil, and a draft of their next plan")
  .argument('<pupil-id>', "the pupil's folder name, like amara-okafor")
  .action((id: string) => {
    const folder = contentFolder();
    const on = today();
    const { content, problems } = loadContent(folder);
    if (!content) {
      console.log(
        formatProblems(
          problems.filter((problem) => problem.severity === 'error'),
          'Fix these first, then run npm run new -- review again. Nothing was written.',
        ),
      );
      process.exitCode = 1;
      return;
    }
    const pupil = content.pupils.find((entry) => entry.id === id);
    if (!pupil) {
      const ids = content.pupils.map((entry) => entry.id);
      throw new UsageError(
        `There is no pupil with the id "${id}" in ${displayPath(path.join(folder, 'pupils'))}.\n  To fix it: use the name of a pupil's folder${ids.length ? `, like ${closest(id, ids)}` : ''}.`,
      );
    }
    const dir = path.dirname(path.resolve(pupil.file));
    const reviewFile = path.join(dir, 'reviews', `${on}.mdx`);
    if (existsSync(reviewFile))
      throw new UsageError(
        `${displayPath(reviewFile)} already exists, so nothing was written.\n  To fix it: open that file, or delete it first if you want a fresh one.`,
      );
    const nextFile = path.join(dir, NEXT_PLAN_FILE);
    const next = existsSync(nextFile)
      ? undefined
      : scaffoldNextPlan(readFileSync(pupil.file, 'utf8'), pupil, content.school.reviewCycle, on);

    mkdirSync(path.dirname(reviewFile), { recursive: true });
    writeFileSync(reviewFile, scaffoldReview(pupil, content.school.senco, on), { flag: 'wx' });
    console.log(
      `Created ${displayPath(reviewFile)}: the review meeting on ${longDate(on)}, with a blank outcome for each of ${plural(pupil.plan.targets.length, 'target')}.`,
    );
    console.log('Fill in every outcome, evidence and decision; until then the checker warns that the review is unfinished.');
    if (next === undefined) {
      console.log(`Kept ${displayPath(nextFile)}: a draft of the next plan is already there, so it was not replaced.`);
    } else {
      writeFileSync(nextFile, next, { flag: 'wx' });
      const carried = pupil.plan.targets.filter((target) => !achievedSoFar(target)).length;
      console.log(
        `Created ${displayPath(nextFile)}: a draft of the next plan carrying on ${plural(carried, 'target')} not yet achieved` +
          `${carried < pupil.plan.targets.length ? ` and keeping ${pupil.plan.targets.length - carried} achieved under earlierTargets` : ''}. ` +
          'The checker does not read it; when it is agreed, copy it over plan.mdx.',
      );
      const source = readYamlSource(next, 'frontmatter');
      const parsed = PlanSchema.safeParse(source.data, { reportInput: true });
      if (!parsed.success) console.log(formatProblems(problemsFromIssues(parsed.error.issues, source, displayPath(nextFile))));
    }
    report(folder, [reviewFile]);
  });

/** Prints what the checker says about the new files. */
function report(folder: string, files: string[]) {
  const { problems, schoolHasErrors } = checkFiles(folder, files);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0) console.log(`\n${formatProblems(problems)}`);
  const names = files.map(displayPath).join(', ');
  console.log(
    errors.length > 0
      ? `\nThe checker found problems in ${names}: fix them before the next build.`
      : `\nChecked ${names}: no problems${problems.length > 0 ? `, ${plural(problems.length, 'warning')} to look at` : ''}.`,
  );
  if (schoolHasErrors) console.log('Other files in the school have problems: run npm run check to see them.');
  if (errors.length > 0) process.exitCode = 1;
}

try {
  program.parse();
} catch (error) {
  // A mistake in what was typed is explained; anything else is said in one line, never as a stack trace.
  console.error(error instanceof UsageError ? error.message : `Nothing was written: ${(error as Error).message}`);
  process.exitCode = 1;
}
