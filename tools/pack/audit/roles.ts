import { dayRange, reviewedLongBefore, STALE_AFTER_MONTHS } from '../../../lib/pack/audit-dates';
import type { EntityRecord, Role } from '../../../lib/schema/records';
import { type AuditContext, type AuditRecord, type Finding, finding, pointer } from './finding';

type EntityAt = AuditRecord & { record: EntityRecord };

function entities(context: AuditContext): EntityAt[] {
  return context.records.filter((at): at is EntityAt => at.record.kind === 'entity');
}

/**
 * An open role says "holds this office today". The spot-check of December 2026 found Defence
 * Secretary John Healey still open half a year after his resignation: an open role is only as
 * good as the last time someone checked it, so it must have been checked within six months of
 * the pack's date.
 */
export function staleOpenRoles(context: AuditContext): Finding[] {
  return entities(context).flatMap((at) =>
    at.record.roles.flatMap((role, index) => {
      if (role.end !== undefined) return [];
      const { reviewed } = at.record;
      if (reviewed === undefined) {
        const reason = 'open role (no end) on a record with no reviewed date: check it and set reviewed';
        return [finding('error', at, `roles[${index}].end`, reason)];
      }
      if (!reviewedLongBefore(reviewed, context.packDate)) return [];
      const reason =
        `open role (no end) on a record reviewed ${reviewed}, more than ${STALE_AFTER_MONTHS} months ` +
        `before the pack's date ${context.packDate}: confirm it is still held (and set reviewed) or give its end`;
      return [finding('error', at, `roles[${index}].end`, reason)];
    }),
  );
}

/** Titles compared across records: case, spacing and punctuation are how a title is written, not which office it is. */
export function normalTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

interface Held {
  at: EntityAt;
  index: number;
  role: Role;
}

/**
 * First words of titles that name one of several seats, not an office with one holder: the
 * starter pack has Yuri Ushakov, Vladimir Medinsky and Nikolai Patrushev, all "Aide to the
 * President of Russia" at once, as they are. Per language, normalised like titles.
 */
const SEAT_WORDS = new Set([
  // en
  'aide',
  'adviser',
  'advisor',
  'assistant',
  'deputy',
  'member',
  'senator',
  'judge',
  'representative',
  // de
  'mitglied',
  'abgeordneter',
  'abgeordnete',
  'berater',
  'beraterin',
  'stellvertretender',
  'stellvertretende',
  'referent',
  'richter',
  'richterin',
  // fr
  'membre',
  'député',
  'députée',
  'conseiller',
  'conseillère',
  'adjoint',
  'adjointe',
  'sénateur',
  'sénatrice',
  'juge',
  // uk (член and депутат are Russian too)
  'член',
  'депутат',
  'депутатка',
  'заступник',
  'заступниця',
  'помічник',
  'помічниця',
  'радник',
  'радниця',
  'суддя',
  // ru
  'заместитель',
  'помощник',
  'помощница',
  'советник',
  'советница',
  'судья',
]);

function isSeat(role: Role): boolean {
  return Object.values(role.title).some((title) => SEAT_WORDS.has(normalTitle(title).split(' ')[0] ?? ''));
}

/** Two roles are the same office when some language gives both the same title and their organisations do not differ. */
function sameOffice(a: Role, b: Role): boolean {
  if (isSeat(a) || isSeat(b)) return false;
  if (a.organization !== undefined && b.organization !== undefined && a.organization !== b.organization) {
    return false;
  }
  return Object.entries(a.title).some(
    ([lang, title]) => b.title[lang] !== undefined && normalTitle(b.title[lang]) === normalTitle(title),
  );
}

/**
 * Overlap that holds however the partial dates are read: each starts (at its latest) before the
 * other ends (at its earliest). A handover on one day ("until 11 June", "from 11 June") is no
 * overlap. Two open roles overlap whatever their starts: both claim the office today.
 */
function overlap(a: Role, b: Role): boolean {
  if (a.end === undefined && b.end === undefined) return true;
  if (a.start === undefined || b.start === undefined) return false;
  const endOf = (role: Role) => (role.end === undefined ? '9999-12-31' : dayRange(role.end).first);
  return dayRange(a.start).last < endOf(b) && dayRange(b.start).last < endOf(a);
}

function span(role: Role): string {
  return `${role.start ?? '?'} – ${role.end ?? 'open'}`;
}

/**
 * One office, two holders at once: one of the two roles is out of date. Motivated by the same
 * spot-check, where an outgoing minister's role stayed open beside the successor's.
 */
export function overlappingOffices(context: AuditContext): Finding[] {
  const byTitle = new Map<string, Held[]>();
  for (const at of entities(context)) {
    at.record.roles.forEach((role, index) => {
      for (const [lang, title] of Object.entries(role.title)) {
        const key = `${lang}:${normalTitle(title)}`;
        const list = byTitle.get(key) ?? [];
        list.push({ at, index, role });
        byTitle.set(key, list);
      }
    });
  }
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const holders of byTitle.values()) {
    for (const [position, first] of holders.entries()) {
      for (const second of holders.slice(position + 1)) {
        if (first.at.record.id === second.at.record.id) continue;
        const pair = [first, second].map(({ at, index }) => `${at.record.id}#${index}`).join(' ');
        if (reported.has(pair) || !sameOffice(first.role, second.role)) continue;
        if (!overlap(first.role, second.role)) continue;
        reported.add(pair);
        // Reported at the later holder, whose record is the one usually added last.
        const [earlier, later] =
          (first.role.start ?? '') <= (second.role.start ?? '') ? [first, second] : [second, first];
        const title = later.role.title.en ?? Object.values(later.role.title)[0] ?? '';
        const reason =
          `"${title}" (${span(later.role)}) is also held by ${earlier.at.record.id} at overlapping dates ` +
          `(${span(earlier.role)}, ${pointer(earlier.at, `roles[${earlier.index}]`)}): end one of them`;
        findings.push(finding('error', later.at, `roles[${later.index}]`, reason));
      }
    }
  }
  return findings;
}
