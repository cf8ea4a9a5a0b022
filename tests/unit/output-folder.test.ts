/**
 * `--out` names a folder a build replaces as a whole, so it must be the site's own: never the content
 * folder, the keyring folder, the project, any folder holding one of them, or a folder of other files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { outputFolderProblem } from '../../src/lib/privacy/output-folder.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const STACK_TRACE = /^\s+at |Error:/m;

let root: string;
let content: string;
let keys: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'waypoint-out-'));
  content = path.join(root, 'school', 'content');
  keys = path.join(root, 'keys');
  cpSync(path.join(PROJECT, 'tests/fixtures/valid-school'), content, { recursive: true });
  mkdirSync(keys);
  writeFileSync(path.join(keys, 'keep-me.txt'), 'the keyring folder');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** npm run build -- --out <out>, run from `cwd` (the project unless said). */
function build(out: string, cwd = PROJECT) {
  const run = spawnSync(process.execPath, [path.join(PROJECT, 'scripts/build.ts'), '--out', out], {
    cwd,
    env: { ...process.env, WAYPOINT_CONTENT: content, WAYPOINT_PRIVATE: keys, WAYPOINT_TODAY: '2026-11-22' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run build -- --out refuses, deleting nothing,', () => {
  test('the content folder', () => {
    const { status, output } = build(content);
    expect(status).toBe(1);
    expect(output).toContain('is the content folder. A build replaces its output folder, so this would delete it.');
    expect(output).not.toMatch(STACK_TRACE);
    expect(existsSync(path.join(content, 'school.yaml'))).toBe(true);
  });

  test('the keyring folder', () => {
    const { status, output } = build(keys);
    expect(status).toBe(1);
    expect(output).toContain('is the keyring folder.');
    expect(readdirSync(keys)).toEqual(['keep-me.txt']);
  });

  test('a folder that holds the content folder', () => {
    const { status, output } = build(path.join(root, 'school'));
    expect(status).toBe(1);
    expect(output).toContain('holds the content folder');
    expect(existsSync(path.join(content, 'school.yaml'))).toBe(true);
  });

  test('the folder it is run from, the project', () => {
    const project = path.join(root, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{}');
    const { status, output } = build('.', project);
    expect(status).toBe(1);
    expect(output).toContain("is Waypoint's project folder.");
    expect(existsSync(path.join(project, 'package.json'))).toBe(true);
  });

  test('a folder of other files', () => {
    const documents = path.join(root, 'documents');
    mkdirSync(documents);
    writeFileSync(path.join(documents, 'minutes.txt'), 'not a site');
    const { status, output } = build(documents);
    expect(status).toBe(1);
    expect(output).toContain('holds files that are not a built site');
    expect(readdirSync(documents)).toEqual(['minutes.txt']);
  });
});

describe('outputFolderProblem', () => {
  const kept = () => ({ project: path.join(root, 'project'), content, keyring: keys });

  test('refuses the project and every folder above it', () => {
    expect(outputFolderProblem(path.join(root, 'project'), kept())).toContain("is Waypoint's project folder");
    expect(outputFolderProblem(root, kept())).toContain('holds');
    expect(outputFolderProblem(path.parse(root).root, kept())).toContain('holds');
  });

  test('sees through a symbolic link to the content folder', () => {
    const link = path.join(root, 'link-to-content');
    symlinkSync(content, link);
    expect(outputFolderProblem(link, kept())).toContain('is the content folder');
  });

  test('accepts a new folder, an empty one, and the site an earlier build made', () => {
    expect(outputFolderProblem(path.join(root, 'dist'), kept())).toBeUndefined();
    mkdirSync(path.join(root, 'empty'));
    expect(outputFolderProblem(path.join(root, 'empty'), kept())).toBeUndefined();
    mkdirSync(path.join(root, 'site', '_wp'), { recursive: true });
    writeFileSync(path.join(root, 'site', '_wp', 'staff.json'), '{}');
    writeFileSync(path.join(root, 'site', 'index.html'), '');
    expect(outputFolderProblem(path.join(root, 'site'), kept())).toBeUndefined();
  });
});
