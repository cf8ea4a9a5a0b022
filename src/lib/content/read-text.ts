/**
 * Reads a content file's text the way the SENCO's editor saved it. A file too large to be a plan is
 * refused before it is read; text that is not UTF-8 (Word and older Windows editors save
 * Windows-1252) is refused with the line it is on and how to save it as UTF-8; UTF-16 ("Unicode" in
 * Notepad) likewise. A UTF-8 byte-order mark, which Notepad adds, is harmless and dropped.
 */
import { readFileSync, statSync } from 'node:fs';

/** The largest text file Waypoint reads: about 70 times the longest sample plan (14 KB). */
export const TEXT_FILE_LIMIT = 1_000_000;

export interface TextProblem {
  line?: number | undefined;
  message: string;
  fix: string;
}

export type ReadText = { text: string; problem?: undefined } | { text?: undefined; problem: TextProblem };

const SAVE_AS_UTF8 =
  'Open the file in your editor and save it with the encoding "UTF-8" (Notepad: File, Save as, Encoding: UTF-8; VS Code: click the encoding at the bottom right, then "Save with Encoding", UTF-8).';

/** A size in words, rounded up so a file over a limit never reads as the limit: 1.3 MB, 340 KB. */
export const sizeInWords = (bytes: number) =>
  bytes >= 1_000_000 ? `${(Math.ceil(bytes / 100_000) / 10).toString()} MB` : `${Math.ceil(bytes / 1000)} KB`;

export function readContentText(file: string): ReadText {
  const size = statSync(file).size;
  if (size > TEXT_FILE_LIMIT) {
    return {
      problem: {
        message: `The file is ${sizeInWords(size)}, more than the ${sizeInWords(TEXT_FILE_LIMIT)} Waypoint reads (a long plan is about 15 KB).`,
        fix: 'Check it is the right file. Keep pictures in their own files beside it, and move old notes out of it.',
      },
    };
  }
  const bytes = readFileSync(file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { line: 1, message: 'The file is saved as UTF-16 ("Unicode" in Notepad), not UTF-8.', fix: SAVE_AS_UTF8 } };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return { problem: notUtf8(bytes) };
  }
}

/** The first line that is not UTF-8, and the character on it as Windows-1252 would show it. */
function notUtf8(bytes: Buffer): TextProblem {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let line = 1; lineStart <= bytes.length; line += 1) {
    const end = bytes.indexOf(0x0a, lineStart);
    const lineBytes = bytes.subarray(lineStart, end === -1 ? bytes.length : end);
    try {
      strict.decode(lineBytes);
    } catch {
      // Windows-1252 has one byte a character, so the byte's place is the character's place.
      const at = Math.max(0, firstBadByte(lineBytes));
      const meant = new TextDecoder('windows-1252').decode(lineBytes);
      const word = /\S*$/.exec(meant.slice(0, at))![0] + /^\S*/.exec(meant.slice(at))![0];
      return {
        line,
        message: `This line has a character that is not saved as UTF-8: "${meant.charAt(at)}" in "${word}". Word and older Windows editors save text this way.`,
        fix: SAVE_AS_UTF8,
      };
    }
    if (end === -1) break;
    lineStart = end + 1;
  }
  return { line: undefined, message: 'The file is not saved as UTF-8.', fix: SAVE_AS_UTF8 };
}

/** Where UTF-8 first goes wrong in some bytes, or -1. */
function firstBadByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return index;
    for (let next = index + 1; next < index + length; next += 1) {
      if (next >= bytes.length || (bytes[next]! & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return -1;
}
