/**
 * Every build writes, inside the keyring folder only, the links the school hands out: links.json
 * and links.csv (each pupil's staff, family and pupil link) and printable letters with QR codes.
 * They hold secrets and names, so they are never written anywhere else, least of all dist/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { siteOverride } from '../config.ts';
import { KEYRING_FILE, type Keyring } from './keyring.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';
import { letterText, type LetterText } from '../plan/letter-words.ts';

export const LOCAL_SITE = 'http://localhost:4321';
export const STAFF_SIGN_IN = '/staff/';

/** Where the site is published: WAYPOINT_SITE, else school.yaml's site, else this computer. */
export function siteAddress(content: SchoolContent, env: Record<string, string | undefined> = process.env): string {
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

/** A page's link relative to the site root: /v/<id>/, with #<secret> for family and pupil pages. */
export function pageLink(keyring: Keyring, key: string): string {
  const page = keyring.pages[key];
  if (!page) throw new Error(`The keyring has no keys for ${key}: run ensureKeyring before writing links.`);
  return `/v/${page.id}/${page.secret ? `#${page.secret}` : ''}`;
}

export function pupilLinks(keyring: Keyring, pupilId: string): PupilLinks {
  return {
    id: pupilId,
    staff: pageLink(keyring, `staff:${pupilId}`),
    family: pageLink(keyring, `family:${pupilId}`),
    pupil: pageLink(keyring, `pupil:${pupilId}`),
  };
}

/** A link relative to the site root made whole, keeping any path the site lives under. */
export const fullUrl = (site: string, link: string) => `${site.replace(/\/+$/, '')}${link}`;

export function linksFile(keyring: Keyring, content: SchoolContent, site: string): LinksFile {
  return { site, staffSignIn: STAFF_SIGN_IN, pupils: content.pupils.map((pupil) => pupilLinks(keyring, pupil.id)) };
}

/**
 * Writes links.json, links.csv and letters/ into the keyring folder. Refuses any folder that does
 * not hold a keyring, so the links cannot end up in the published site by mistake.
 */
export async function writeLinks(folder: string, keyring: Keyring, content: SchoolContent, site: string): Promise<string[]> {
  if (!existsSync(path.join(folder, KEYRING_FILE))) {
    throw new Error(`${folder} is not a keyring folder: links and letters are written only beside the keyring.`);
  }
  const links = linksFile(keyring, content, site);
  const lettersFolder = path.join(folder, 'letters');
  mkdirSync(lettersFolder, { recursive: true, mode: 0o700 });
  const files: [string, string][] = [
    [path.join(folder, 'links.json'), `${JSON.stringify(links, null, 2)}\n`],
    [path.join(folder, 'links.csv'), linksCsv(links, content)],
    [path.join(lettersFolder, 'family-letters.html'), await familyLetters(links, content)],
    [path.join(lettersFolder, 'pupil-cards.html'), await pupilCards(links, content)],
  ];
  for (const [file, text] of files) writeFileSync(file, text, { mode: 0o600 });
  return files.map(([file]) => file);
}

/** A CSV cell, quoted, and kept from being read as a spreadsheet formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function linksCsv(links: LinksFile, content: SchoolContent): string {
  const rows = [['pupil id', 'name', 'class', 'staff link', 'family link', 'pupil link']];
  for (const pupilLinks of links.pupils) {
    const pupil = pupilById(content, pupilLinks.id);
    rows.push([
      pupil.id,
      pupil.plan.name,
      pupil.plan.className,
      fullUrl(links.site, pupilLinks.staff),
      fullUrl(links.site, pupilLinks.family),
      fullUrl(links.site, pupilLinks.pupil),
    ]);
  }
  // The byte-order mark tells Excel the names are UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const pupilById = (content: SchoolContent, id: string): PupilEntry => {
  const pupil = content.pupils.find((entry) => entry.id === id);
  if (!pupil) throw new Error(`No pupil ${id} in the content.`);
  return pupil;
};

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A QR code as inline SVG, sized by CSS, described for anyone reading the file with a screen reader. */
async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return svg.replace('<svg ', `<svg class="wp-qr" role="img" aria-label="${escapeHtml(label)}" `);
}

/**
 * A link printed so it can be typed: each piece is kept whole (a line break after a "-" in the
 * secret would look like hyphenation), with breaks allowed only after a slash, after the # and
 * between eight-character pieces of the secret.
 */
function printableLink(url: string): string {
  const hash = url.indexOf('#');
  const address = hash === -1 ? url : url.slice(0, hash);
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/?/i.exec(address)?.[0] ?? '';
  const pieces = [origin, ...address.slice(origin.length).split(/(?<=\/)/)].filter(Boolean);
  if (hash !== -1) pieces.push('#', ...(url.slice(hash + 1).match(/.{1,8}/g) ?? []));
  return pieces.map((piece) => `<span>${escapeHtml(piece)}</span>`).join('<wbr>');
}

const PRINT_CSS = `
@page { size: A4; margin: 18mm 18mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Atkinson Hyperlegible", Verdana, Arial, sans-serif; font-size: 12pt; line-height: 1.45; color: #0b0c0c; }
.wp-page { break-after: page; page-break-after: always; }
.wp-page:last-child { break-after: auto; page-break-after: auto; }
.wp-link { font-family: "DejaVu Sans Mono", Consolas, "Courier New", monospace; font-variant-numeric: slashed-zero;
  font-size: 15pt; line-height: 1.5; overflow-wrap: normal; word-break: normal; hyphens: none; letter-spacing: 0.02em;
  border: 1.5pt solid #0b0c0c; padding: 3mm 4mm; margin: 2mm 0 4mm; }
.wp-link span { white-space: nowrap; }
.wp-qr { display: block; }
@media screen { body { background: #f3f2f1; } .wp-page { background: #fff; max-width: 210mm; margin: 8mm auto; padding: 18mm; } }
`;

const LETTER_CSS = `
.wp-school { font-size: 15pt; font-weight: bold; margin: 0 0 8mm; }
.wp-letter h1 { font-size: 17pt; margin: 0 0 4mm; }
.wp-letter h2 { font-size: 13pt; margin: 5mm 0 1mm; }
.wp-letter p, .wp-letter ol { margin: 0 0 2.5mm; }
.wp-letter .wp-qr { width: 48mm; height: 48mm; margin: 2mm 0; }
.wp-contact { border-top: 1pt solid #0b0c0c; padding-top: 3mm; margin-top: 6mm; }
.wp-not-ready { max-width: 210mm; margin: 8mm auto; padding: 4mm 6mm; border: 3pt solid #a4262c; font-weight: bold; }
`;

const CARD_CSS = `
.wp-sheet { display: grid; grid-template-columns: 1fr 1fr; grid-auto-rows: 84mm; gap: 5mm; }
@media screen { .wp-sheet { max-width: 210mm; } }
.wp-card { border: 1.5pt dashed #505a5f; border-radius: 6mm; padding: 5mm; text-align: center; display: flex;
  flex-direction: column; align-items: center; justify-content: center; break-inside: avoid; }
.wp-card h2 { font-size: 26pt; margin: 0; }
.wp-card .wp-name { font-size: 17pt; font-weight: bold; margin: 0 0 2mm; }
.wp-card .wp-qr { width: 42mm; height: 42mm; }
.wp-card .wp-hint { font-size: 11pt; margin: 2mm 0 0; }
`;

function htmlPage(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PRINT_CSS}${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The SENCO and office, as the family reads them at the foot of the letter, in its language. */
function contactLine(content: SchoolContent, words: LetterText): string {
  const { school } = content;
  const senco = content.staff.find((member) => member.id === school.senco);
  const inLanguage = (english: string) => {
    const { text, lang } = words.text(english);
    return lang === words.lang ? escapeHtml(text) : `<span lang="${lang}" dir="ltr">${escapeHtml(text)}</span>`;
  };
  const office = escapeHtml(words.say('office', { office: '\u0000' })).replace('\u0000', `<bdi>${escapeHtml(school.contact.office)}</bdi>`);
  const email = school.contact.email ?? senco?.email;
  return [
    escapeHtml(words.say('contact')),
    senco ? ` <bdi>${escapeHtml(senco.name)}</bdi>, ${inLanguage(senco.roleFamily ?? senco.role)} ·` : '',
    ` ${office}`,
    school.contact.hours ? ` (${inLanguage(school.contact.hours)})` : '',
    email ? ` · <bdi>${escapeHtml(email)}</bdi>` : '',
  ].join('');
}

/** Shown above the letters when the site's address is not set: a letter pointing at this computer reaches no one. */
function notReady(site: string): string {
  return `<p class="wp-not-ready" lang="en-GB">These letters are not ready to print: their links point at ${escapeHtml(site)}, this computer, which families cannot reach. To fix it: set site: in school.yaml to the address the site is published at (or set WAYPOINT_SITE), then build again.</p>\n`;
}

export async function familyLetters(links: LinksFile, content: SchoolContent): Promise<string> {
  const school = escapeHtml(content.school.name);
  const needsPassphrase = content.school.access.familyPassphrase;
  const letters = await Promise.all(
    links.pupils.map(async (pupilLinks) => {
      const pupil = pupilById(content, pupilLinks.id);
      const words = letterText(pupil, content);
      const say = (key: Parameters<LetterText['say']>[0]) => escapeHtml(words.say(key));
      const url = fullUrl(links.site, pupilLinks.family);
      return `<article class="wp-page wp-letter" lang="${words.lang}" dir="${words.dir}">
<p class="wp-school" lang="en-GB" dir="ltr">${school}</p>
<p>${say('dear')}</p>
<h1>${say('title')}</h1>
<p>${say('intro')}</p>
<h2>${say('how')}</h2>
<ol>
<li>${say('scan')}</li>
${needsPassphrase ? `<li>${say('passphrase')}</li>\n` : ''}</ol>
${await qrSvg(url, words.say('qr'))}
<p class="wp-link" dir="ltr">${printableLink(url)}</p>
<p>${say('exact')}</p>
<p>${say('devices')}</p>
<h2>${say('private')}</h2>
<p>${say('pin')}</p>
<h2>${say('lose')}</h2>
<p>${say('newLink')}</p>
${needsPassphrase ? `<p>${say('forgot')}</p>\n` : ''}<p class="wp-contact">${contactLine(content, words)}</p>
</article>`;
    }),
  );
  const warning = links.site === LOCAL_SITE ? notReady(links.site) : '';
  return htmlPage(`${content.school.name}: letters to families`, LETTER_CSS, `${warning}${letters.join('\n')}`);
}

export const CARDS_PER_PAGE = 6;

export async function pupilCards(links: LinksFile, content: SchoolContent): Promise<string> {
  const cards = await Promise.all(
    links.pupils.map(async (pupilLinks) => {
      const pupil = pupilById(content, pupilLinks.id);
      const name = escapeHtml(pupil.plan.preferredName ?? pupil.plan.name);
      return `<div class="wp-card">
<h2>My plan</h2>
<p class="wp-name">${name}</p>
${await qrSvg(fullUrl(links.site, pupilLinks.pupil), `QR code for ${name}’s plan`)}
<p class="wp-hint">Scan me with a tablet or phone to see my plan.</p>
</div>`;
    }),
  );
  const sheets: string[] = [];
  for (let start = 0; start < cards.length; start += CARDS_PER_PAGE) {
    sheets.push(`<section class="wp-page wp-sheet">\n${cards.slice(start, start + CARDS_PER_PAGE).join('\n')}\n</section>`);
  }
  return htmlPage(`${content.school.name}: My plan cards`, CARD_CSS, sheets.join('\n'));
}
