/**
 * What npm run keys did, gathered as it happens and printed once at the end: plain sentences for a
 * person, or (with --json) only JSON for a script. New passphrases appear here once and nowhere else.
 */
import { closest, distance } from 'fastest-levenshtein';
import { KeyringError } from '../../src/lib/keys/keyring.ts';

export interface KeysReport {
  /** New staff passphrases, each shown once. */
  staff: { id: string; passphrase: string }[];
  /** New family passphrases (the school's family-passphrase policy), each shown once. */
  families: { pupil: string; passphrase: string }[];
  /** New links, relative to the site root. */
  rotated: { pupil: string; view: 'family' | 'pupil'; link: string }[];
  /** True when npm run keys -- rotate made a new staff key. */
  staffKeyReplaced?: boolean;
  created: { pages: number };
  removed?: { staff: string[] };
  backup?: { file: string; passphrase?: string };
  restored?: { file: string; previous?: string };
}

export class Output {
  readonly report: KeysReport = { staff: [], families: [], rotated: [], created: { pages: 0 } };
  readonly #lines: string[] = [];
  readonly #json: boolean;

  constructor(json: boolean) {
    this.#json = json;
  }

  /** A sentence for a person; left out of --json output. */
  say(...lines: string[]): void {
    this.#lines.push(...lines);
  }

  /** A secret shown once, on its own line, easy to copy. */
  secret(heading: string, passphrase: string): void {
    this.#lines.push(heading, '', `    ${passphrase}`, '');
  }

  print(): void {
    if (this.#json) console.log(JSON.stringify(this.report, null, 2));
    else if (this.#lines.length > 0) console.log(this.#lines.join('\n'));
  }

  /** Prints an error as the person running the command needs it: no stack trace. */
  fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const known = error instanceof KeyringError;
    const text = known ? message : `Something went wrong that Waypoint did not expect: ${message}`;
    if (this.#json) console.log(JSON.stringify({ error: text }, null, 2));
    else console.error(text);
    process.exitCode = 1;
  }
}

/** The id someone probably meant, if one is close enough to suggest. */
export function didYouMean(id: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const near = closest(id, [...known]);
  return distance(id, near) <= Math.max(2, Math.floor(id.length / 3)) ? ` Did you mean "${near}"?` : '';
}
