/**
 * The leak audit: scans every published file for every personal string of every pupil — in the raw
 * bytes, after gzip and brotli decoding, after base64 and URL decoding, with HTML entities decoded,
 * and in file names. One hit fails the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
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
  const matcher = compile(strings);
  const leaks: Leak[] = [];
  for (const file of listFiles(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    const report = (channel: string, found: PersonalString[]) =>
      found.forEach((hit) => leaks.push({ file: relative, channel, pupil: hit.pupil, field: hit.field, text: hit.text }));
    report('file name', matcher(safeDecodeUri(relative), true));
    const bytes = readFileSync(file);
    const isText = TEXT_FILE.test(relative);
    for (const [channel, text, textLike] of layers(bytes, relative, isText)) report(channel, matcher(text, textLike));
  }
  return dedupe(leaks);
}

/** Every way the file's bytes can be read: [channel, text, whether short names count]. */
function* layers(bytes: Buffer, name: string, isText: boolean): Generator<[string, string, boolean]> {
  const raw = bytes.toString(isText ? 'utf8' : 'latin1');
  yield ['raw', raw, isText];
  if (isText) {
    yield ['html entities', decodeHTML(raw), true];
    yield ['json escapes', raw.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), true];
    yield ['url', safeDecodeUri(raw.replace(/\+/g, ' ')), true];
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inflated = tryDecode(() => gunzipSync(bytes));
    if (inflated) yield* layers(inflated, name.replace(/\.gz$/, ''), true).map(([channel, text, textLike]) => [`gzip → ${channel}`, text, textLike] as [string, string, boolean]);
  }
  if (name.endsWith('.br')) {
    const inflated = tryDecode(() => brotliDecompressSync(bytes));
    if (inflated) yield* layers(inflated, name.slice(0, -3), true).map(([channel, text, textLike]) => [`brotli → ${channel}`, text, textLike] as [string, string, boolean]);
  }
  if (isText) {
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
  const alternatives = [...new Set(words.map((entry) => escape(entry.text)))].join('|');
  const pattern = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const byWord = new Map<string, PersonalString[]>();
  for (const entry of words) byWord.set(entry.text, [...(byWord.get(entry.text) ?? []), entry]);
  return (text: string, textLike: boolean): PersonalString[] => {
    const hits: PersonalString[] = [];
    const flat = text.replace(/\s+/g, ' ');
    for (const entry of long) if (flat.includes(entry.text)) hits.push(entry);
    if (pattern && textLike) for (const match of flat.matchAll(pattern)) hits.push(...(byWord.get(match[0]) ?? []));
    return hits;
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

function listFiles(dir: string): string[] {
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
  const lines = leaks.slice(0, 50).map((leak) => `  ${leak.file} (${leak.channel}): ${leak.field} of pupil ${leak.pupil}`);
  if (leaks.length > 50) lines.push(`  …and ${leaks.length - 50} more.`);
  return `The privacy audit found personal information in ${new Set(leaks.map((leak) => leak.file)).size} published file(s):\n${lines.join('\n')}`;
}
