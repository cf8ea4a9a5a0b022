/**
 * Builds a school for a test: the valid school in tests/fixtures/valid-school/, copied to a temporary
 * folder, with one case from tests/fixtures/invalid/<case>/ laid over it. A case folder mirrors the
 * content folder, so tests/fixtures/invalid/unknown-key-adult/pupils/ruby-hale/plan.mdx replaces
 * that pupil's plan and any file the school does not have yet is added.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  for (const name of invalidCases) cpSync(path.join(INVALID_CASES, name), folder, { recursive: true });
  return { root, folder, remove: () => rmSync(root, { recursive: true, force: true }) };
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
