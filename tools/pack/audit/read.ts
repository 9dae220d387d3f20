import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PackError } from '../../../lib/pack/errors';
import { type FetchPackFile, MANIFEST_FILE, streamPack } from '../../../lib/pack/read-pack';
import { checkRecordSet, type LocatedRecord } from '../../../lib/pack/record-set';
import type { PackRecord } from '../../../lib/schema/records';
import { PACK_META_FILE, readPackSource } from '../read-source';
import type { AuditContext, AuditRecord } from './finding';

export type AuditInput = { ok: true; context: AuditContext } | { ok: false; errors: PackError[] };

/** A source folder has `pack.yaml` at its root; anything else is read as a built pack. */
export async function isSourceFolder(named: string): Promise<boolean> {
  try {
    return (await stat(join(named, PACK_META_FILE))).isFile();
  } catch {
    return false;
  }
}

/**
 * Each record's path inside its file: `[3]` for the fourth item of a list. `readPackSource` keeps
 * records in file order and skips only empty items, so the file's non-empty items line up.
 */
async function basesOf(records: readonly LocatedRecord[]): Promise<string[]> {
  const itemsByFile = new Map<string, number[] | undefined>();
  for (const { file } of records) {
    if (itemsByFile.has(file)) continue;
    const value: unknown = parse(await readFile(file, 'utf8'), { schema: 'failsafe' });
    itemsByFile.set(
      file,
      Array.isArray(value)
        ? value.flatMap((item, index) => (item === null || item === undefined ? [] : [index]))
        : undefined,
    );
  }
  const seen = new Map<string, number>();
  return records.map(({ file }) => {
    const count = seen.get(file) ?? 0;
    seen.set(file, count + 1);
    const items = itemsByFile.get(file);
    return items === undefined ? '' : `[${items[count]}]`;
  });
}

/** A source folder, checked as `build` checks it: an audit of records that would not build says nothing. */
export async function readSourceForAudit(dir: string): Promise<AuditInput> {
  const source = await readPackSource(dir);
  if (!source.ok) return source;
  const setErrors = checkRecordSet(source.records);
  if (setErrors.length > 0) return { ok: false, errors: setErrors };
  const bases = await basesOf(source.records);
  const records: AuditRecord[] = source.records.map(({ record, file }, index) => ({
    record,
    file,
    base: bases[index] ?? '',
  }));
  const { published, languages } = source.meta;
  return {
    ok: true,
    context: { records, packDate: published, languages, metaFile: join(dir, PACK_META_FILE) },
  };
}

/** A built pack, verified first; each record is named by its shard and id (`entity-001.ndjson/rt`). */
export async function readBuiltForAudit(fetchFile: FetchPackFile): Promise<AuditInput> {
  const shards: PackRecord[][] = [];
  const read = await streamPack(fetchFile, {}, async (records) => {
    shards.push(records);
  });
  if (!read.ok) return read;
  // `streamPack` hands over the shards of a valid pack in manifest order.
  const records = read.manifest.shards.flatMap((shard, index) =>
    (shards[index] ?? []).map((record) => ({ record, file: `${shard.path}/${record.id}`, base: '' })),
  );
  const { published, languages } = read.manifest;
  return { ok: true, context: { records, packDate: published, languages, metaFile: MANIFEST_FILE } };
}
