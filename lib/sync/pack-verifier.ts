import { fromBase64 } from '../pack/base64';
import { sha256Hex } from '../pack/digest';
import { jsonPath, type PackError } from '../pack/errors';
import { PACK_LIMITS } from '../pack/limits';
import { type LocatedRecord, RecordSetCheck } from '../pack/record-set';
import { shardChunks } from '../pack/shard';
import { keyIdOf, signatureProblem } from '../pack/signature';
import { PackManifest } from '../schema/manifest';
import { runInSlices, Slicer, type Steps } from '../time-slices';
import type { PackProblem } from './pack-problem';
import type { PackVerifier, Verified } from './ports';

const MANIFEST_FILE = 'manifest.json';

/** lib/pack reports a line that is not JSON with this reason; everything else on a line is schema. */
function shardProblem(error: PackError): PackProblem {
  const kind = error.reason.startsWith('not valid JSON') ? 'invalid-json' : 'schema';
  return { kind, ...error };
}

/**
 * The verifier the extension uses: lib/pack's checks (the same the pack tool's `verify` runs),
 * each fault tagged with its kind so the sync engine can say what went wrong in plain words.
 */
export const packVerifier: PackVerifier = {
  parseManifest(bytes): Verified<PackManifest> {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [{ kind: 'invalid-json', file: MANIFEST_FILE, where: '$', reason }] };
    }
    const parsed = PackManifest.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        kind: 'schema',
        file: MANIFEST_FILE,
        where: jsonPath(issue.path),
        reason: issue.message,
      })),
    };
  },

  async checkSignature(manifest, publicKey): Promise<Verified<true>> {
    const problem = await signatureProblem(manifest, publicKey);
    if (problem === null) return { ok: true, value: true };
    return {
      ok: false,
      problems: [{ kind: 'signature', file: MANIFEST_FILE, where: '$.signature', reason: problem }],
    };
  },

  keyIdOf: (publicKey) => keyIdOf(fromBase64(publicKey)),

  async *verifyShard(manifest, index, bytes) {
    const shard = manifest.shards[index];
    if (!shard) {
      const reason = `there is no shard ${index}`;
      return { ok: false, problems: [{ kind: 'schema', file: MANIFEST_FILE, where: '$.shards', reason }] };
    }
    if (bytes.length < shard.bytes) {
      const reason = `${bytes.length} of ${shard.bytes} bytes`;
      return { ok: false, problems: [{ kind: 'truncated', file: shard.path, where: '$', reason }] };
    }
    const sha256 = await sha256Hex(bytes);
    if (bytes.length !== shard.bytes || sha256 !== shard.sha256) {
      // Twelve hex digits tell the two apart; two 64-digit hashes only made the message unreadable.
      const reason = `sha256 ${sha256.slice(0, 12)}…, manifest.json says ${shard.sha256.slice(0, 12)}…`;
      return { ok: false, problems: [{ kind: 'hash', file: shard.path, where: '$', reason }] };
    }
    const tail = yield* shardChunks(shard.path, bytes, PACK_LIMITS.lineBytes);
    if (tail.errors.length > 0) return { ok: false, problems: tail.errors.map(shardProblem) };
    if (tail.count !== shard.records) {
      const reason = `says ${shard.records} records, ${shard.path} holds ${tail.count}`;
      return {
        ok: false,
        problems: [{ kind: 'schema', file: MANIFEST_FILE, where: `$.shards[${index}].records`, reason }],
      };
    }
    return { ok: true, value: true };
  },

  recordSetCheck() {
    const check = new RecordSetCheck();
    // One slicer for the whole pack: records come a few hundred at a time (lib/pack/shard.ts),
    // and a slicer per call would start a fresh 10 ms budget for each, never pausing.
    const slicer = new Slicer();
    return {
      add: (records) => runInSlices(eachAdded(check, records), slicer),
      result() {
        const errors = check.problems();
        if (errors.length > 0)
          return { ok: false, problems: errors.map((error) => ({ kind: 'references', ...error })) };
        return { ok: true, value: true };
      },
    };
  },
};

function* eachAdded(check: RecordSetCheck, records: readonly LocatedRecord[]): Steps<void> {
  for (const located of records) {
    check.add(located);
    yield;
  }
}
