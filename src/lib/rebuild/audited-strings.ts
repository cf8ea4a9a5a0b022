/**
 * What the last audit looked for, kept in the rebuild cache without the strings themselves: each
 * string as an HMAC under the keyring's content secret (a name's plain hash could be guessed from a
 * list of names). A file copied from the last build passed its audit, so it is audited again only
 * for the strings that are new since: if any of those is in it, that search finds it.
 */
import { createHmac } from 'node:crypto';
import type { PersonalString } from '../privacy/personal-strings.ts';

export function stringHashes(strings: readonly PersonalString[], secret: string): string[] {
  return strings.map((entry) =>
    createHmac('sha256', secret)
      .update(`${entry.wholeWord ? 1 : 0}${entry.text}`)
      .digest('hex')
      .slice(0, 32),
  );
}

/** The strings a file that passed an earlier audit (of `audited`) still needs to be searched for. */
export function stringsSince(
  strings: readonly PersonalString[],
  hashes: readonly string[],
  audited: ReadonlySet<string>,
): PersonalString[] {
  return strings.filter((_, index) => !audited.has(hashes[index]!));
}
