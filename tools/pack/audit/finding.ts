import type { PackRecord } from '../../../lib/schema/records';

export type Severity = 'error' | 'warning';

/** One thing a person should look at: `place` is the YAML path inside the record's file. */
export interface Finding {
  severity: Severity;
  file: string;
  place: string;
  reason: string;
}

/** The one-line form `pack audit` prints. */
export function formatFinding({ severity, file, place, reason }: Finding): string {
  return `${severity}: ${file}:${place}: ${reason}`;
}

/**
 * A record and where a person finds it: the source file and the record's own path inside it
 * (`[3]` in a file holding a list, empty for a file of one record), or the shard and id of a
 * built pack.
 */
export interface AuditRecord {
  record: PackRecord;
  file: string;
  base: string;
}

/** What every rule sees: the records, the pack's date and languages, and where those came from. */
export interface AuditContext {
  records: readonly AuditRecord[];
  /** `published` of pack.yaml or the manifest: the date the pack's facts are meant to hold on. */
  packDate: string;
  languages: readonly string[];
  /** The file the pack's date and languages were read from. */
  metaFile: string;
}

/** The YAML path of `path` inside the record: `[3].roles[0].end`, or `roles[0].end`. */
export function placeIn(at: AuditRecord, path: string): string {
  if (at.base === '') return path;
  return path.startsWith('[') ? `${at.base}${path}` : `${at.base}.${path}`;
}

export function finding(severity: Severity, at: AuditRecord, path: string, reason: string): Finding {
  return { severity, file: at.file, place: placeIn(at, path), reason };
}

/** Where another record's field is, for a reason that points at both ends of a conflict. */
export function pointer(at: AuditRecord, path: string): string {
  return `${at.file}:${placeIn(at, path)}`;
}
