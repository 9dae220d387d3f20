import { PackRecord } from '../schema/records';
import { Slicer } from '../time-slices';
import { jsonPath, type PackError } from './errors';
import { explainIssues } from './issues';
import type { LocatedRecord } from './record-set';

const NEWLINE = 0x0a;

export interface ParsedShard {
  records: LocatedRecord[];
  errors: PackError[];
}

/**
 * Parses one NDJSON shard: one record per line, lines counted from 1, the last line ending in a
 * newline (a missing one means the shard was cut off). Every bad line is reported, not only the
 * first, so an author fixes them in one pass. In slices (lib/time-slices.ts): a 4 MB shard takes
 * a few hundred milliseconds to parse and check, too long for one task of the background.
 */
export async function parseShard(file: string, bytes: Uint8Array, lineBytes: number): Promise<ParsedShard> {
  const records: LocatedRecord[] = [];
  const chunks = shardChunks(file, bytes, lineBytes, Number.POSITIVE_INFINITY);
  for (;;) {
    const next = await chunks.next();
    if (next.done) return { records, errors: next.value.errors };
    for (const located of next.value) records.push(located);
  }
}

/**
 * Records handed on at a time by `shardChunks`: a multiple of the store's 500 records per block
 * (lib/store/record-blocks.ts), so a sorted shard is stored in the same blocks as when it was
 * handed on whole.
 */
export const CHUNK_RECORDS = 500;

export interface ShardTail {
  errors: PackError[];
  /** Valid records read. */
  count: number;
}

/**
 * `parseShard` for the sync: the shard's valid records `chunkRecords` at a time, as they are
 * read; its errors and the count of valid records come at the end. The caller treats the records
 * it got as staged only: the shard is valid when there are no errors and the count is the
 * manifest's.
 *
 * Why in chunks: a shard of 10,000 records parsed whole was live while it was checked, compiled
 * and stored, and V8 lets the worker's heap grow to four or five times what is live before a
 * major collection: 12–27 MB live after each one with whole shards, 7–15 MB with chunks, and
 * `sync.entities_100k.chromium_peak_mb` 114–124 MB over its base instead of 149–170 (issue 16).
 */
export async function* shardChunks(
  file: string,
  bytes: Uint8Array,
  lineBytes: number,
  chunkRecords = CHUNK_RECORDS,
): AsyncGenerator<LocatedRecord[], ShardTail, void> {
  const slicer = new Slicer();
  const steps = lineSteps(file, bytes, lineBytes, chunkRecords);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value !== undefined) yield step.value;
    if (slicer.due()) await slicer.pause();
  }
}

/**
 * Bytes decoded at a time, cut after a newline. Decoding each line on its own handed the browser
 * a new view of the shard per line, and Chromium wraps each for its own code: a million lines
 * left a million wrappers, which the garbage collector then released in tasks of 50–130 ms in
 * the background (issue 11's trace of a million-alias install).
 */
const DECODE_BYTES = 256 * 1024;

/**
 * The shard's text, a chunk of whole lines at a time: `line(start, end)` is the text of the line
 * whose bytes are `start`..`end` (without its newline), read in order.
 */
class ChunkedText {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Bytes of the chunk decoded last; `text` is undefined when they are not valid UTF-8. */
  private chunkEnd = 0;
  private text: string | undefined = '';
  private textAt = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Throws the decoder's error for a line that is not valid UTF-8. */
  line(start: number, end: number): string {
    if (start >= this.chunkEnd) this.decodeFrom(start);
    if (this.text === undefined) return this.withoutBom(this.decoder.decode(this.bytes.subarray(start, end)));
    return this.withoutBom(this.next());
  }

  /** Passes over a line that is not read (one over the size limit). */
  skip(start: number): void {
    if (start >= this.chunkEnd) this.decodeFrom(start);
    if (this.text !== undefined) this.next();
  }

  private next(): string {
    const text = this.text!;
    const newline = text.indexOf('\n', this.textAt);
    const textEnd = newline === -1 ? text.length : newline;
    const line = text.slice(this.textAt, textEnd);
    this.textAt = textEnd + 1;
    return line;
  }

  private decodeFrom(start: number): void {
    const { bytes } = this;
    const newline = bytes.indexOf(NEWLINE, Math.min(bytes.length, start + DECODE_BYTES));
    this.chunkEnd = newline === -1 ? bytes.length : newline + 1;
    this.textAt = 0;
    try {
      this.text = this.decoder.decode(bytes.subarray(start, this.chunkEnd));
    } catch {
      // Some line of the chunk is not UTF-8: each is decoded alone, so the error names its line.
      this.text = undefined;
    }
  }

  /** A byte order mark is dropped where a line starts, as decoding each line alone did. */
  private withoutBom(line: string): string {
    return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  }
}

/** The lines in order: yields a chunk of `chunkRecords` valid records, or nothing for a pause. */
function* lineSteps(
  file: string,
  bytes: Uint8Array,
  lineBytes: number,
  chunkRecords: number,
): Generator<LocatedRecord[] | undefined, ShardTail, void> {
  let records: LocatedRecord[] = [];
  let count = 0;
  const errors: PackError[] = [];
  const text = new ChunkedText(bytes);
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    line += 1;
    yield;
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    const where = String(line);
    const lineStart = start;
    start = end + 1;
    if (newline === -1) {
      errors.push({ file, where, reason: 'the last line does not end with a newline (truncated shard?)' });
    }
    if (end - lineStart > lineBytes) {
      text.skip(lineStart);
      errors.push({ file, where, reason: `line is ${end - lineStart} bytes, the limit is ${lineBytes}` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.line(lineStart, end));
    } catch (error) {
      errors.push({
        file,
        where,
        reason: `not valid JSON: ${error instanceof Error ? error.message : error}`,
      });
      continue;
    }
    const parsed = PackRecord.safeParse(value);
    if (!parsed.success) {
      for (const problem of explainIssues(parsed.error.issues)) {
        errors.push({ file, where, reason: `${jsonPath(problem.path)}: ${problem.message}` });
      }
      continue;
    }
    count += 1;
    records.push({ record: parsed.data, file, where });
    if (records.length >= chunkRecords) {
      yield records;
      records = [];
    }
  }
  if (records.length > 0) yield records;
  return { errors, count };
}
