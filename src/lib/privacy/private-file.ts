/**
 * Writing a private working file (the keyring, caches): its folder readable by its owner only
 * (0700), the file too (0600), written beside and then renamed, so a build or a command stopped
 * half-way never leaves half a file. The temporary name carries the process and thread, so two
 * workers writing the same file never share one.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

export function writePrivateFile(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temporary, data, { mode: 0o600 });
  renameSync(temporary, file);
}
