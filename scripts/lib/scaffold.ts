/**
 * What `npm run new` and `npm run import` share: the school's defaults, writing a new pupil's
 * folder without ever replacing one, and checking the files just written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../src/lib/content/display-path.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { pupilIdFromName } from '../../src/lib/scaffold/pupil-id.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import { scaffoldPlan, type NewPupil, type SchoolDefaults } from '../../src/lib/scaffold/scaffold-plan.ts';
import { readYamlSource } from '../../src/lib/content/yaml-source.ts';
import { SchoolSchema } from '../../src/schemas/index.ts';

/** A mistake the person running the command can fix: printed as it is, with no stack trace. */
export class UsageError extends Error {}

export function schoolDefaults(folder: string): SchoolDefaults {
  const file = path.join(folder, 'school.yaml');
  if (!existsSync(file))
    throw new UsageError(
      `There is no school.yaml in ${displayPath(folder)}.\n  To fix it: run this in the folder that holds content/, or set WAYPOINT_CONTENT to the content folder.`,
    );
  const parsed = SchoolSchema.safeParse(readYamlSource(readFileSync(file, 'utf8'), 'yaml').data);
  if (!parsed.success)
    throw new UsageError(
      `${displayPath(file)} has problems, so the school's review cycle is unknown.\n  To fix it: run npm run check and fix school.yaml first.`,
    );
  return { senco: parsed.data.senco, reviewCycle: parsed.data.reviewCycle };
}

export type Written = { id: string; file: string } | { skipped: string; id: string };

/** The name and date of birth in a pupil's existing plan, to tell the same pupil from a namesake. */
function existingPupil(dir: string): { name?: unknown; dateOfBirth?: unknown } | undefined {
  const plan = path.join(dir, 'plan.mdx');
  if (!existsSync(plan)) return undefined;
  const data = readYamlSource(readFileSync(plan, 'utf8'), 'frontmatter').data;
  return typeof data === 'object' && data !== null ? data : undefined;
}

/**
 * Writes pupils/<id>/plan.mdx for a new pupil. The id comes from the name. With `namesakes`, a
 * different pupil with the same name (another date of birth) gets the next free id (sam-smith-2) and
 * the same pupil is skipped; without it, any existing folder is refused. Never overwrites.
 */
export function writePupil(
  folder: string,
  pupil: NewPupil,
  school: SchoolDefaults,
  today: string,
  options: { id?: string | undefined; namesakes?: boolean } = {},
): Written {
  const base = options.id ?? pupilIdFromName(pupil.name);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base)) {
    throw new UsageError(
      `"${pupil.name}" cannot be made into a folder name.\n  To fix it: give an id with --id, in lower-case letters, numbers and hyphens, like amara-okafor.`,
    );
  }
  const pupils = path.join(folder, 'pupils');
  mkdirSync(pupils, { recursive: true });
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const dir = path.join(pupils, id);
    if (existsSync(dir)) {
      const other = existingPupil(dir);
      const same =
        other &&
        String(other.name).toLowerCase() === pupil.name.toLowerCase() &&
        (pupil.dateOfBirth === undefined || String(other.dateOfBirth) === pupil.dateOfBirth);
      if (!options.namesakes || same || !other) {
        return { id, skipped: `${displayPath(dir)} already exists${same ? ' for this pupil' : ''}, so nothing was written` };
      }
      continue;
    }
    mkdirSync(dir);
    const file = path.join(dir, 'plan.mdx');
    writeFileSync(file, scaffoldPlan(pupil, school, today), { flag: 'wx' });
    return { id, file };
  }
}

/** Runs the checker over the whole school and returns the problems in the given files. */
export function checkFiles(folder: string, files: string[]): { problems: Problem[]; schoolHasErrors: boolean } {
  const shown = new Set(files.map(displayPath));
  const loaded = loadContent(folder);
  const quality = loaded.content ? checkQuality(loaded.content).problems : [];
  const all = [...loaded.problems, ...quality];
  return {
    problems: all.filter((problem) => shown.has(problem.file)),
    schoolHasErrors: all.some((problem) => problem.severity === 'error' && !shown.has(problem.file)),
  };
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
