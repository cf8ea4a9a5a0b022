/**
 * Builds a school for a test: the valid school in tests/fixtures/valid-school/, copied to a temporary
 * folder, with one case from tests/fixtures/invalid/<case>/ laid over it. A case holds only what
 * differs from the valid school, in one place: a change.yaml that edits one file (`find` the text
 * once and `replace` it, or `append` to it) or `copy` one file `to` a new name; or, when the
 * difference is a whole file (an empty plan), that file, at its place in the content folder.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Problem } from '../../src/lib/content/problems.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const VALID_SCHOOL = path.join(FIXTURES, 'valid-school');
export const INVALID_CASES = path.join(FIXTURES, 'invalid');

export interface FixtureSchool {
  /** The temporary folder that holds `content/`: run commands here to see paths as content/… */
  root: string;
  /** The content folder itself. */
  folder: string;
  /** Deletes the temporary folder. */
  remove(): void;
}

/** The valid school with the named invalid cases (if any) laid over it, in a fresh temporary folder. */
export function fixtureSchool(...invalidCases: string[]): FixtureSchool {
  const root = mkdtempSync(path.join(os.tmpdir(), 'waypoint-fixture-'));
  const folder = path.join(root, 'content');
  cpSync(VALID_SCHOOL, folder, { recursive: true });
  for (const name of invalidCases) {
    const dir = path.join(INVALID_CASES, name);
    cpSync(dir, folder, { recursive: true, filter: (file) => path.basename(file) !== CHANGE });
    if (existsSync(path.join(dir, CHANGE))) applyChange(folder, name, parse(readFileSync(path.join(dir, CHANGE), 'utf8')) as Change);
  }
  return { root, folder, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const CHANGE = 'change.yaml';

type Change = { file: string; find: string; replace: string } | { file: string; append: string } | { copy: string; to: string };

/** Makes a case's one change; a `find` that is not in the file exactly once means the valid school moved on. */
function applyChange(folder: string, name: string, change: Change): void {
  if ('copy' in change) {
    mkdirSync(path.dirname(path.join(folder, change.to)), { recursive: true });
    copyFileSync(path.join(folder, change.copy), path.join(folder, change.to));
    return;
  }
  const file = path.join(folder, change.file);
  const text = readFileSync(file, 'utf8');
  if ('append' in change) return writeFileSync(file, text + change.append);
  const found = text.split(change.find).length - 1;
  if (found !== 1)
    throw new Error(`The case ${name} looks for text that is in ${change.file} ${found} times, not once: update its change.yaml.`);
  writeFileSync(
    file,
    text.replace(change.find, () => change.replace),
  );
}

/**
 * Names each problem's file relative to the school's root (content/pupils/…), the way a SENCO who
 * runs the checker beside their content folder sees it, so snapshots do not depend on the temp folder.
 */
export function relativeTo(root: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => ({
    ...problem,
    file: path.relative(root, path.resolve(problem.file)).split(path.sep).join('/'),
  }));
}
