import { describe, expect, it } from 'vitest';
import { dayRange, isoDay, monthsBefore, reviewedLongBefore } from './audit-dates';

describe('audit dates', () => {
  it('reads a partial date as the days it can mean', () => {
    expect(dayRange('2024')).toEqual({ first: '2024-01-01', last: '2024-12-31' });
    expect(dayRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayRange('2026-06-11')).toEqual({ first: '2026-06-11', last: '2026-06-11' });
    expect(dayRange('2026-11-28T09:00:00Z')).toEqual({ first: '2026-11-28', last: '2026-11-28' });
  });

  it('counts months back in the calendar, keeping the day within the month', () => {
    expect(monthsBefore('2026-11-28', 6)).toBe('2026-05-28');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });

  // The starter pack was published 2026-11-28; John Healey's open role had last been confirmed in
  // September 2025 and he resigned in June 2026 (spot-check of 2026-12-04).
  it('calls a review stale only when every day it can mean is over six months old', () => {
    expect(reviewedLongBefore('2025-09', '2026-11-28')).toBe(true);
    expect(reviewedLongBefore('2026-05-27', '2026-11-28')).toBe(true);
    expect(reviewedLongBefore('2026-05-28', '2026-11-28')).toBe(false);
    expect(reviewedLongBefore('2026-05', '2026-11-28')).toBe(false);
    expect(reviewedLongBefore('2026', '2026-11-28')).toBe(false);
  });

  it('takes today in UTC', () => {
    expect(isoDay(new Date('2026-12-06T23:30:00-02:00'))).toBe('2026-12-07');
  });
});
