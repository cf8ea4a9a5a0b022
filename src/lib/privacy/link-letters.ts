/**
 * The printable letters: one per family with their link and a QR code, and "My plan" cards for
 * pupils. Written beside the keyring by writeLinks; they hold names and secrets.
 */
import QRCode from 'qrcode';
import { fullUrl } from './page-link.ts';
import type { LinkRow } from './links.ts';
import type { SchoolContent } from '../content/school-content.ts';

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

/** The SENCO and office, as the family reads them at the foot of the letter. */
function contactLine(content: SchoolContent): string {
  const { school } = content;
  const senco = content.staff.find((member) => member.id === school.senco);
  const who = senco ? `${escapeHtml(senco.name)}, ${escapeHtml(senco.role)}` : 'the school office';
  const email = school.contact.email ?? senco?.email;
  const hours = school.contact.hours ? ` (${escapeHtml(school.contact.hours)})` : '';
  return (
    `If you have a question, or have lost this letter, contact ${who}, on ${escapeHtml(school.contact.office)}${hours}` +
    (email ? ` or at ${escapeHtml(email)}` : '') +
    '.'
  );
}

/** One A4 letter per family, with the family link printed to type and as a QR code. */
export async function familyLetters(pupils: readonly LinkRow[], site: string, content: SchoolContent): Promise<string> {
  const school = escapeHtml(content.school.name);
  const needsPassphrase = content.school.access.familyPassphrase;
  const letters = await Promise.all(
    pupils.map(async ({ pupil, links }) => {
      const child = escapeHtml(pupil.plan.preferredName ?? pupil.plan.name);
      const url = fullUrl(site, links.family);
      return `<article class="wp-page wp-letter">
<p class="wp-school">${school}</p>
<p>Dear parent or carer of ${child},</p>
<h1>${child}’s support plan is online</h1>
<p>You can read ${child}’s plan, see how they are getting on and find out how you can help at home.</p>
<h2>How to open it</h2>
<ol>
<li>Scan the QR code with your phone’s camera, or type the link below into a web browser.</li>
${needsPassphrase ? '<li>When it asks, type the family passphrase the school gave you separately.</li>\n' : ''}</ol>
${await qrSvg(url, `QR code for ${child}’s plan`)}
<p class="wp-link">${printableLink(url)}</p>
<p>Type it exactly as it is printed, all on one line: capital and small letters matter.</p>
<p>It works on a phone, a tablet or a computer. You do not need an app or an account.</p>
<h2>Keep this letter private</h2>
<p>Treat the link like a PIN: anyone who has it can read ${child}’s plan. Do not share it, post it online or send it by email.</p>
<h2>If you lose it</h2>
<p>Ask the school for a new link. The old one will stop working.</p>
${needsPassphrase ? '<p>If you forget the family passphrase, ask the school for a new one.</p>\n' : ''}<p class="wp-contact">${contactLine(content)}</p>
</article>`;
    }),
  );
  return htmlPage(`${content.school.name}: letters to families`, LETTER_CSS, letters.join('\n'));
}

export const CARDS_PER_PAGE = 6;

/** "My plan" cards with the pupil link as a QR code, six to an A4 sheet. */
export async function pupilCards(pupils: readonly LinkRow[], site: string, content: SchoolContent): Promise<string> {
  const cards = await Promise.all(
    pupils.map(async ({ pupil, links }) => {
      const name = escapeHtml(pupil.plan.preferredName ?? pupil.plan.name);
      return `<div class="wp-card">
<h2>My plan</h2>
<p class="wp-name">${name}</p>
${await qrSvg(fullUrl(site, links.pupil), `QR code for ${name}’s plan`)}
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
