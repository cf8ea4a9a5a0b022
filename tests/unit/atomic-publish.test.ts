/**
 * Publishing is atomic: whatever stops a build — a signal at any stage, from any way in, or an
 * exception — the output folder holds no site or the previous complete one, never plaintext, and
 * what a killed build left behind goes at the next build. Builds of the marker school are stopped
 * when the timings file or the files being written show a stage, and what is left is scanned.
 * A build that can still act on its failure removes the output (an old site must not pass for the
 * new one); a build killed outright cannot, and leaves the previous site as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditFolder } from '../../src/lib/privacy/audit.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { personalStrings } from '../../src/lib/privacy/personal-strings.ts';
import { fixtureBuild, type BuiltFixture } from '../support/build-fixture.ts';
import { projectCopy, type ProjectCopy } from '../support/project-copy.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
/** Text that only the marker school's plaintext pages hold. */
const PLAINTEXT = /SECRET-STAFF|FAMILY-need|PUPIL-need|Marky Testperson/;
const SLOW = { timeout: 180_000 };

let site: BuiltFixture;
let content: string;
let timings: string;

beforeAll(async () => {
  site = await fixtureBuild(path.join(PROJECT, 'tests/fixtures/audience-markers'), 'senco-one', 'marker school senco passphrase');
  content = path.join(site.dir, 'content');
  cpSync(path.join(PROJECT, 'tests/fixtures/audience-markers'), content, { recursive: true });
  timings = path.join(site.dir, 'timings.jsonl');
  const { status, output } = site.build({ env: { WAYPOINT_CONTENT: content } });
  if (status !== 0) throw new Error(output);
}, 120_000);
afterAll(() => site.remove());

const listFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });

const snapshot = (folder: string) =>
  Object.fromEntries(
    listFiles(folder).map((file) => [path.relative(folder, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );

/** The build's staging folders: in the system's temporary folder, named with its process id. */
const stagesOf = (pid: number) =>
  readdirSync(os.tmpdir())
    .filter((name) => name.startsWith(`waypoint-stage-${pid}-`))
    .map((name) => path.join(os.tmpdir(), name));

/** Every file of the output and of anything beside it named after it, that holds plaintext. */
function plaintextLeft(out: string): string[] {
  const parent = path.dirname(out);
  const folders = readdirSync(parent)
    .filter((name) => name === path.basename(out) || name.startsWith(`.${path.basename(out)}.`))
    .map((name) => path.join(parent, name));
  const { content: school } = loadContent(content);
  return folders.flatMap((folder) => [
    ...listFiles(folder).filter((file) => PLAINTEXT.test(readFileSync(file, 'latin1'))),
    ...auditFolder(folder, personalStrings(school!)).map((leak) => `${leak.file} (${leak.channel})`),
  ]);
}

/** A private page with plaintext in it has been rendered, into the output or a staging folder. */
function renderedPlaintext(pid: number, out: string): boolean {
  for (const site of [out, ...stagesOf(pid).map((stage) => path.join(stage, 'site'))]) {
    const pages = path.join(site, 'v');
    if (!existsSync(pages)) continue;
    for (const id of readdirSync(pages)) {
      const page = path.join(pages, id, 'index.html');
      if (existsSync(page) && PLAINTEXT.test(readFileSync(page, 'utf8'))) return true;
    }
  }
  return false;
}

const stageDone = (stage: string) => () => existsSync(timings) && readFileSync(timings, 'utf8').includes(`"stage":"${stage}"`);

type Trigger = (pid: number, out: string) => boolean;
const WHILE_RENDERING: Trigger = (pid, out) => renderedPlaintext(pid, out);
const WHILE_ENCRYPTING: Trigger = stageDone('search index');
const WHILE_AUDITING: Trigger = stageDone('encryption');
const WHILE_PUBLISHING: Trigger = stageDone('astro build');

interface Stopped {
  pid: number;
  code: number | null;
  output: string;
  /** Whether the trigger fired before the build ended by itself. */
  interrupted: boolean;
}

/** Runs a build and sends it the signal as soon as the trigger fires. */
async function stopBuild(
  args: string[],
  {
    out,
    signal,
    when,
    cwd = PROJECT,
    env = {},
  }: { out: string; signal: NodeJS.Signals; when: Trigger; cwd?: string; env?: Record<string, string> },
): Promise<Stopped> {
  writeFileSync(timings, '');
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...site.env, WAYPOINT_CONTENT: content, WAYPOINT_TIMINGS: timings, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let interrupted = false;
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    if (when(child.pid!, out)) {
      child.kill(signal);
      interrupted = true;
      break;
    }
    await sleep(20);
  }
  return { pid: child.pid!, code: await exited, output, interrupted };
}

/** A complete build of the marker school: the staff key file, and nothing readable. */
const isCompleteBuild = (out: string) => existsSync(path.join(out, '_wp', 'staff.json')) && plaintextLeft(out).length === 0;

/** Makes sure the output holds a complete build, and returns a picture of it. */
function previousOutput(out: string, build = () => site.build({ env: { WAYPOINT_CONTENT: content }, out })) {
  if (!existsSync(out) || !isCompleteBuild(out)) {
    const { status, output } = build();
    if (status !== 0) throw new Error(output);
  }
  return snapshot(out);
}

describe.each([
  { way: 'npm run build', args: ['scripts/build.ts', '--out'] },
  { way: 'the bench', args: ['bench/run-build.ts', 'waypoint'] },
])('stopping $way', ({ args }) => {
  test.each([
    { signal: 'SIGINT', stage: 'while Astro renders the pages', when: WHILE_RENDERING },
    { signal: 'SIGTERM', stage: 'while the pages are encrypted', when: WHILE_ENCRYPTING },
    { signal: 'SIGINT', stage: 'during the audit', when: WHILE_AUDITING },
  ] as const)(
    'with $signal $stage publishes nothing, removes the old output and leaves no staging folder',
    async ({ signal, when }) => {
      previousOutput(site.dist);
      const stopped = await stopBuild([...args, site.dist], { out: site.dist, signal, when });
      expect(stopped.interrupted, stopped.output).toBe(true);
      expect(stopped.output).toContain(`The build was stopped (${signal}). Nothing was published.`);
      expect(plaintextLeft(site.dist)).toEqual([]);
      expect(existsSync(site.dist)).toBe(false);
      expect(stagesOf(stopped.pid)).toEqual([]);
    },
    SLOW.timeout,
  );
});

describe('killing npm run build outright (SIGKILL, as an out-of-memory kill does)', () => {
  test.each([
    { stage: 'while Astro renders the pages', when: WHILE_RENDERING },
    { stage: 'during the audit', when: WHILE_AUDITING },
    { stage: 'while the output is moved into place', when: WHILE_PUBLISHING },
  ] as const)(
    '$stage leaves the previous or the new complete output, and no plaintext in or beside it',
    async ({ when }) => {
      const previous = previousOutput(site.dist);
      const stopped = await stopBuild(['scripts/build.ts', '--out', site.dist], { out: site.dist, signal: 'SIGKILL', when });
      expect(stopped.interrupted, stopped.output).toBe(true);
      expect(plaintextLeft(site.dist)).toEqual([]);
      // The previous build, or (killed after the swap) the new one: never a part of either.
      if (existsSync(site.dist)) expect(isCompleteBuild(site.dist)).toBe(true);
      if (when !== WHILE_PUBLISHING) expect(snapshot(site.dist)).toEqual(previous);
    },
    SLOW.timeout,
  );

  test(
    'leaves its staging folder private to its user, and the next build removes it',
    async () => {
      previousOutput(site.dist);
      const stopped = await stopBuild(['scripts/build.ts', '--out', site.dist], {
        out: site.dist,
        signal: 'SIGKILL',
        when: WHILE_RENDERING,
      });
      const [stage] = stagesOf(stopped.pid);
      expect(stage).toBeDefined();
      expect(statSync(stage!).mode & 0o777).toBe(0o700);
      const { status, output } = site.build({ env: { WAYPOINT_CONTENT: content } });
      expect(status, output).toBe(0);
      expect(existsSync(stage!)).toBe(false);
    },
    SLOW.timeout,
  );
});

test('a build that fails its audit publishes nothing and removes the old output', SLOW, () => {
  previousOutput(site.dist);
  const plan = path.join(content, 'pupils/mark-pupil/plan.mdx');
  const original = readFileSync(plan, 'utf8');
  // "Private" is on the public front page, so the audit finds this preferred name there.
  writeFileSync(plan, original.replace('preferredName: Marky', 'preferredName: Private'));
  try {
    const { status, output } = site.build({ env: { WAYPOINT_CONTENT: content } });
    expect(status).toBe(1);
    expect(output).toContain('The privacy audit found personal information');
    expect(existsSync(site.dist)).toBe(false);
  } finally {
    writeFileSync(plan, original);
  }
});

test('Astro started on its own (npm run astro -- build) refuses to build, and writes nothing', SLOW, () => {
  const out = path.join(site.dir, 'astro-alone');
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    cwd: PROJECT,
    env: { ...site.env, WAYPOINT_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  expect(`${run.stdout}${run.stderr}`).toContain('run npm run build (or npm start) instead');
  expect(existsSync(out)).toBe(false);
});

describe('stopping npm start', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = projectCopy();
  });
  afterAll(() => project.remove());

  test('with SIGINT while Astro renders the pages publishes nothing and leaves no staging folder', async () => {
    const out = path.join(project.root, 'dist');
    previousOutput(out, () => {
      const run = spawnSync(process.execPath, ['scripts/build.ts'], {
        cwd: project.root,
        env: { ...site.env, WAYPOINT_CONTENT: content },
        encoding: 'utf8',
      });
      return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
    });
    const stopped = await stopBuild(['scripts/start.ts'], {
      out,
      signal: 'SIGINT',
      when: WHILE_RENDERING,
      cwd: project.root,
      env: { PORT: '0' },
    });
    expect(stopped.interrupted, stopped.output).toBe(true);
    expect(plaintextLeft(out)).toEqual([]);
    expect(existsSync(out)).toBe(false);
    expect(stagesOf(stopped.pid)).toEqual([]);
  }, 300_000);
});
