/**
 * The printable letters: one per family with their link and a QR code, and "My plan" cards for
 * pupils. Written beside the keyring by writeLinks; they hold names and secrets.
 */
import { fullUrl } from '../privacy/page-link.ts';
import { LOCAL_SITE } from '../config.ts';
import type { LinkRow } from './links.ts';
import type { SchoolContent } from '../content/school-content.ts';
import { letterText, type LetterText } from '../plan/letter-words.ts';
import { qrCode, type QrCodes } from './qr-codes.ts';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * A QR code as inline SVG, sized by CSS, described for anyone reading the file with a screen reader:
 * from the codes the build drew already, else drawn here.
 */
async function qrSvg(url: string, label: string, codes: QrCodes | undefined): Promise<string> {
  const svg = codes?.get(url) ?? (await qrCode(url));
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

/** One A4 letter per family, in the family's language, with the family link printed to type and as a QR code. */
export async function familyLetters(pupils: readonly LinkRow[], site: string, content: SchoolContent, codes?: QrCodes): Promise<string> {
  const school = escapeHtml(content.school.name);
  const needsPassphrase = content.school.access.familyPassphrase;
  const letters = await Promise.all(
    pupils.map(async ({ pupil, links }) => {
      const words = letterText(pupil, content);
      const say = (key: Parameters<LetterText['say']>[0]) => escapeHtml(words.say(key));
      const url = fullUrl(site, links.family);
      return `<article class="wp-page wp-letter" lang="${words.lang}" dir="${words.dir}">
<p class="wp-school" lang="en-GB" dir="ltr">${school}</p>
<p>${say('dear')}</p>
<h1>${say('title')}</h1>
<p>${say('intro')}</p>
<h2>${say('how')}</h2>
<ol>
<li>${say('scan')}</li>
${needsPassphrase ? `<li>${say('passphrase')}</li>\n` : ''}</ol>
${await qrSvg(url, words.say('qr'), codes)}
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
  const warning = site === LOCAL_SITE ? notReady(site) : '';
  return htmlPage(`${content.school.name}: letters to families`, LETTER_CSS, `${warning}${letters.join('\n')}`);
}

export const CARDS_PER_PAGE = 6;

/** "My plan" cards with the pupil link as a QR code, six to an A4 sheet. */
export async function pupilCards(pupils: readonly LinkRow[], site: string, content: SchoolContent, codes?: QrCodes): Promise<string> {
  const cards = await Promise.all(
    pupils.map(async ({ pupil, links }) => {
      const name = escapeHtml(pupil.plan.preferredName ?? pupil.plan.name);
      return `<div class="wp-card">
<h2>My plan</h2>
<p class="wp-name">${name}</p>
${await qrSvg(fullUrl(site, links.pupil), `QR code for ${name}’s plan`, codes)}
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
