/**
 * npm run import -- <file.csv> — makes a pupil folder with a plan to fill in for each pupil in a
 * management-information-system export. Reports what it created, what it skipped and why, and every
 * problem by line and column. Never replaces a file; run it again after fixing a row and the pupils
 * already created are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { displayPath } from '../src/lib/content/display-path.ts';
import { contentFolder } from '../src/lib/config.ts';
import { today } from '../src/lib/dates.ts';
import { formatProblems } from '../src/lib/content/format-problems.ts';
import { columnLetter, parsePupilsCsv, type ImportProblem } from '../src/lib/scaffold/import-pupils.ts';
import { checkFiles, plural, schoolDefaults, UsageError, writePupil } from './lib/scaffold.ts';

const program = new Command('npm run import --')
  .description("Make a pupil folder and plan for each pupil in a CSV export from the school's MIS.")
  .argument('<file.csv>', 'columns: name, preferred name, date of birth, year, class, SEN status (K or E), primary need, secondary need')
  .showHelpAfterError()
  .action((csv: string) => {
    if (!existsSync(csv))
      throw new UsageError(
        `There is no file called ${csv}.\n  To fix it: give the path of the CSV file, like npm run import -- pupils.csv.`,
      );
    const folder = contentFolder();
    const school = schoolDefaults(folder);
    const on = today();
    const shown = displayPath(path.resolve(csv));
    const parsed = parsePupilsCsv(readFileSync(csv, 'utf8'));
    if (parsed.fatal) {
      console.log(parsed.fatal.map((problem) => describe(shown, problem)).join('\n\n'));
      console.log(`\nFound ${plural(parsed.fatal.length, 'problem')} with the file. Nothing was imported.`);
      process.exitCode = 1;
      return;
    }

    const created: { file: string; line: number; name: string; undecided: string[] }[] = [];
    const skipped = [...parsed.skipped];
    for (const row of parsed.rows) {
      const written = writePupil(folder, row.pupil, school, on, { namesakes: true });
      if ('skipped' in written) skipped.push({ line: row.line, name: row.pupil.name, reason: written.skipped });
      else created.push({ file: written.file, line: row.line, name: row.pupil.name, undecided: row.undecided });
    }
    skipped.sort((a, b) => a.line - b.line);

    console.log(
      `Read ${shown}: ${plural(parsed.rows.length + parsed.skipped.length + new Set(parsed.problems.map((p) => p.line)).size, 'pupil row')}.`,
    );
    console.log(`\nCreated ${plural(created.length, 'pupil folder')}${created.length > 0 ? ':' : '.'}`);
    for (const item of created) console.log(`  ${displayPath(item.file)} — ${item.name}`);
    const undecided = created.filter((item) => item.undecided.length > 0);
    if (undecided.length > 0) {
      console.log(
        `\n${plural(undecided.length, 'plan')} need${undecided.length === 1 ? 's' : ''} you to choose the broad area of need (census OTH or NSA name none; look for TODO by "area:"):`,
      );
      for (const item of undecided) console.log(`  ${displayPath(item.file)} — ${item.name} (${item.undecided.join(', ')})`);
    }
    if (skipped.length > 0) {
      console.log(`\nSkipped ${plural(skipped.length, 'row')}:`);
      for (const item of skipped) console.log(`  line ${item.line}, ${item.name}: ${item.reason}.`);
    }
    if (parsed.problems.length > 0) {
      const rows = new Set(parsed.problems.map((problem) => problem.line)).size;
      console.log(
        `\nFound ${plural(parsed.problems.length, 'problem')} in ${plural(rows, 'row')}, so ${rows === 1 ? 'that row was' : 'those rows were'} not imported:\n`,
      );
      console.log(parsed.problems.map((problem) => describe(shown, problem)).join('\n\n'));
      console.log('\nFix them and run the import again: pupils already created are skipped, never replaced.');
      process.exitCode = 1;
    }
    if (created.length > 0) {
      const { problems } = checkFiles(
        folder,
        created.map((item) => item.file),
      );
      const errors = problems.filter((problem) => problem.severity === 'error');
      if (errors.length > 0) {
        console.log(`\n${formatProblems(errors)}`);
        process.exitCode = 1;
      } else {
        console.log(
          `\nChecked the new plans: no problems${problems.length > 0 ? ` (${plural(problems.length, 'warning')}, mostly the TODOs to fill in)` : ''}.`,
        );
      }
    }
  });

/** One problem the way the checker prints one: where, what is wrong, how to fix it. */
function describe(file: string, problem: ImportProblem): string {
  const column =
    problem.column === undefined ? '' : `, column ${columnLetter(problem.column)}${problem.heading ? ` ("${problem.heading}")` : ''}`;
  const fix = problem.fix.charAt(0).toLowerCase() + problem.fix.slice(1);
  return `${file}, line ${problem.line}${column}\n  ${problem.message}\n  To fix it: ${fix}`;
}

try {
  program.parse();
} catch (error) {
  // A mistake in what was typed is explained; anything else is said in one line, never as a stack trace.
  console.error(error instanceof UsageError ? error.message : `The import stopped: ${(error as Error).message}`);
  process.exitCode = 1;
}
