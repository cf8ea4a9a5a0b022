/**
 * What reading a content file found, remembered by the hash of what was read (its text, how it is
 * read, which schema): its YAML data, the line of every field, what its free text says by itself,
 * and its checked data. Reading YAML and free text is most of the checker's time, and depends only
 * on the text and the code: a later build of the same code (rebuild/check-cache.ts keeps these in
 * the private cache) reads only the files that changed. Only files that read cleanly are
 * remembered. Each entry is kept serialised and handed out as a fresh copy, so no two readings
 * share objects.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { BodyJudgement } from './body/check-body.ts';
import type { LineTree } from './yaml-lines.ts';

export interface FileMemo {
  /** The YAML as written (the checks across files read it). */
  data: unknown;
  lines: LineTree;
  /** A .md or .mdx file's free text, judged. */
  body?: BodyJudgement | undefined;
  /** The data as its schema checked it. */
  valid: unknown;
}

/** The key of one reading: the schema it is read with, how, and the text. */
export const memoKey = (schema: string, kind: string, text: string) =>
  createHash('sha256').update(`${schema}\0${kind}\0`).update(text).digest('hex');

const remembered = new Map<string, Uint8Array>();
/** What was read or recalled since this process started or last took them. */
const touched = new Map<string, Uint8Array>();

/** What an earlier reading of the same key found, as a fresh copy; undefined if none (or unreadable). */
export function recallFile(key: string): FileMemo | undefined {
  const kept = remembered.get(key);
  if (!kept) return undefined;
  try {
    const memo = deserialize(kept) as FileMemo;
    touched.set(key, kept);
    return memo;
  } catch {
    remembered.delete(key);
    return undefined;
  }
}

export function rememberFile(key: string, memo: FileMemo): void {
  const kept = serialize(memo);
  remembered.set(key, kept);
  touched.set(key, kept);
}

/** Every reading since the last call (a build keeps them for the next). */
export function takeRememberedFiles(): Map<string, Uint8Array> {
  const taken = new Map(touched);
  touched.clear();
  return taken;
}

/** Readings an earlier build of the same code made. */
export function rememberFiles(entries: Map<string, Uint8Array>): void {
  for (const [key, kept] of entries) if (!remembered.has(key)) remembered.set(key, kept);
}
