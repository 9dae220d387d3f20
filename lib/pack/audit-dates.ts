/**
 * Dates for staleness: records carry partial dates (`2026`, `2026-05`, `2026-05-14`); a check
 * that raises an alarm must hold for every day such a date can mean, so it compares ranges of
 * ISO days (`YYYY-MM-DD`, which sort as text).
 */

/** After this long without a review, an open role may no longer be true (issue 14). */
export const STALE_AFTER_MONTHS = 6;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a partial date (or an ISO date-time) can mean: `2024-02` → 2024-02-01 … 2024-02-29. */
export function dayRange(date: string): { first: string; last: string } {
  const [, year = '', month, day] = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) ?? [];
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (day === undefined) {
    const last = daysInMonth(Number(year), Number(month));
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${pad(last)}` };
  }
  return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
}

/** The day `months` calendar months before `day`, kept within the month: 31 August → 28 February. */
export function monthsBefore(day: string, months: number): string {
  const { first } = dayRange(day);
  const [year, month, date] = first.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return `${pad(toYear, 4)}-${pad(toMonth)}-${pad(Math.min(date, daysInMonth(toYear, toMonth)))}`;
}

/**
 * True when `reviewed` lies more than six months before `asOf` (an ISO date or date-time) on
 * every day it can mean: a record "reviewed 2026-05" is not stale on 2026-11-20, since the
 * review may have been on 31 May.
 */
export function reviewedLongBefore(reviewed: string, asOf: string): boolean {
  return dayRange(reviewed).last < monthsBefore(asOf, STALE_AFTER_MONTHS);
}

/** Today in UTC as an ISO day: dates in packs carry no time zone. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
