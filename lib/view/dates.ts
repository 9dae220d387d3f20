/**
 * Dates as precise as the record knows them: `2022`, `2022-03`, `2022-03-29`, or a full ISO
 * timestamp (a pack's `published`). Formatted in UTC so a date never shifts by a day with the
 * reader's time zone.
 */
export function formatPartialDate(date: string, locale: string): string {
  const found = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!found) return date;
  const [, year, month, day] = found;
  if (month === undefined) return year as string;
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (Number.isNaN(value.getTime())) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
  }).format(value);
}
