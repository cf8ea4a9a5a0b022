/**
 * The GitHub Actions workflow a trust uses to build every school's site (.github/workflows/), checked
 * the way GitHub reads it: by action-validator against GitHub's own workflow schema.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(PROJECT, '.github/workflows');
const VALIDATOR = path.join(PROJECT, 'node_modules/@action-validator/cli/cli.mjs');

const validate = (file: string) => {
  const result = spawnSync(process.execPath, [VALIDATOR, file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

test.each(readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)))('%s is a valid GitHub Actions workflow', (name) => {
  const { status, output } = validate(path.join(WORKFLOWS, name));
  expect(output).toBe('');
  expect(status).toBe(0);
});

test('the validator turns away a workflow GitHub would refuse', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-workflow-'));
  try {
    const file = path.join(dir, 'broken.yml');
    writeFileSync(file, 'name: Broken\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    step:\n      - run: npm test\n');
    const { status, output } = validate(file);
    expect(output).toContain("Additional property 'step' is not allowed");
    expect(status).not.toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("builds each school in its own job, from its own content, keyring and host's secrets", () => {
  interface Step {
    name?: string;
    run?: string;
    env?: Record<string, string>;
  }
  interface Job {
    strategy: { 'fail-fast': boolean; matrix: { include: Record<string, string>[] } };
    env: Record<string, string>;
    steps: Step[];
  }
  const workflow = parse(readFileSync(path.join(WORKFLOWS, 'schools.yml'), 'utf8')) as { jobs: { school: Job } };
  const job = workflow.jobs.school;
  const schools = job.strategy.matrix.include;
  expect(schools.length).toBeGreaterThan(1);
  for (const school of schools) expect(Object.keys(school)).toEqual(expect.arrayContaining(['name', 'content', 'site', 'secrets', 'host']));
  expect(job.strategy['fail-fast']).toBe(false);
  expect(job.env).toEqual({ WAYPOINT_CONTENT: '${{ matrix.content }}', WAYPOINT_SITE: '${{ matrix.site }}' });
  const runs = job.steps.map((step) => step.run ?? '').join('\n');
  expect(runs).toContain('npm run keys -- restore');
  expect(runs).toContain('npm run build');
  const restore = job.steps.find((step) => step.name === "Restore the school's keyring");
  expect(restore?.env?.['KEYRING_BACKUP']).toBe("${{ secrets[format('{0}_KEYRING_BACKUP', matrix.secrets)] }}");
  expect(new Set(schools.map((school) => school.host))).toEqual(new Set(['netlify', 's3']));
});
