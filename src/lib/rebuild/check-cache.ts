/**
 * The checker's cache, kept between builds in the private cache (cacheFolder()/rebuild, 0600): the
 * plain-language findings of each text (check.json), and what reading each content file found
 * (reading.bin: content/read-memo.ts). Reading texts for families and pupils, and parsing every
 * file's YAML and free text, is most of the check's time, and each depends only on what was read,
 * the glossary and the code. A file from other code is ignored, and reading.bin carries the SHA-256
 * of its contents, so a damaged one is ignored too: a slower check, never a wrong one. Only what the
 * last check read is kept, so a pupil who has left leaves nothing behind. Written beside, then renamed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rememberFiles, takeRememberedFiles } from '../content/read-memo.ts';
import { writePrivateFile } from '../privacy/private-file.ts';
import { rememberFindings, takeRememberedFindings, type RememberedFindings } from '../quality/plain-language.ts';

const checkFile = (cache: string) => path.join(cache, 'check.json');
const readingFile = (cache: string) => path.join(cache, 'reading.bin');
const DIGEST_BYTES = 32;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

interface CheckCache {
  code: string;
  findings: RememberedFindings;
}

/** What reading.bin's header says: the code, and each entry's key and length, in the order they follow. */
interface ReadingHeader {
  code: string;
  entries: [key: string, length: number][];
}

/** Hands the checker what the last build of this code found; ignores a missing, unreadable or damaged file. */
export function recallCheck(cache: string, code: string): void {
  try {
    if (existsSync(checkFile(cache))) {
      const parsed = JSON.parse(readFileSync(checkFile(cache), 'utf8')) as Partial<CheckCache>;
      if (parsed.code === code && Array.isArray(parsed.findings)) rememberFindings(parsed.findings);
    }
  } catch {
    // A damaged cache is a slower check, never a wrong one.
  }
  const readings = recallReadings(cache, code);
  if (readings) rememberFiles(readings);
}

/** What reading.bin holds, if it is this code's and intact; otherwise undefined. */
export function recallReadings(cache: string, code: string): Map<string, Uint8Array> | undefined {
  try {
    if (!existsSync(readingFile(cache))) return undefined;
    const bytes = readFileSync(readingFile(cache));
    const rest = bytes.subarray(DIGEST_BYTES);
    if (bytes.length < DIGEST_BYTES + 4 || !sha256(rest).equals(bytes.subarray(0, DIGEST_BYTES))) return undefined;
    const headerLength = rest.readUInt32BE(0);
    const header = JSON.parse(rest.subarray(4, 4 + headerLength).toString('utf8')) as Partial<ReadingHeader>;
    if (header.code !== code || !Array.isArray(header.entries)) return undefined;
    const readings = new Map<string, Uint8Array>();
    let at = 4 + headerLength;
    for (const [key, length] of header.entries) {
      readings.set(key, rest.subarray(at, at + length));
      at += length;
    }
    return at === rest.length ? readings : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the findings of every text, and the reading of every file, this check read, for the next build. */
export function keepCheck(cache: string, code: string): void {
  writePrivateFile(checkFile(cache), JSON.stringify({ code, findings: takeRememberedFindings() } satisfies CheckCache));
  const readings = [...takeRememberedFiles()];
  const header = Buffer.from(JSON.stringify({ code, entries: readings.map(([key, kept]) => [key, kept.length]) } satisfies ReadingHeader));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const rest = Buffer.concat([length, header, ...readings.map(([, kept]) => kept)]);
  writePrivateFile(readingFile(cache), Buffer.concat([sha256(rest), rest]));
}
