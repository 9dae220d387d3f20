import { describe, expect, it } from 'vitest';
import { unconfirmedSince } from './staleness';

// John Healey's role as the starter pack had it before the spot-check of December 2026: open,
// last confirmed in September 2025.
const healey = { title: { en: 'Secretary of State for Defence' }, start: '2024-07-05' };

describe('unconfirmed open roles', () => {
  it('names the review date once it is more than six months old', () => {
    expect(unconfirmedSince(healey, '2025-09', new Date('2026-12-07T08:00:00Z'))).toBe('2025-09');
    expect(unconfirmedSince(healey, '2026-06-06', new Date('2026-12-07T08:00:00Z'))).toBe('2026-06-06');
  });

  it('says nothing within six months, for an ended role, or without any date', () => {
    expect(unconfirmedSince(healey, '2026-06-07', new Date('2026-12-07T08:00:00Z'))).toBeUndefined();
    expect(unconfirmedSince(healey, '2026-06', new Date('2026-12-07T08:00:00Z'))).toBeUndefined();
    const ended = { ...healey, end: '2026-06-11' };
    expect(unconfirmedSince(ended, '2025-09', new Date('2026-12-07T08:00:00Z'))).toBeUndefined();
    expect(unconfirmedSince(healey, undefined, new Date('2026-12-07T08:00:00Z'))).toBeUndefined();
  });

  // Issue 17: the office-holders pack has the US Congress with terms ending on 2027-01-03; an end
  // still to come is scheduled, so the role may have changed since the data was taken.
  it('treats an end still to come as scheduled, not seen', () => {
    const term = { title: { en: 'United States representative' }, start: '2025-01-03', end: '2027-01-03' };
    expect(unconfirmedSince(term, '2026-05', new Date('2026-12-07T08:00:00Z'))).toBe('2026-05');
    const past = { ...term, start: '2023-01-03', end: '2025-01-03' };
    expect(unconfirmedSince(past, '2026-05', new Date('2026-12-07T08:00:00Z'))).toBeUndefined();
  });
});
