/** Dates as people say them, and what "today" is for a build. */
import { todayOverride, type Env } from './config.ts';

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** 2026-12-11 → "11 December 2026". */
export const longDate = (iso: string) => LONG.format(utc(iso));
/** 2026-12-11 → "11 Dec 2026". */
export const shortDate = (iso: string) => SHORT.format(utc(iso));
/** 2026-12-11 → "Friday 11 December 2026". */
export const dayDate = (iso: string) => WEEKDAY.format(utc(iso));

/** Today as year-month-day. WAYPOINT_TODAY fixes it, so tests and screenshots do not drift. */
export function today(env?: Env): string {
  return todayOverride(env) ?? new Date().toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);

/** Age in whole years on a given day. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
