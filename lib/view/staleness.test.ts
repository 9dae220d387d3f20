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
});
