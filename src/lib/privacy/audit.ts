/**
 * The leak audit: scans every published file for every personal string of every pupil, the school's
 * own text and the keyring's secrets (secret-strings.ts) — in the raw bytes, after gzip and brotli
 * decoding, after base64 and URL decoding, with HTML entities decoded, and in file names. One hit
 * fails the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { cores, mapInWorkers, type WorkerTask } from '../workers.ts';
import type { PersonalString } from './personal-strings.ts';

export interface Leak {
  file: string;
  /** How the string was found: "raw", "gzip", "brotli", "base64", "url", "file name". */
  channel: string;
  pupil: string;
  field: string;
  text: string;
}

const TEXT_FILE = /\.(html?|js|mjs|css|json|txt|xml|svg|csv|md|map|webmanifest)$|(^|\/)_headers$|(^|\/)_redirects$/i;
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

export function auditFolder(dir: string, strings: readonly PersonalString[]): Leak[] {
  return dedupe(auditFiles(dir, listFiles(dir), strings));
}

interface AuditTask {
  dir: string;
  files: string[];
  strings: readonly PersonalString[];
  clearOnly?: boolean | undefined;
}
/** Run in a worker thread for each share of the files (src/lib/workers.ts). */
export const workerTask: WorkerTask<AuditTask, Leak[]> = ({ dir, files, strings, clearOnly }) => auditFiles(dir, files, strings, clearOnly);

/**
 * The same audit on every core: the files are dealt out by size, one share a worker thread, and each
 * file is read once. What it finds, and in which order, is what auditFolder finds.
 */
export async function auditFolderOnEveryCore(dir: string, strings: readonly PersonalString[], workers = cores()): Promise<Leak[]> {
  return auditGroupsOnEveryCore(dir, [{ files: listFiles(dir), strings }], workers);
}

/** Some of a folder's files (full paths), each group searched for its own strings. */
export interface AuditGroup {
  files: readonly string[];
  strings: readonly PersonalString[];
  /**
   * Search only what the files show in clear (their bytes, with entities, escapes and URL encoding
   * undone), not their base64 runs decoded. For files a rebuild copied: each is byte for byte (by
   * its SHA-256) a file an earlier build's audit read with every run decoded, for every string it
   * knew. Those runs are the pages' ciphertext. A new string could only show in one decoded if the
   * run were plaintext that already held it before its plan was written, and such a run would have
   * shown that pupil's other text to that audit. Decoding every run is most of an audit's time;
   * `npm run build -- --full` audits every file in full.
   */
  clearOnly?: boolean;
}

/**
 * Audits groups of files on every core in one pool of worker threads: a rebuild searches the files
 * it wrote for every string, and the files it copied only for the strings that are new. Findings
 * come by file in the order the groups list them.
 */
export async function auditGroupsOnEveryCore(dir: string, groups: readonly AuditGroup[], workers = cores()): Promise<Leak[]> {
  const searched = groups.filter((group) => group.files.length > 0 && group.strings.length > 0);
  if (workers < 2) return dedupe(searched.flatMap((group) => auditFiles(dir, group.files, group.strings, group.clearOnly)));
  const tasks = searched.flatMap((group) => {
    const shares = Array.from({ length: workers }, () => ({ bytes: 0, files: [] as string[] }));
    for (const { file, size } of group.files.map((file) => ({ file, size: statSync(file).size })).sort((a, b) => b.size - a.size)) {
      const share = shares.reduce((least, next) => (next.bytes < least.bytes ? next : least));
      share.files.push(file);
      share.bytes += size;
    }
    return shares
      .filter((share) => share.files.length > 0)
      .map((share) => ({ dir, files: share.files, strings: group.strings, clearOnly: group.clearOnly }));
  });
  const found = await mapInWorkers<AuditTask, Leak[]>(new URL(import.meta.url), tasks, workers);
  // In the order auditFolder reports them: by file as listed, then as found in the file.
  const order = new Map(
    searched.flatMap((group) => group.files).map((file, index) => [path.relative(dir, file).split(path.sep).join('/'), index]),
  );
  return dedupe(found.flat().sort((a, b) => order.get(a.file)! - order.get(b.file)!));
}

function auditFiles(dir: string, files: readonly string[], strings: readonly PersonalString[], clearOnly = false): Leak[] {
  const matcher = compile(strings);
  const leaks: Leak[] = [];
  for (const file of files) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    const report = (channel: string, found: PersonalString[]) =>
      found.forEach((hit) => leaks.push({ file: relative, channel, pupil: hit.pupil, field: hit.field, text: hit.text }));
    report('file name', matcher(safeDecodeUri(relative), true));
    const bytes = readFileSync(file);
    const isText = TEXT_FILE.test(relative);
    // A layer that reads exactly like one already searched (most pages have no entities or escapes)
    // can only find the same strings again, which dedupe() would drop: skip it.
    const searched = new Set<string>();
    for (const [channel, text, textLike] of layers(bytes, relative, isText, !clearOnly)) {
      if (text === SAME_AS_RAW) continue;
      const key = `${textLike ? 1 : 0}${text}`;
      if (searched.has(key)) continue;
      searched.add(key);
      report(channel, matcher(text, textLike));
    }
  }
  return leaks;
}

/** A layer that reads exactly like the raw text (a text file with nothing of that kind to decode). */
const SAME_AS_RAW = '\u0000same as raw';

/** Every way the file's bytes can be read: [channel, text, whether short names count]. */
function* layers(bytes: Buffer, name: string, isText: boolean, decodeRuns = true): Generator<[string, string, boolean]> {
  const raw = bytes.toString(isText ? 'utf8' : 'latin1');
  yield ['raw', raw, isText];
  if (isText) {
    // A decoding with nothing to decode reads exactly like the raw text, already searched: say so
    // instead of making the same text again (most of a page has no entities, escapes or % signs).
    yield ['html entities', raw.includes('&') ? decodeHTML(raw) : SAME_AS_RAW, true];
    yield [
      'json escapes',
      raw.includes('\\u') ? raw.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : SAME_AS_RAW,
      true,
    ];
    yield ['url', raw.includes('%') || raw.includes('+') ? safeDecodeUri(raw.replace(/\+/g, ' ')) : SAME_AS_RAW, true];
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inflated = tryDecode(() => gunzipSync(bytes));
    if (inflated)
      yield* layers(inflated, name.replace(/\.gz$/, ''), true, decodeRuns).map(
        ([channel, text, textLike]) => [`gzip → ${channel}`, text, textLike] as [string, string, boolean],
      );
  }
  if (name.endsWith('.br')) {
    const inflated = tryDecode(() => brotliDecompressSync(bytes));
    if (inflated)
      yield* layers(inflated, name.slice(0, -3), true, decodeRuns).map(
        ([channel, text, textLike]) => [`brotli → ${channel}`, text, textLike] as [string, string, boolean],
      );
  }
  if (isText && decodeRuns) {
    for (const run of raw.match(BASE64_RUN) ?? []) {
      const decoded = Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
      if (decoded.length === 0) continue;
      if (decoded[0] === 0x1f && decoded[1] === 0x8b) {
        const inflated = tryDecode(() => gunzipSync(decoded));
        if (inflated) yield ['base64 → gzip', inflated.toString('utf8'), true];
      }
      yield ['base64', decoded.toString('utf8'), looksLikeText(decoded)];
    }
  }
}

function compile(strings: readonly PersonalString[]) {
  const long = strings.filter((entry) => !entry.wholeWord);
  const words = strings.filter((entry) => entry.wholeWord);
  // Names match as written (case and all), as whole words: "Will" is a name, "will" is not.
  // Every distinct name, in the order first seen: where two start at the same place, the earlier wins.
  const alternatives = [...new Set(words.map((entry) => entry.text))];
  const byWord = new Map<string, PersonalString[]>();
  for (const entry of words) byWord.set(entry.text, [...(byWord.get(entry.text) ?? []), entry]);
  // One pass over each text finds every string, however many pupils there are (see AnchorIndex).
  const longIndex = new AnchorIndex(long.map((entry) => entry.text));
  const seen = new Uint8Array(long.length);
  const wordIndex = new AnchorIndex(alternatives);
  return (text: string, textLike: boolean): PersonalString[] => {
    const hits: PersonalString[] = [];
    const flat = text.replace(/\s+/g, ' ');
    // Which strings were found, in the order they are listed (visiting only those found: a school
    // has tens of thousands of strings, and this runs for every layer of every file).
    const found: number[] = [];
    longIndex.scan(flat, (position, index) => {
      if (!seen[index] && flat.startsWith(long[index]!.text, position)) {
        seen[index] = 1;
        found.push(index);
      }
      return true;
    });
    found.sort((a, b) => a - b);
    for (const index of found) {
      hits.push(long[index]!);
      seen[index] = 0;
    }
    if (words.length && textLike) {
      // Names are not looked for inside long runs of random base64 (ciphertext, keys): by chance a
      // three-letter name turns up there as a "word" between "-" and "_". The runs are still read
      // after decoding, in the base64 layer.
      const searchable = maskRandomRuns(flat);
      // The same matches, in the same order, as one regular expression of every name would find:
      // the leftmost whole-word match, the first-listed name where several start there, then on
      // from its end.
      let next = 0;
      let best = -1;
      let bestAt = -1;
      const take = () => {
        if (best < 0) return;
        const word = alternatives[best]!;
        hits.push(...(byWord.get(word) ?? []));
        next = bestAt + word.length;
        best = -1;
      };
      wordIndex.scan(searchable, (position, index) => {
        if (position !== bestAt) take();
        if (position < next) return true;
        const word = alternatives[index]!;
        if (
          (best < 0 || index < best) &&
          searchable.startsWith(word, position) &&
          !isWordChar(searchable, position - 1, true) &&
          !isWordChar(searchable, position + word.length, false)
        ) {
          best = index;
          bestAt = position;
        }
        return true;
      });
      take();
    }
    return hits;
  };
}

/** A long run of base64 characters with upper case, lower case and digits: random data, not words. */
function maskRandomRuns(text: string): string {
  return text.replace(/[A-Za-z0-9+/_-]{40,}/g, (run) =>
    /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) ? ' '.repeat(run.length) : run,
  );
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether the character just before (or at) a position is a letter or a digit, reading surrogate pairs whole. */
function isWordChar(text: string, position: number, before: boolean): boolean {
  if (position < 0 || position >= text.length) return false;
  let char = text[position]!;
  const code = text.charCodeAt(position);
  if (before && code >= 0xdc00 && code <= 0xdfff && position > 0) char = text.slice(position - 1, position + 1);
  else if (!before && code >= 0xd800 && code <= 0xdbff) char = text.slice(position, position + 2);
  return WORD_CHAR.test(char);
}

/**
 * Finds where any of many strings may start in a text in one pass: each string is filed under a
 * hash of its first few characters, and a rolling hash of the text's windows of that length is
 * looked up at every position (a bitmap turns most positions away at once). Candidates are reported
 * in order of position, then of string index; the caller confirms each with startsWith.
 */
class AnchorIndex {
  private readonly width: number;
  private readonly buckets = new Map<number, number[]>();
  private readonly seen = new Uint8Array(1 << 20);
  private readonly power: number;

  constructor(patterns: readonly string[]) {
    this.width = Math.max(1, Math.min(12, ...patterns.map((pattern) => pattern.length)));
    patterns.forEach((pattern, index) => {
      const hash = this.hashOf(pattern, 0);
      const bucket = this.buckets.get(hash);
      if (bucket) bucket.push(index);
      else this.buckets.set(hash, [index]);
      const slot = (hash >>> 3) & 0xfffff;
      this.seen[slot] = this.seen[slot]! | (1 << (hash & 7));
    });
    let power = 1;
    for (let i = 1; i < this.width; i++) power = Math.imul(power, BASE);
    this.power = power;
  }

  private hashOf(text: string, from: number): number {
    let hash = 0;
    for (let i = from; i < from + this.width; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    return hash;
  }

  scan(text: string, candidate: (position: number, index: number) => boolean): void {
    if (this.buckets.size === 0 || text.length < this.width) return;
    let hash = this.hashOf(text, 0);
    const last = text.length - this.width;
    for (let position = 0; ; position++) {
      if (this.seen[(hash >>> 3) & 0xfffff]! & (1 << (hash & 7))) {
        const bucket = this.buckets.get(hash);
        if (bucket) for (const index of bucket) if (!candidate(position, index)) return;
      }
      if (position === last) return;
      hash = (Math.imul(hash - Math.imul(text.charCodeAt(position), this.power), BASE) + text.charCodeAt(position + this.width)) | 0;
    }
  }
}
const BASE = 0x01000193;

function looksLikeText(bytes: Buffer): boolean {
  let printable = 0;
  for (const byte of bytes) if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127) || byte >= 0xc2) printable++;
  return printable / bytes.length > 0.9;
}

function safeDecodeUri(text: string): string {
  return text.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function tryDecode(work: () => Buffer): Buffer | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

/** Every file under a folder, as full paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function dedupe(leaks: Leak[]): Leak[] {
  const seen = new Set<string>();
  return leaks.filter((leak) => {
    const key = `${leak.file}|${leak.pupil}|${leak.field}|${leak.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The audit's findings in words, without repeating the personal text itself in full. */
export function formatLeaks(leaks: readonly Leak[]): string {
  const lines = leaks
    .slice(0, 50)
    .map((leak) => `  ${leak.file} (${leak.channel}): ${leak.field}${leak.pupil ? ` of pupil ${leak.pupil}` : ''}`);
  if (leaks.length > 50) lines.push(`  …and ${leaks.length - 50} more.`);
  return `The privacy audit found personal information in ${new Set(leaks.map((leak) => leak.file)).size} published file(s):\n${lines.join('\n')}`;
}
