import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { PackMeta } from '../../lib/pack/assemble-pack';
import { jsonPath, type PackError } from '../../lib/pack/errors';
import { explainIssues } from '../../lib/pack/issues';
import type { LocatedRecord } from '../../lib/pack/record-set';
import { PackManifest } from '../../lib/schema/manifest';
import { PackRecord } from '../../lib/schema/records';
import { z } from '../../lib/schema/zod';

/** `pack.yaml`: what the manifest says about the pack, apart from its shards. */
export const PackSourceMeta = z.pick(PackManifest, {
  id: true,
  name: true,
  description: true,
  version: true,
  published: true,
  languages: true,
});

export const PACK_META_FILE = 'pack.yaml';
const RECORD_FILE = /\.(?:ya?ml|json)$/;

interface ParsedFile {
  value: unknown;
  /** The line of the node at a path, or of its nearest ancestor that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Record files hold text only (no record field is a number or a boolean), so they are read with
 * YAML's failsafe schema: `date: 2025` stays the text "2025" instead of becoming a number the
 * schema would reject. `pack.yaml` has a numeric `version` and is read with the core schema.
 */
type Scalars = 'text' | 'typed';

/** The parser's first line without its position, which `where` already gives. */
function problemText(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** YAML and JSON alike (JSON is YAML 1.2), so every problem gets a line number. */
function parseSourceFile(
  file: string,
  text: string,
  scalars: Scalars,
): { ok: true; parsed: ParsedFile } | { ok: false; error: PackError } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter,
    schema: scalars === 'text' ? 'failsafe' : 'core',
  });
  const [problem] = doc.errors;
  if (problem) {
    const where = String(problem.linePos?.[0].line ?? 1);
    return {
      ok: false,
      error: { file, where, reason: `not valid YAML/JSON: ${problemText(problem.message)}` },
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { ok: true, parsed: { value: doc.toJS(), lineOf } };
}

async function readParsed(
  file: string,
  scalars: Scalars,
): Promise<{ ok: true; parsed: ParsedFile } | { ok: false; error: PackError }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = `cannot be read: ${error instanceof Error ? error.message : error}`;
    return { ok: false, error: { file, where: '1', reason } };
  }
  return parseSourceFile(file, text, scalars);
}

function recordsOf(file: string, parsed: ParsedFile): { records: LocatedRecord[]; errors: PackError[] } {
  const items: { value: unknown; path: PropertyKey[] }[] = Array.isArray(parsed.value)
    ? parsed.value.map((value, index) => ({ value, path: [index] }))
    : [{ value: parsed.value, path: [] }];
  const records: LocatedRecord[] = [];
  const errors: PackError[] = [];
  if (parsed.value === null || parsed.value === undefined) {
    errors.push({ file, where: '1', reason: 'holds no record' });
  }
  for (const item of items) {
    if (item.value === null || item.value === undefined) continue;
    const result = PackRecord.safeParse(item.value);
    if (result.success) {
      records.push({ record: result.data, file, where: String(parsed.lineOf(item.path)) });
      continue;
    }
    for (const problem of explainIssues(result.error.issues, item.path)) {
      const where = String(parsed.lineOf(problem.path));
      errors.push({ file, where, reason: `${jsonPath(problem.path)}: ${problem.message}` });
    }
  }
  return { records, errors };
}

export type PackSourceRead =
  | { ok: true; meta: PackMeta; records: LocatedRecord[] }
  | { ok: false; errors: PackError[] };

/**
 * Reads a pack source folder: `pack.yaml` at its root, and every other `*.yaml`, `*.yml` and
 * `*.json` below it (hidden files and folders skipped), each holding one record or a list of
 * them. Files are read in path order so problems are reported in a stable order.
 */
export async function readPackSource(dir: string): Promise<PackSourceRead> {
  const errors: PackError[] = [];
  const metaFile = join(dir, PACK_META_FILE);
  let meta: PackMeta | undefined;
  const metaRead = await readParsed(metaFile, 'typed');
  if (!metaRead.ok) {
    errors.push(metaRead.error);
  } else {
    const result = PackSourceMeta.safeParse(metaRead.parsed.value);
    if (result.success) meta = result.data;
    for (const problem of explainIssues(result.error?.issues ?? [])) {
      const where = String(metaRead.parsed.lineOf(problem.path));
      errors.push({ file: metaFile, where, reason: `${jsonPath(problem.path)}: ${problem.message}` });
    }
  }
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          file: dir,
          where: '1',
          reason: `cannot be read: ${error instanceof Error ? error.message : error}`,
        },
      ],
    };
  }
  const files = entries
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => RECORD_FILE.test(entry) && entry !== PACK_META_FILE)
    .filter((entry) => !entry.split('/').some((part) => part.startsWith('.')))
    .sort();
  const records: LocatedRecord[] = [];
  for (const entry of files) {
    const file = join(dir, entry);
    const read = await readParsed(file, 'text');
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const found = recordsOf(file, read.parsed);
    records.push(...found.records);
    errors.push(...found.errors);
  }
  if (errors.length > 0 || !meta) return { ok: false, errors };
  return { ok: true, meta, records };
}
