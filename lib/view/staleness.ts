import { isoDay, reviewedLongBefore } from '../pack/audit-dates';
import type { Role } from '../schema/records';

/**
 * The date since which an open role has not been confirmed, when that is more than six months
 * before `today`; else undefined. An open role says "holds this office now", which is only as
 * true as the last check: the starter pack showed John Healey as Defence Secretary months after
 * he resigned (spot-check of December 2026). `asOf` is the record's `reviewed` date, or its
 * pack's date when the record has none — the date the card shows as "as of". `pack audit` holds
 * packs to the same six months before they ship.
 */
export function unconfirmedSince(role: Role, asOf: string | undefined, today: Date): string | undefined {
  if (role.end !== undefined || asOf === undefined) return undefined;
  return reviewedLongBefore(asOf, isoDay(today)) ? asOf : undefined;
}
