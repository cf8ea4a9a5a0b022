/**
 * npm run keys as a SENCO runs it: a child process against a temporary keyring folder and the
 * one-pupil audience-markers school. New passphrases are printed once, existing keys never change
 * unless asked, nothing is overwritten silently, and mistakes are plain sentences with exit code 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Keyring } from '../../src/lib/keys/keyring.ts';
import type { KeysReport } from '../../scripts/lib/keys-report.ts';
import { FIXTURES } from '../support/fixture-school.ts';
import { MARKER_SCHOOL_PAGE_KEYS } from '../support/marker-school.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const SCHOOL = path.join(FIXTURES, 'audience-markers');
const STACK_TRACE = /^\s+at |Error:/m;
const PASSPHRASE = /^ {4}([a-z0-9]+(?:-[a-z0-9]+){4,})$/gm;
const SLOW = { timeout: 60_000 };

let root: string;
let keyringFolder: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'waypoint-keys-'));
  keyringFolder = path.join(root, 'private');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function keys(args: string[], { content = SCHOOL, env = {} }: { content?: string; env?: Record<string, string> } = {}) {
  const { WAYPOINT_BACKUP_PASSPHRASE: _backup, WAYPOINT_SITE: _site, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'keys.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, WAYPOINT_PRIVATE: keyringFolder, WAYPOINT_CONTENT: content, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

const keyringBytes = () => readFileSync(path.join(keyringFolder, 'keyring.json'));
const keyring = () => JSON.parse(keyringBytes().toString('utf8')) as Keyring;
const passphrases = (output: string) => [...output.matchAll(PASSPHRASE)].map((match) => match[1]);

/** A copy of the fixture school whose school.yaml asks families for a passphrase. */
function schoolAskingFamilies(): string {
  const folder = path.join(root, 'content');
  cpSync(SCHOOL, folder, { recursive: true });
  appendFileSync(path.join(folder, 'school.yaml'), 'access:\n  familyPassphrase: true\n');
  return folder;
}

test('makes keys for every page and a passphrase for every member of staff, shown once', SLOW, () => {
  const first = keys([]);
  expect(first.status).toBe(0);
  expect(first.output).not.toMatch(STACK_TRACE);
  const shown = passphrases(first.output);
  expect(shown).toHaveLength(2);
  expect(first.output).toContain('Write each passphrase down now');
  const made = keyring();
  expect(Object.keys(made.pages).sort()).toEqual(MARKER_SCHOOL_PAGE_KEYS);
  expect(Object.keys(made.staff).sort()).toEqual(['key-one', 'senco-one']);
  for (const passphrase of shown) expect(keyringBytes().toString('utf8')).not.toContain(passphrase);

  const before = keyringBytes();
  const second = keys([]);
  expect(second.status).toBe(0);
  expect(passphrases(second.output)).toEqual([]);
  expect(second.output).toContain('Nothing was changed.');
  expect(keyringBytes()).toEqual(before);
});

test('rotate gives only that pupil new family and pupil links: a new id and a new secret', SLOW, () => {
  keys([]);
  const before = keyring();
  const { status, output } = keys(['rotate', 'mark-pupil']);
  expect(status).toBe(0);
  const after = keyring();
  for (const view of ['family', 'pupil']) {
    expect(after.pages[`${view}:mark-pupil`]?.id).not.toBe(before.pages[`${view}:mark-pupil`]?.id);
    expect(after.pages[`${view}:mark-pupil`]?.secret).not.toBe(before.pages[`${view}:mark-pupil`]?.secret);
    expect(after.pages[`${view}:mark-pupil`]?.version).toBe(2);
    expect(output).toContain(`http://localhost:4321/v/${after.pages[`${view}:mark-pupil`]!.id}/#`);
  }
  expect(after.pages['staff:mark-pupil']).toEqual(before.pages['staff:mark-pupil']);
  expect(after.pages['register']).toEqual(before.pages['register']);
  expect(after.staff).toEqual(before.staff);
  expect(after.kdf).toEqual(before.kdf);
});

test('rotate --view family leaves the pupil link as it was', SLOW, () => {
  keys([]);
  const before = keyring();
  expect(keys(['rotate', 'mark-pupil', '--view', 'family']).status).toBe(0);
  const after = keyring();
  expect(after.pages['family:mark-pupil']?.id).not.toBe(before.pages['family:mark-pupil']?.id);
  expect(after.pages['pupil:mark-pupil']).toEqual(before.pages['pupil:mark-pupil']);
});

test('--json prints only JSON in the documented shape', SLOW, () => {
  const created = keys(['--json']);
  const report = JSON.parse(created.stdout) as KeysReport;
  expect(report.staff.map((member) => member.id).sort()).toEqual(['key-one', 'senco-one']);
  expect(report.staff[0]?.passphrase).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
  expect(report.created).toEqual({ pages: MARKER_SCHOOL_PAGE_KEYS.length });
  expect(report.rotated).toEqual([]);

  const rotated = JSON.parse(keys(['rotate', 'mark-pupil', '--view', 'pupil', '--json']).stdout) as KeysReport;
  const pupil = keyring().pages['pupil:mark-pupil']!;
  expect(rotated).toEqual({
    staff: [],
    families: [],
    rotated: [{ pupil: 'mark-pupil', view: 'pupil', link: `/v/${pupil.id}/#${pupil.secret}` }],
    created: { pages: 0 },
  });
});

test('rotate with no pupil makes a new staff key, keeps every link and passphrase, and says what happens next', SLOW, () => {
  keys([]);
  const before = keyring();
  const { status, output } = keys(['rotate']);
  expect(status).toBe(0);
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).toContain('Made a new staff key');
  expect(output).toContain('signs in again');
  const after = keyring();
  expect(after.staffKey.id).not.toBe(before.staffKey.id);
  expect(after.staffKey.key).not.toBe(before.staffKey.key);
  expect(after.staffKey.holders).toEqual(before.staffKey.holders);
  expect(after.pages).toEqual(before.pages);
  expect(after.staff).toEqual(before.staff);
  expect((JSON.parse(keys(['rotate', '--json']).stdout) as KeysReport).staffKeyReplaced).toBe(true);
});

test('staff reset gives one person a new passphrase and leaves everyone else as they were', SLOW, () => {
  keys([]);
  const before = keyring();
  const { status, output } = keys(['staff', 'reset', 'key-one']);
  expect(status).toBe(0);
  expect(passphrases(output)).toHaveLength(1);
  const after = keyring();
  expect(after.staff['key-one']?.kek).not.toBe(before.staff['key-one']?.kek);
  expect(after.staff['senco-one']).toEqual(before.staff['senco-one']);
  expect(after.pages).toEqual(before.pages);
});

test("staff remove deletes a leaver's keys; staff add gives them back only when asked", SLOW, () => {
  keys([]);
  const removed = keys(['staff', 'remove', 'key-one']);
  expect(removed.status).toBe(0);
  expect(removed.output).toContain('still in staff.yaml');
  expect(keyring().staff['key-one']).toBeUndefined();
  expect(keyring().staff['senco-one']).toBeDefined();

  const added = keys(['staff', 'add', 'key-one', '--characters']);
  expect(added.status).toBe(0);
  expect(passphrases(added.output)).toEqual([]);
  expect(added.output).toMatch(/^ {4}[a-z2-9]{16}$/m);
  expect(keyring().staff['key-one']).toBeDefined();

  const again = keys(['staff', 'add', 'key-one']);
  expect(again.status).toBe(1);
  expect(again.output).toContain('key-one already has a passphrase.');
  expect(again.output).toContain('staff reset key-one');
});

test('refuses an unknown pupil or member of staff, suggests the closest id and changes nothing', SLOW, () => {
  keys([]);
  const before = keyringBytes();
  const pupil = keys(['rotate', 'mark-pupl']);
  expect(pupil.status).toBe(1);
  expect(pupil.output).toContain('There is no pupil with the id "mark-pupl". Did you mean "mark-pupil"?');
  expect(pupil.output).not.toMatch(STACK_TRACE);
  const staff = keys(['staff', 'add', 'key-on']);
  expect(staff.status).toBe(1);
  expect(staff.output).toContain('There is no one with the id "key-on" in staff.yaml. Did you mean "key-one"?');
  expect(staff.output).not.toMatch(STACK_TRACE);
  const removed = keys(['staff', 'remove', 'nobody-at-all']);
  expect(removed.status).toBe(1);
  expect(removed.output).toContain('nobody-at-all has no keys to remove.');
  expect(keyringBytes()).toEqual(before);
});

test('makes a family passphrase when the school asks for one, and family reset replaces it', SLOW, () => {
  const content = schoolAskingFamilies();
  const created = JSON.parse(keys(['--json'], { content }).stdout) as KeysReport;
  expect(created.families).toHaveLength(1);
  expect(created.families[0]?.pupil).toBe('mark-pupil');
  const kek = keyring().pages['family:mark-pupil']?.familyKek;
  expect(kek).toBeDefined();
  expect(JSON.parse(keys(['--json'], { content }).stdout)).toMatchObject({ families: [], staff: [] });

  const reset = JSON.parse(keys(['family', 'reset', 'mark-pupil', '--json'], { content }).stdout) as KeysReport;
  expect(reset.families).toHaveLength(1);
  expect(reset.families[0]?.passphrase).not.toBe(created.families[0]?.passphrase);
  expect(keyring().pages['family:mark-pupil']?.familyKek?.kek).not.toBe(kek?.kek);
});

test('family reset explains that families need no passphrase when the school does not ask for one', SLOW, () => {
  keys([]);
  const { status, output } = keys(['family', 'reset', 'mark-pupil']);
  expect(status).toBe(1);
  expect(output).toContain('Families do not need a passphrase at this school');
});

test('backup and restore round-trip; restore refuses to replace a keyring without --replace', SLOW, () => {
  keys([]);
  const original = keyringBytes();
  const file = path.join(root, 'keyring-backup.json');
  const backup = JSON.parse(keys(['backup', file, '--json']).stdout) as KeysReport;
  const passphrase = backup.backup?.passphrase;
  expect(passphrase).toMatch(/^[a-z]+(?:-[a-z]+){5,}$/);
  expect(readFileSync(file, 'utf8')).not.toContain(keyring().pages['family:mark-pupil']!.secret!);

  const again = keys(['backup', file]);
  expect(again.status).toBe(1);
  expect(again.output).toContain('already exists, so no backup was made.');

  keys(['rotate', 'mark-pupil']);
  const rotated = keyringBytes();
  const env = { WAYPOINT_BACKUP_PASSPHRASE: passphrase! };
  const refused = keys(['restore', file], { env });
  expect(refused.status).toBe(1);
  expect(refused.output).toContain('There is already a keyring');
  expect(refused.output).toContain('--replace');
  expect(keyringBytes()).toEqual(rotated);

  const wrong = keys(['restore', file, '--replace'], { env: { WAYPOINT_BACKUP_PASSPHRASE: 'not-the-right-passphrase-at-all' } });
  expect(wrong.status).toBe(1);
  expect(wrong.output).toContain('The passphrase does not open this backup');
  expect(keyringBytes()).toEqual(rotated);

  const restored = keys(['restore', file, '--replace'], { env });
  expect(restored.status).toBe(0);
  expect(keyringBytes()).toEqual(original);
  const kept = readdirSync(keyringFolder).filter((name) => name.startsWith('keyring.json.before-restore-'));
  expect(kept).toHaveLength(1);
  expect(readFileSync(path.join(keyringFolder, kept[0]!))).toEqual(rotated);
});

test('restore puts a keyring back into an empty keyring folder', SLOW, () => {
  keys([]);
  const original = keyringBytes();
  const file = path.join(root, 'backup.json');
  const env = { WAYPOINT_BACKUP_PASSPHRASE: 'Correct Horse Battery Staple Glue' };
  expect(keys(['backup', file], { env }).status).toBe(0);
  rmSync(keyringFolder, { recursive: true });
  expect(keys(['restore', file], { env: { WAYPOINT_BACKUP_PASSPHRASE: 'correct-horse-battery-staple-glue' } }).status).toBe(0);
  expect(keyringBytes()).toEqual(original);
});

test('refuses a backup passphrase that is long but easy to guess, and says what to use instead', SLOW, () => {
  keys([]);
  const file = path.join(root, 'weak-backup.json');
  const { status, output } = keys(['backup', file], { env: { WAYPOINT_BACKUP_PASSPHRASE: 'aaaa aaaa aaaa aaaa' } });
  expect(status).toBe(1);
  expect(output).toContain('That passphrase is not strong enough to protect every key of the school. It is too easy to guess.');
  expect(output).toContain('No backup was made.');
  expect(output).toContain('To fix it: use five or more words that do not belong together');
  expect(output).not.toMatch(STACK_TRACE);
  expect(existsSync(file)).toBe(false);
});

test('refuses a keyring that git tracks, saying how to fix it', SLOW, () => {
  keyringFolder = path.join(root, '.waypoint');
  keys([]);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '--force', '.waypoint/keyring.json');
  git('commit', '-q', '-m', 'oops');
  const { status, output } = keys([]);
  expect(status).toBe(1);
  expect(output).toContain('is tracked by git');
  expect(output).toContain('git rm -r --cached .waypoint');
  expect(output).not.toMatch(STACK_TRACE);
});

test('refuses a word that is not a command, suggesting the closest', () => {
  const { status, output } = keys(['rotat']);
  expect(status).toBe(1);
  expect(output).toContain('Did you mean "rotate"?');
  expect(existsSync(path.join(keyringFolder, 'keyring.json'))).toBe(false);
});
