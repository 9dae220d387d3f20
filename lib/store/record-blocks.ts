import type { PackRecord } from '../schema/records';

/**
 * Pack records are stored in blocks: one row holds up to `BLOCK_RECORDS` records of one kind of
 * one record set, sorted by id, as their JSON lines in one text. IndexedDB pays per row and per index
 * entry: putting 250,000 records as rows with their indexes took 72 s in Chromium (load 11 on 2
 * cores), the same records in blocks of 1,000 keyed by their first id 7 s (docs/decisions/0009).
 * A record is found by its block's key (the block whose first id is the greatest at or below the
 * id) and a binary search in the block's ids; only that record's text is parsed.
 */
export interface BlockRow {
  setId: string;
  kind: PackRecord['kind'];
  /** The block's lowest id; `[setId+kind+first]` is the key. */
  first: string;
  /** The block's highest id. */
  last: string;
  /** Ids in ascending order. */
  ids: string[];
  /**
   * `JSON.stringify` of each record, in the order of `ids`, joined by newlines (JSON text has
   * none of its own). One string instead of an array of 500: IndexedDB's put clones a value in
   * the task that puts it, and the array cost three times as much (18–24 against 5–8 ms a
   * block in Chromium's worker), four blocks a task of 50–63 ms of CPU in a million-alias
   * install (issue 11).
   */
  text: string;
  /** `outlet.domains` of the block's entities, indexed to find a page's outlet by hostname. */
  domains: string[];
}

/** Records per block: reading a block for one record clones about 150 KB (2 ms). */
export const BLOCK_RECORDS = 500;

const byId = (a: PackRecord, b: PackRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function domainsOf(record: PackRecord): string[] {
  return record.kind === 'entity' ? (record.outlet?.domains ?? []) : [];
}

/** The blocks holding `records` (any kinds, any order) under `setId`, made one at a time. */
export function* eachBlock(setId: string, records: readonly PackRecord[]): Generator<BlockRow> {
  const byKind = new Map<PackRecord['kind'], PackRecord[]>();
  for (const record of records) {
    const list = byKind.get(record.kind);
    if (list) list.push(record);
    else byKind.set(record.kind, [record]);
  }
  for (const [kind, list] of byKind) {
    list.sort(byId);
    for (let start = 0; start < list.length; start += BLOCK_RECORDS) {
      const part = list.slice(start, start + BLOCK_RECORDS);
      yield {
        setId,
        kind,
        first: part[0]!.id,
        last: part.at(-1)!.id,
        ids: part.map((record) => record.id),
        text: part.map((record) => JSON.stringify(record)).join('\n'),
        domains: [...new Set(part.flatMap(domainsOf))],
      };
    }
  }
}

export const toBlocks = (setId: string, records: readonly PackRecord[]): BlockRow[] => [
  ...eachBlock(setId, records),
];

/** The record with `id` in `block`, if it holds one. Lines were verified before they were stored. */
export function recordIn(block: BlockRow, id: string): PackRecord | undefined {
  let low = 0;
  let high = block.ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = block.ids[middle]!;
    if (at === id) return JSON.parse(lineAt(block.text, middle)) as PackRecord;
    if (at < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Every record of a block, in id order. */
export function recordsIn(block: BlockRow): PackRecord[] {
  return block.text.split('\n').map((line) => JSON.parse(line) as PackRecord);
}

/** The line at `index` (from 0) of `text`. */
function lineAt(text: string, index: number): string {
  let start = 0;
  for (let line = 0; line < index; line++) start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Tracks whether the blocks of a set, written in order, cover disjoint id ranges per kind (each
 * block starts after the previous one of its kind ended). Packs built by `pack build` are sorted
 * by kind and id, so they are; then one block can hold a given id. Otherwise a lookup reads
 * every block of the kind.
 */
export class BlockOrder {
  private readonly lastOf = new Map<PackRecord['kind'], string>();
  ordered = true;

  add(blocks: readonly BlockRow[]): void {
    for (const block of blocks) {
      const last = this.lastOf.get(block.kind);
      if (last !== undefined && block.first <= last) this.ordered = false;
      this.lastOf.set(block.kind, block.last);
    }
  }
}
