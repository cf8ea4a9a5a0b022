/**
 * Every build writes, inside the keyring folder only, the links the school hands out: links.json
 * and links.csv (each pupil's staff, family and pupil link) and printable letters with QR codes.
 * They hold secrets and names, so they are never written anywhere else, least of all dist/. How a
 * link itself is made is in page-link.ts; the CSV and the letters have their own modules.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_SITE, siteOverride, type Env } from '../config.ts';
import { KEYRING_FILE, type Keyring } from './keyring.ts';
import { familyLetters, pupilCards } from './link-letters.ts';
import { linksCsv } from './links-csv.ts';
import { fullUrl, pageLink } from '../privacy/page-link.ts';
import type { QrCodes } from './qr-codes.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';

export const STAFF_SIGN_IN = '/staff/';

/** Where the site is published: WAYPOINT_SITE, else school.yaml's site, else this computer. */
export function siteAddress(content: SchoolContent, env?: Env): string {
  return (siteOverride(env) || content.school.site || LOCAL_SITE).replace(/\/+$/, '');
}

/** One pupil's links, relative to the site root. */
export interface PupilLinks {
  id: string;
  staff: string;
  family: string;
  pupil: string;
}

export interface LinksFile {
  site: string;
  staffSignIn: string;
  pupils: PupilLinks[];
}

/** A pupil with their links: what the CSV and the letters are made from. */
export interface LinkRow {
  pupil: PupilEntry;
  links: PupilLinks;
}

/** A page's link from the keyring, relative to the site root. */
export function keyringLink(keyring: Keyring, key: string): string {
  const page = keyring.pages[key];
  if (!page) throw new Error(`The keyring has no keys for ${key}: run ensureKeyring before writing links.`);
  return pageLink(page.id, page.secret);
}

export function pupilLinks(keyring: Keyring, pupilId: string): PupilLinks {
  return {
    id: pupilId,
    staff: keyringLink(keyring, `staff:${pupilId}`),
    family: keyringLink(keyring, `family:${pupilId}`),
    pupil: keyringLink(keyring, `pupil:${pupilId}`),
  };
}

export function linksFile(keyring: Keyring, content: SchoolContent, site: string): LinksFile {
  return { site, staffSignIn: STAFF_SIGN_IN, pupils: content.pupils.map((pupil) => pupilLinks(keyring, pupil.id)) };
}

/** The links the letters print as QR codes: each family's and each pupil's, in full. */
export const printedLinks = (keyring: Keyring, content: SchoolContent, site: string): string[] =>
  linksFile(keyring, content, site).pupils.flatMap((links) => [fullUrl(site, links.family), fullUrl(site, links.pupil)]);

/**
 * Writes links.json, links.csv and letters/ into the keyring folder. Refuses any folder that does
 * not hold a keyring, so the links cannot end up in the published site by mistake.
 */
export async function writeLinks(
  folder: string,
  keyring: Keyring,
  content: SchoolContent,
  site: string,
  codes?: QrCodes,
): Promise<string[]> {
  if (!existsSync(path.join(folder, KEYRING_FILE))) {
    throw new Error(`${folder} is not a keyring folder: links and letters are written only beside the keyring.`);
  }
  const links = linksFile(keyring, content, site);
  const rows = content.pupils.map((pupil, index): LinkRow => ({ pupil, links: links.pupils[index]! }));
  const lettersFolder = path.join(folder, 'letters');
  mkdirSync(lettersFolder, { recursive: true, mode: 0o700 });
  const files: [string, string][] = [
    [path.join(folder, 'links.json'), `${JSON.stringify(links, null, 2)}\n`],
    [path.join(folder, 'links.csv'), linksCsv(rows, site)],
    [path.join(lettersFolder, 'family-letters.html'), await familyLetters(rows, site, content, codes)],
    [path.join(lettersFolder, 'pupil-cards.html'), await pupilCards(rows, site, content, codes)],
  ];
  for (const [file, text] of files) writeFileSync(file, text, { mode: 0o600 });
  return files.map(([file]) => file);
}
