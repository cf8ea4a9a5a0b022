/**
 * The checker's plain-language findings, kept between builds in the private cache
 * (cacheFolder()/rebuild/check.json, 0600): reading a text for families or pupils is most of the
 * check's time, and its findings depend only on the text, its audience, the glossary and the code.
 * A file from other code is ignored; only the texts the last check read are kept, so a pupil who has
 * left leaves none behind. Written beside, then renamed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writePrivateFile } from '../privacy/private-file.ts';
import path from 'node:path';
import { rememberFindings, takeRememberedFindings, type RememberedFindings } from '../quality/plain-language.ts';

const checkFile = (cache: string) => path.join(cache, 'check.json');

interface CheckCache {
  code: string;
  findings: RememberedFindings;
}

/** Hands the checker what the last build of this code found; ignores a missing or unreadable file. */
export function recallCheck(cache: string, code: string): void {
  try {
    if (!existsSync(checkFile(cache))) return;
    const parsed = JSON.parse(readFileSync(checkFile(cache), 'utf8')) as Partial<CheckCache>;
    if (parsed.code === code && Array.isArray(parsed.findings)) rememberFindings(parsed.findings);
  } catch {
    // A damaged cache is a slower check, never a wrong one.
  }
}

/** Keeps the findings of every text this check read, for the next build. */
export function keepCheck(cache: string, code: string): void {
  writePrivateFile(checkFile(cache), JSON.stringify({ code, findings: takeRememberedFindings() } satisfies CheckCache));
}
