/**
 * The bench's rebuild after one plan changes (DESIGN.md §6: ≤ 25% of a full build, ≤ 5% of the
 * output's bytes changed): a digest of every output file before and after, and one small, ordinary
 * edit to one generated plan.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Digests = Map<string, { hash: string; bytes: number }>;

export function fileDigests(dir: string): Digests {
  const digests: Digests = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const data = readFileSync(file);
    digests.set(path.relative(dir, file), { hash: createHash('sha256').update(data).digest('hex'), bytes: data.length });
  }
  return digests;
}

export interface OutputChange {
  files: number;
  bytes: number;
  changedFiles: number;
  /** Bytes of the files that are new or differ: what a school uploads again, and browsers fetch again. */
  changedBytes: number;
  removedFiles: number;
}

export function outputChange(before: Digests, after: Digests): OutputChange {
  const change: OutputChange = { files: after.size, bytes: 0, changedFiles: 0, changedBytes: 0, removedFiles: 0 };
  for (const [file, { hash, bytes }] of after) {
    change.bytes += bytes;
    if (before.get(file)?.hash === hash) continue;
    change.changedFiles++;
    change.changedBytes += bytes;
  }
  for (const file of before.keys()) if (!after.has(file)) change.removedFiles++;
  return change;
}

/** Changes one sentence of the first pupil's plan, as a SENCO would; returns the pupil's folder name. */
export function changeOnePlan(contentDir: string): string {
  const pupil = readdirSync(path.join(contentDir, 'pupils')).sort()[0]!;
  const file = path.join(contentDir, 'pupils', pupil, 'plan.mdx');
  const text = readFileSync(file, 'utf8');
  const changed = text.replace('ring the school office.', 'ring the school office or speak to the class teacher.');
  if (changed === text) throw new Error(`The bench could not find the sentence to change in ${file}.`);
  writeFileSync(file, changed);
  return pupil;
}
