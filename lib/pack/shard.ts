import { PackRecord } from '../schema/records';
import { runInSlices, type Steps } from '../time-slices';
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
export function parseShard(file: string, bytes: Uint8Array, lineBytes: number): Promise<ParsedShard> {
  return runInSlices(parseShardSteps(file, bytes, lineBytes));
}

function* parseShardSteps(file: string, bytes: Uint8Array, lineBytes: number): Steps<ParsedShard> {
  const records: LocatedRecord[] = [];
  const errors: PackError[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    line += 1;
    yield;
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    const where = String(line);
    const lineLength = end - start;
    start = end + 1;
    if (newline === -1) {
      errors.push({ file, where, reason: 'the last line does not end with a newline (truncated shard?)' });
    }
    if (lineLength > lineBytes) {
      errors.push({ file, where, reason: `line is ${lineLength} bytes, the limit is ${lineBytes}` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes.subarray(end - lineLength, end)));
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
    records.push({ record: parsed.data, file, where });
  }
  return { records, errors };
}
