import { PackManifest } from '../schema/manifest';
import type { PackRecord } from '../schema/records';
import { sha256Hex } from './digest';
import { jsonPath, type PackError } from './errors';
import { explainIssues } from './issues';
import { PACK_LIMITS, type PackLimits } from './limits';
import { RecordSetCheck } from './record-set';
import { parseShard } from './shard';
import { signatureProblem } from './signature';

/**
 * Reads one file of a pack by its path relative to the pack (`manifest.json`,
 * `entity-001.ndjson`); rejects when the file cannot be had (missing, HTTP error).
 */
export type FetchPackFile = (path: string) => Promise<Uint8Array>;

export const MANIFEST_FILE = 'manifest.json';

export interface ReadPackOptions {
  /** A pinned Ed25519 public key (base64 raw): the pack must carry a valid signature by it. */
  publicKey?: string;
  limits?: PackLimits;
}

export interface VerifiedPack {
  manifest: PackManifest;
  /** In shard order, each shard in line order. */
  records: PackRecord[];
}

export type ReadPackResult = { ok: true; pack: VerifiedPack } | { ok: false; errors: PackError[] };

async function fetchOrError(
  fetchFile: FetchPackFile,
  path: string,
): Promise<{ bytes: Uint8Array } | { error: PackError }> {
  try {
    return { bytes: await fetchFile(path) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: { file: path, where: '$', reason: `cannot be read: ${detail}` } };
  }
}

/** The manifest alone: enough to compare versions before fetching any shard. */
export async function readManifest(
  fetchFile: FetchPackFile,
  limits: PackLimits = PACK_LIMITS,
): Promise<{ ok: true; manifest: PackManifest } | { ok: false; errors: PackError[] }> {
  const fetched = await fetchOrError(fetchFile, MANIFEST_FILE);
  if ('error' in fetched) return { ok: false, errors: [fetched.error] };
  const at = (where: string, reason: string): PackError => ({ file: MANIFEST_FILE, where, reason });
  if (fetched.bytes.length > limits.manifestBytes) {
    return {
      ok: false,
      errors: [at('$', `is ${fetched.bytes.length} bytes, the limit is ${limits.manifestBytes}`)],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fetched.bytes));
  } catch (error) {
    return {
      ok: false,
      errors: [at('$', `not valid JSON: ${error instanceof Error ? error.message : error}`)],
    };
  }
  const parsed = PackManifest.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: explainIssues(parsed.error.issues).map((problem) =>
        at(jsonPath(problem.path), problem.message),
      ),
    };
  }
  return { ok: true, manifest: parsed.data };
}

/** Sizes the manifest declares, checked before anything large is fetched. */
function declaredSizeErrors(manifest: PackManifest, limits: PackLimits): PackError[] {
  const errors: PackError[] = [];
  const paths = new Set<string>();
  let total = 0;
  manifest.shards.forEach((shard, index) => {
    const where = `$.shards[${index}]`;
    if (paths.has(shard.path)) {
      errors.push({
        file: MANIFEST_FILE,
        where: `${where}.path`,
        reason: `shard "${shard.path}" is listed twice`,
      });
    }
    paths.add(shard.path);
    if (shard.path === MANIFEST_FILE) {
      errors.push({ file: MANIFEST_FILE, where: `${where}.path`, reason: 'a shard cannot be the manifest' });
    }
    if (shard.bytes > limits.shardBytes) {
      errors.push({
        file: MANIFEST_FILE,
        where: `${where}.bytes`,
        reason: `shard is ${shard.bytes} bytes, the limit is ${limits.shardBytes}`,
      });
    }
    total += shard.bytes;
  });
  if (total > limits.packBytes) {
    errors.push({
      file: MANIFEST_FILE,
      where: '$.shards',
      reason: `shards add up to ${total} bytes, the limit is ${limits.packBytes}`,
    });
  }
  return errors;
}

/**
 * Fetches and checks a whole pack: manifest, signature (when a key is pinned), every shard's
 * size and SHA-256, every record's schema, unique ids and references. Each valid shard's
 * records go to `onShard` as soon as the shard is checked, so only one shard is held at a time;
 * the pack as a whole is valid only if the result is `ok` — a caller that stored records on the
 * way must discard them otherwise. On failure: every problem found, each pointing at its file
 * and line.
 */
export async function streamPack(
  fetchFile: FetchPackFile,
  options: ReadPackOptions,
  onShard: (records: PackRecord[]) => Promise<void>,
): Promise<{ ok: true; manifest: PackManifest; records: number } | { ok: false; errors: PackError[] }> {
  const limits = options.limits ?? PACK_LIMITS;
  const read = await readManifest(fetchFile, limits);
  if (!read.ok) return read;
  const { manifest } = read;
  const errors: PackError[] = [];
  if (options.publicKey !== undefined) {
    const problem = await signatureProblem(manifest, options.publicKey);
    if (problem) errors.push({ file: MANIFEST_FILE, where: '$.signature', reason: problem });
  }
  errors.push(...declaredSizeErrors(manifest, limits));
  if (errors.length > 0) return { ok: false, errors };

  const check = new RecordSetCheck();
  let records = 0;
  for (const [index, shard] of manifest.shards.entries()) {
    const fetched = await fetchOrError(fetchFile, shard.path);
    if ('error' in fetched) {
      errors.push(fetched.error);
      continue;
    }
    const { bytes } = fetched;
    if (bytes.length !== shard.bytes) {
      errors.push({
        file: shard.path,
        where: '$',
        reason: `is ${bytes.length} bytes, manifest.json says ${shard.bytes} (truncated or replaced?)`,
      });
      continue;
    }
    const sha256 = await sha256Hex(bytes);
    if (sha256 !== shard.sha256) {
      errors.push({
        file: shard.path,
        where: '$',
        reason: `sha256 is ${sha256}, manifest.json says ${shard.sha256}`,
      });
      continue;
    }
    const parsed = await parseShard(shard.path, bytes, limits.lineBytes);
    errors.push(...parsed.errors);
    if (parsed.errors.length === 0 && parsed.records.length !== shard.records) {
      errors.push({
        file: MANIFEST_FILE,
        where: `$.shards[${index}].records`,
        reason: `says ${shard.records} records, ${shard.path} holds ${parsed.records.length}`,
      });
    }
    for (const located of parsed.records) check.add(located);
    records += parsed.records.length;
    if (errors.length === 0) await onShard(parsed.records.map((located) => located.record));
  }
  // Ids and references are checked only among complete, valid shards: a record that failed to
  // parse would otherwise show up again as every reference to it.
  if (errors.length === 0) errors.push(...check.problems());
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, manifest, records };
}

/** `streamPack` with all records in memory: for the pack tool and for small packs. */
export async function readPack(
  fetchFile: FetchPackFile,
  options: ReadPackOptions = {},
): Promise<ReadPackResult> {
  const records: PackRecord[] = [];
  const read = await streamPack(fetchFile, options, async (shard) => {
    for (const record of shard) records.push(record);
  });
  return read.ok ? { ok: true, pack: { manifest: read.manifest, records } } : read;
}
