/**
 * npm run check and npm run build as a SENCO runs them: a child process, its exit code and what it
 * prints. A content mistake is always a list of problems, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fixtureSchool, type FixtureSchool } from '../support/fixture-school.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const STACK_TRACE = /^\s+at |Error:/m;

let school: FixtureSchool | undefined;
afterEach(() => school?.remove());

/** Runs a script from scripts/ with Node, in `cwd`, against the content folder of `school`. */
function run(script: string, args: string[], cwd: string, folder: string) {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, WAYPOINT_CONTENT: folder, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('check exits 0 and says so when the content has no problems', () => {
  school = fixtureSchool();
  const { status, output } = run('check.ts', [], school.root, school.folder);
  expect(output).toContain('No problems found.');
  expect(output).not.toMatch(STACK_TRACE);
  expect(status).toBe(0);
});

test('check says of the sample school what the README says it says', { timeout: 60_000 }, () => {
  const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Checking your work'));
  const quoted = /```\n([\s\S]*?)```/.exec(section)![1]!.trim().split('\n');
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'check.ts')], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, WAYPOINT_CONTENT: path.join(PROJECT, 'content'), WAYPOINT_TODAY: '2026-11-22' },
    timeout: 60_000,
  });
  const printed = result.stdout.split('\n');
  expect(result.status).toBe(0);
  for (const line of quoted.filter((text) => !text.startsWith('…'))) expect(printed, line).toContain(line);
});

test('check lists every problem grouped by file, ends with a count and exits 1', () => {
  school = fixtureSchool('field-in-the-wrong-place');
  const { status, output } = run('check.ts', [], school.root, school.folder);
  expect(output.trim().split('\n').at(-1)).toBe('Found 1 problem in 1 file. Nothing was published.');
  expect(output).toMatch(/^content\/groups\/year-4-reading\.mdx, line 17 — Target 1, "Pupil commitment"$/m);
  expect(output).not.toMatch(STACK_TRACE);
  expect(status).toBe(1);
});

test('check reports problems in two files in one run, one block for each file', () => {
  school = fixtureSchool('yaml-syntax-error', 'date-written-day-first');
  const { status, output } = run('check.ts', [], school.root, school.folder);
  const headings = output.split('\n').filter((line) => line.startsWith('content/'));
  expect(headings).toEqual(['content/pupils/ruby-hale/plan.mdx, line 36 — Target 1, "By"', 'content/staff.yaml, line 14']);
  expect(output.trim().split('\n').at(-1)).toBe('Found 2 problems in 2 files. Nothing was published.');
  expect(output).not.toMatch(STACK_TRACE);
  expect(status).toBe(1);
});

test('build exits 1 without a stack trace and removes the output folder when the content has a problem', () => {
  school = fixtureSchool('unknown-key-adult');
  const outDir = path.join(school.root, 'dist');
  // A site from an earlier build must not survive a failed one.
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'index.html'), '<p>An earlier build</p>');
  const { status, output } = run('build.ts', ['--out', outDir], PROJECT, school.folder);
  expect(output).toContain('There is no member of staff with the id "mr-evens".');
  expect(output).toContain('Nothing was built.');
  expect(output).not.toMatch(STACK_TRACE);
  expect(status).toBe(1);
  expect(existsSync(outDir)).toBe(false);
});

test('check --symbols lists each key word of a pupil with its symbol, and how to change one', () => {
  school = fixtureSchool();
  const { status, output } = run('check.ts', ['--symbols', 'ruby-hale'], school.root, school.folder);
  const lines = output.split('\n');
  expect(lines.slice(0, 3)).toEqual([
    'Symbols for Ruby Hale (ruby-hale), Year 4, from OpenMoji.',
    '"My plan" and the poster show a symbol over every key word, the school’s setting for Year 4.',
    'Below, * marks the one symbol a sentence keeps when the page shows one for each sentence.',
  ]);
  const need = lines.indexOf('content/pupils/ruby-hale/plan.mdx, line 18 — Need 1, "Pupil wording"');
  expect(lines.slice(need + 1, need + 5)).toEqual([
    '  Reading and spelling can be tricky for me.',
    '    reading   open-book *',
    '    spelling  input-latin-letters',
    '    tricky    thinking-face',
  ]);
  expect(output).toContain('    make    none (too general to draw)');
  expect(output).toContain('To change a symbol, write it after the word in the plan: reading[books] chooses one, reading[-] shows none.');
  expect(output).not.toMatch(STACK_TRACE);
  expect(status).toBe(0);
});

test('check --symbols says how to put right an id that is no pupil’s, and exits 1', () => {
  school = fixtureSchool();
  const { status, output } = run('check.ts', ['--symbols', 'ruby'], school.root, school.folder);
  expect(output.trim().split('\n')).toEqual([
    'There is no pupil with the id "ruby".',
    'To fix it: use the name of a folder in content/pupils/, like kai-mensah.',
  ]);
  expect(status).toBe(1);
});
