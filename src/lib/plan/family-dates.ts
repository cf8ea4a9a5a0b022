/**
 * A date in the family view, in one of its interface languages: written at build time
 * (FamilyDate.astro, in Node) and again in the browser when the reader changes language
 * (src/client/family-page.ts), so both must say it the same way.
 *
 * Digits are always 0–9 (the `-u-nu-latn` extension): the phone number, the targets and the plan's
 * own wording use them, and engines disagree about Arabic's default digits (WebKitGTK's ICU writes
 * Arabic dates in Arabic-Indic digits where Node, Chromium and Firefox write 0–9).
 */
export function familyDate(iso: string, lang: string, weekday = false): string {
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    ...(weekday ? { weekday: 'long' } : {}),
  }).format(new Date(`${iso}T00:00:00Z`));
}
