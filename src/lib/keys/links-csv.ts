/** links.csv: the links file as a spreadsheet, written beside the keyring by writeLinks. */
import { fullUrl } from '../privacy/page-link.ts';
import type { LinkRow } from './links.ts';

/** A CSV cell, quoted, and kept from being read as a spreadsheet formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** links.csv: every pupil's name, class and three links, in full, for a spreadsheet. */
export function linksCsv(pupils: readonly LinkRow[], site: string): string {
  const rows = [['pupil id', 'name', 'class', 'staff link', 'family link', 'pupil link']];
  for (const { pupil, links } of pupils) {
    rows.push([
      pupil.id,
      pupil.plan.name,
      pupil.plan.className,
      fullUrl(site, links.staff),
      fullUrl(site, links.family),
      fullUrl(site, links.pupil),
    ]);
  }
  // The byte-order mark tells Excel the names are UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
