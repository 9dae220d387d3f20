import type { PackRecord } from '../schema/records';
import { SlugNumbers } from '../slug-numbers';
import type { PackError } from './errors';

/** A record with the place it was read from, so a problem can point at it. */
export interface LocatedRecord {
  record: PackRecord;
  file: string;
  where: string;
}

interface Reference {
  from: LocatedRecord['file'];
  where: string;
  field: string;
  id: string;
  kind: PackRecord['kind'];
}

/**
 * Checks what no single record can: ids are unique within the pack, and every reference points
 * at a record of the right kind in the same pack (a pack is installed and removed as a whole, so
 * a reference into another pack could dangle at any time). Records are added one at a time and
 * only ids and references are kept, so a pack larger than memory can be checked shard by shard.
 */
export class RecordSetCheck {
  /**
   * Each id's first record, by its number in the order added, and that record's kind, file and
   * place in columns: a Map of an object per id holding its place's text was 4 of the 25 MB the
   * worker kept live while it installed 100,000 entities, and V8 let the heap grow to about four
   * times what was live before collecting (`sync.entities_100k.chromium_peak_mb`, issue 16). The
   * ids themselves are numbered in typed arrays (lib/slug-numbers.ts): a `Map` of 250,000 id
   * strings was most of what the worker kept live through a million-alias install (issue 11).
   */
  private readonly seen = new SlugNumbers();
  private readonly kinds: PackRecord['kind'][] = [];
  private readonly files: string[] = [];
  /** A line number as a number, anything else as its text. */
  private readonly places: (number | string)[] = [];
  private readonly references: Reference[] = [];
  private readonly duplicates: PackError[] = [];

  add({ record, file, where }: LocatedRecord): void {
    const first = this.seen.get(record.id);
    if (first !== undefined) {
      const at = `${this.files[first]}:${this.places[first]}`;
      this.duplicates.push({ file, where, reason: `duplicate id "${record.id}" (first at ${at})` });
      return;
    }
    this.seen.append(record.id);
    this.kinds.push(record.kind);
    // The same string for every record of a file: the array holds a pointer, not a copy.
    this.files.push(file);
    const line = Number(where);
    this.places.push(String(line) === where ? line : where);
    const refer = (field: string, id: string, kind: PackRecord['kind']) => {
      this.references.push({ from: file, where, field, id, kind });
    };
    if (record.kind === 'claim') {
      if (record.claimant) refer('claimant', record.claimant, 'entity');
      record.entities.forEach((id, index) => {
        refer(`entities[${index}]`, id, 'entity');
      });
      record.sources.forEach((source, index) => {
        if ('ref' in source) refer(`sources[${index}].ref`, source.ref, 'source');
      });
    } else if (record.kind === 'entity') {
      record.roles.forEach((role, index) => {
        if (role.organization) refer(`roles[${index}].organization`, role.organization, 'entity');
      });
    }
  }

  /** Duplicate ids, then references to nothing or to a record of the wrong kind. */
  problems(): PackError[] {
    const dangling = this.references.flatMap(({ from, where, field, id, kind }): PackError[] => {
      const first = this.seen.get(id);
      const target = first === undefined ? undefined : this.kinds[first];
      if (target === kind) return [];
      const reason = target
        ? `${field} "${id}" must be a ${kind} but is a ${target}`
        : `${field} "${id}" is not ${kind === 'entity' ? 'an' : 'a'} ${kind} in this pack`;
      return [{ file: from, where, reason }];
    });
    return [...this.duplicates, ...dangling];
  }
}

export function checkRecordSet(records: readonly LocatedRecord[]): PackError[] {
  const check = new RecordSetCheck();
  for (const record of records) check.add(record);
  return check.problems();
}
