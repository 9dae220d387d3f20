import { dayRange, isoDay, reviewedLongBefore } from '../pack/audit-dates';
import type { Role } from '../schema/records';

/**
 * The date since which an open role has not been confirmed, when that is more than six months
 * before `today`; else undefined. An open role says "holds this office now", which is only as
 * true as the last check: the starter pack showed John Healey as Defence Secretary months after
 * he resigned (spot-check of December 2026). `asOf` is the record's `reviewed` date, or its
 * pack's date when the record has none — the date the card shows as "as of". A role whose end is
 * still to come counts as open. `pack audit` holds packs to the same six months before they ship.
 */
export function unconfirmedSince(role: Role, asOf: string | undefined, today: Date): string | undefined {
  if (asOf === undefined) return undefined;
  // An end still to come is a term's scheduled end, not one seen: the US Congress in the
  // office-holders pack ends its terms on 2027-01-03 (issue 17), and a member may leave before.
  if (role.end !== undefined && dayRange(role.end).last < isoDay(today)) return undefined;
  return reviewedLongBefore(asOf, isoDay(today)) ? asOf : undefined;
}
