import type { PackRecord } from '../schema/records';
import { grown } from '../typed-growth';

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

export function domainsOf(record: PackRecord): string[] {
  return record.kind === 'entity' ? (record.outlet?.domains ?? []) : [];
}

const NEWLINE = 0x0a;

/**
 * Lines kept as UTF-16 code units in one typed array, each followed by a newline, and read back
 * by decoding them all at once: a string per line made with `String.fromCharCode` allocated
 * three times what the whole install did. Emptied for the next group, its array kept.
 */
class GroupLines {
  private units = new Uint16Array(64 * 1024);
  private used = 0;
  /** Where each line starts in `units`; it ends before the next one's newline. */
  private readonly starts: number[] = [];
  /** A line never starts with a byte order mark (`JSON.stringify` makes `{`); kept as it is. */
  private readonly decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

  push(line: string): void {
    if (this.used + line.length + 1 > this.units.length)
      this.units = grown(this.units, this.used + line.length + 1);
    this.starts.push(this.used);
    for (let at = 0; at < line.length; at++) this.units[this.used++] = line.charCodeAt(at);
    this.units[this.used++] = NEWLINE;
  }

  /**
   * Every line, each followed by a newline, decoded at once: `joined` takes lines out of it.
   * Typed arrays are little-endian on every platform Chromium and Firefox run on, and
   * `JSON.stringify` escapes lone surrogates, so decoding replaces nothing.
   */
  decoded(): string {
    return this.decoder.decode(new Uint8Array(this.units.buffer, 0, this.used * 2));
  }

  /** The lines at `indexes` of `decoded`, joined by newlines. */
  joined(decoded: string, indexes: readonly number[]): string {
    const end = (index: number) => (index + 1 < this.starts.length ? this.starts[index + 1]! : this.used) - 1;
    // Sorted packs come in order: one slice of the decoded text.
    const inOrder = indexes.every((index, at) => at === 0 || index === indexes[at - 1]! + 1);
    if (inOrder) return decoded.slice(this.starts[indexes[0]!], end(indexes.at(-1)!));
    return indexes.map((index) => decoded.slice(this.starts[index], end(index))).join('\n');
  }

  clear(): void {
    this.used = 0;
    this.starts.length = 0;
  }
}

/** The records of one kind in a group: ids and lines in the order they came. */
interface KindList {
  ids: string[];
  /** `JSON.stringify` of each record. */
  lines: GroupLines;
  /** `domainsOf` of the records that have any, by their place in the list. */
  domains: Map<number, string[]>;
}

/**
 * The blocks of a group of records handed in a few at a time: `add` keeps each record's id, line
 * (`JSON.stringify`) and domains, `blocks` makes the group's blocks exactly as `eachBlock` makes
 * them of the group's records at once (by kind, sorted by id, `BLOCK_RECORDS` each) and starts
 * the next group. Why: the sync hands on records a few dozen at a time, and what a group keeps
 * until its blocks are made outlives the worker's young-generation collections, by which V8
 * grows its young generation (issue 16): 500 parsed records, then their lines as strings (34 of
 * the 36 MB of lines a 100,000-entity install made survived one), now the lines' code units in a
 * typed array reused from group to group.
 */
export class BlockBuilder {
  private readonly byKind = new Map<PackRecord['kind'], KindList>();

  constructor(private readonly setId: string) {}

  add(record: PackRecord): void {
    let list = this.byKind.get(record.kind);
    if (!list) {
      list = { ids: [], lines: new GroupLines(), domains: new Map() };
      this.byKind.set(record.kind, list);
    }
    const domains = domainsOf(record);
    if (domains.length > 0) list.domains.set(list.ids.length, domains);
    list.ids.push(record.id);
    list.lines.push(JSON.stringify(record));
  }

  *blocks(): Generator<BlockRow> {
    for (const [kind, list] of this.byKind) {
      const { ids, lines, domains } = list;
      if (ids.length === 0) continue;
      // By id; records with equal ids keep their order, as `Array.prototype.sort` keeps them.
      const order = Array.from(ids, (_, index) => index).sort((a, b) =>
        ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b,
      );
      const decoded = lines.decoded();
      for (let start = 0; start < order.length; start += BLOCK_RECORDS) {
        const part = order.slice(start, start + BLOCK_RECORDS);
        yield {
          setId: this.setId,
          kind,
          first: ids[part[0]!]!,
          last: ids[part.at(-1)!]!,
          ids: part.map((index) => ids[index]!),
          text: lines.joined(decoded, part),
          domains: [...new Set(part.flatMap((index) => domains.get(index) ?? []))],
        };
      }
      list.ids = [];
      lines.clear();
      list.domains = new Map();
    }
  }
}

/** The blocks holding `records` (any kinds, any order) under `setId`, made one at a time. */
export function* eachBlock(setId: string, records: readonly PackRecord[]): Generator<BlockRow> {
  const builder = new BlockBuilder(setId);
  for (const record of records) builder.add(record);
  yield* builder.blocks();
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
