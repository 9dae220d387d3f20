import { beforeEach, describe, expect, it } from 'vitest';
import { memoryFetcher, type PackFiles, smallPackFiles } from '../../tests/fixtures/packs/small-pack';
import { dumpStore } from '../../tests/fixtures/packs/store-dump';
import { sha256Hex } from '../pack/digest';
import { formatPackError } from '../pack/errors';
import { PACK_LIMITS } from '../pack/limits';
import { readPack } from '../pack/read-pack';
import { generateKeyPair, signManifest } from '../pack/signature';
import { PackManifest } from '../schema/manifest';
import { KnowledgeDatabase } from './database';
import { installPack, installPackFrom } from './install';
import { saveOwnEntity, setNote } from './own-data';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function manifestOf(files: PackFiles): PackManifest {
  return PackManifest.parse(JSON.parse(decode(files.get('manifest.json'))));
}

function withManifest(files: PackFiles, change: (manifest: Record<string, unknown>) => void): PackFiles {
  const manifest = JSON.parse(decode(files.get('manifest.json')));
  change(manifest);
  return new Map([...files, ['manifest.json', encode(JSON.stringify(manifest))]]);
}

/** Replaces a shard and updates the manifest to match it, so only the content is wrong. */
async function withShard(files: PackFiles, path: string, text: string): Promise<PackFiles> {
  const bytes = encode(text);
  const sha256 = await sha256Hex(bytes);
  const records = text.split('\n').length - 1;
  const changed = withManifest(files, (manifest) => {
    manifest.shards = (manifest.shards as { path: string }[]).map((shard) =>
      shard.path === path ? { ...shard, sha256, bytes: bytes.length, records } : shard,
    );
  });
  changed.set(path, bytes);
  return changed;
}

function editLine(
  files: PackFiles,
  path: string,
  line: number,
  edit: (record: Record<string, unknown>) => void,
) {
  const lines = decode(files.get(path)).split('\n');
  const record = JSON.parse(lines[line - 1]!);
  edit(record);
  lines[line - 1] = JSON.stringify(record);
  return withShard(files, path, lines.join('\n'));
}

const keys = await generateKeyPair();
const otherKeys = await generateKeyPair();

async function signed(files: PackFiles): Promise<PackFiles> {
  const manifest = await signManifest(manifestOf(files), keys.privateFile);
  return new Map([...files, ['manifest.json', encode(JSON.stringify(manifest))]]);
}

interface BrokenPack {
  what: string;
  files: (valid: PackFiles) => Promise<PackFiles> | PackFiles;
  publicKey?: string;
  errors: (valid: PackFiles) => Promise<string[]> | string[];
}

const BROKEN: BrokenPack[] = [
  {
    what: 'a missing manifest',
    files: (valid) => new Map([...valid].filter(([path]) => path !== 'manifest.json')),
    errors: () => ['error: manifest.json:$: cannot be read: not found'],
  },
  {
    what: 'a manifest that is not JSON',
    files: (valid) => new Map([...valid, ['manifest.json', encode('{"format": "source-context-pack/1",')]]),
    errors: () => [
      'error: manifest.json:$: not valid JSON: Expected double-quoted property name in JSON at position 35',
    ],
  },
  {
    what: 'a record line that is not JSON',
    files: (valid) =>
      withShard(
        valid,
        'entity-001.ndjson',
        `${decode(valid.get('entity-001.ndjson')).split('\n')[0]}\n{"kind":"entity",\n`,
      ),
    errors: () => [
      'error: entity-001.ndjson:2: not valid JSON: Expected double-quoted property name in JSON at position 17',
    ],
  },
  {
    what: 'a shard whose hash does not match',
    files: (valid) => {
      const bytes = new Uint8Array(valid.get('source-001.ndjson')!);
      bytes[bytes.indexOf(0x50)] = 0x51; // one letter changed, same size
      return new Map([...valid, ['source-001.ndjson', bytes]]);
    },
    errors: async (valid) => {
      const bytes = new Uint8Array(valid.get('source-001.ndjson')!);
      bytes[bytes.indexOf(0x50)] = 0x51;
      return [
        `error: source-001.ndjson:$: sha256 is ${await sha256Hex(bytes)}, manifest.json says ${manifestOf(valid).shards[1]!.sha256}`,
      ];
    },
  },
  {
    what: 'a truncated shard',
    files: (valid) =>
      new Map([...valid, ['claim-001.ndjson', valid.get('claim-001.ndjson')!.subarray(0, 100)]]),
    errors: (valid) => [
      `error: claim-001.ndjson:$: is 100 bytes, manifest.json says ${valid.get('claim-001.ndjson')!.length} (truncated or replaced?)`,
    ],
  },
  {
    what: 'a shard path escaping the pack',
    files: (valid) =>
      withManifest(valid, (manifest) => {
        (manifest.shards as { path: string }[])[0]!.path = '../secrets.ndjson';
      }),
    errors: () => ['error: manifest.json:$.shards[0].path: must be a relative path inside the pack'],
  },
  {
    what: 'duplicate ids',
    files: (valid) => {
      const text = decode(valid.get('entity-001.ndjson'));
      return withShard(valid, 'entity-001.ndjson', `${text}${text.split('\n')[1]}\n`);
    },
    errors: () => ['error: entity-001.ndjson:4: duplicate id "rt" (first at entity-001.ndjson:2)'],
  },
  {
    what: 'a claim about an entity the pack does not hold',
    files: (valid) =>
      editLine(valid, 'claim-001.ndjson', 1, (claim) => {
        claim.entities = ['antony-blinken', 'nobody'];
      }),
    errors: () => ['error: claim-001.ndjson:1: entities[1] "nobody" is not an entity in this pack'],
  },
  {
    what: 'a reference to a missing source and a role in a missing organisation',
    files: async (valid) =>
      editLine(
        await editLine(valid, 'claim-001.ndjson', 1, (claim) => {
          claim.sources = [{ ref: 'nowhere', stance: 'supports' }];
        }),
        'entity-001.ndjson',
        1,
        (entity) => {
          entity.roles = [{ title: { en: 'Envoy' }, organization: 'rt-news' }];
        },
      ),
    errors: () => [
      'error: entity-001.ndjson:1: roles[0].organization "rt-news" is not an entity in this pack',
      'error: claim-001.ndjson:1: sources[0].ref "nowhere" is not a source in this pack',
    ],
  },
  {
    what: 'a javascript: URL',
    files: (valid) =>
      editLine(valid, 'source-001.ndjson', 1, (source) => {
        source.url = 'javascript:alert(document.cookie)';
      }),
    errors: () => ['error: source-001.ndjson:1: $.url: must be an http(s) URL'],
  },
  {
    what: 'fields of the wrong type',
    files: (valid) =>
      editLine(valid, 'entity-001.ndjson', 3, (entity) => {
        entity.type = 'planet';
        entity.name = 42;
      }),
    errors: () => [
      'error: entity-001.ndjson:3: $.type: Invalid option: expected one of "person"|"organization"|"outlet"|"place"|"other"',
      'error: entity-001.ndjson:3: $.name: Invalid input: expected string, received number',
    ],
  },
  {
    what: 'a shard larger than the limit',
    files: (valid) =>
      withManifest(valid, (manifest) => {
        (manifest.shards as { bytes: number }[])[0]!.bytes = PACK_LIMITS.shardBytes + 1;
      }),
    errors: () => [
      `error: manifest.json:$.shards[0].bytes: shard is ${PACK_LIMITS.shardBytes + 1} bytes, the limit is ${PACK_LIMITS.shardBytes}`,
    ],
  },
  {
    what: 'a record line longer than the limit',
    files: (valid) =>
      withShard(
        valid,
        'source-001.ndjson',
        `{"kind":"source","id":"long","title":"${'a'.repeat(PACK_LIMITS.lineBytes)}"}\n`,
      ),
    errors: () => [
      `error: source-001.ndjson:1: line is ${PACK_LIMITS.lineBytes + 40} bytes, the limit is ${PACK_LIMITS.lineBytes}`,
    ],
  },
  {
    what: 'a record count the shard does not hold',
    files: (valid) =>
      withManifest(valid, (manifest) => {
        (manifest.shards as { records: number }[])[2]!.records = 7;
      }),
    errors: () => ['error: manifest.json:$.shards[2].records: says 7 records, claim-001.ndjson holds 1'],
  },
  {
    what: 'no signature when a key is pinned',
    files: (valid) => valid,
    publicKey: keys.publicFile.publicKey,
    errors: () => ['error: manifest.json:$.signature: the pack is not signed, but a public key is pinned'],
  },
  {
    what: 'a signature by another key',
    files: signed,
    publicKey: otherKeys.publicFile.publicKey,
    errors: () => [
      `error: manifest.json:$.signature: signed with key ${keys.publicFile.keyId}, but the pinned key is ${otherKeys.publicFile.keyId}`,
    ],
  },
  {
    what: 'a manifest changed after signing',
    files: async (valid) =>
      withManifest(await signed(valid), (manifest) => {
        manifest.version = 99;
      }),
    publicKey: keys.publicFile.publicKey,
    errors: () => ['error: manifest.json:$.signature: the signature does not match the manifest'],
  },
];

describe('a broken pack', () => {
  let db: KnowledgeDatabase;
  let valid: PackFiles;

  beforeEach(async () => {
    db = new KnowledgeDatabase(`broken-${crypto.randomUUID()}`);
    valid = await smallPackFiles({ version: 2 });
    // The store holds an earlier version of the pack and own data before each broken one arrives.
    const installed = await readPack(memoryFetcher(await smallPackFiles({ version: 1 })));
    if (!installed.ok) throw new Error('fixture pack is invalid');
    await installPack(db, installed.pack, 'subscribed', { now: new Date('2026-11-01T00:00:00Z') });
    await saveOwnEntity(
      db,
      { kind: 'entity', id: 'my-mayor', type: 'person', name: 'My Mayor' },
      new Date(0),
    );
    await setNote(db, { kind: 'entity', id: 'antony-blinken' }, 'Check his 2022 remarks.', new Date(0));
  });

  it.each(BROKEN)('is rejected: $what', async (broken) => {
    const before = await dumpStore(db);
    const asked: string[] = [];
    const result = await installPackFrom(db, memoryFetcher(await broken.files(valid), asked), {
      source: 'subscribed',
      ...(broken.publicKey === undefined ? {} : { publicKey: broken.publicKey }),
    });
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual(await broken.errors(valid));
    expect(await dumpStore(db)).toBe(before);
    expect(asked.every((path) => !path.includes('..'))).toBe(true);
  });

  it('is not even fetched when the manifest declares it too large', async () => {
    const asked: string[] = [];
    const files = withManifest(valid, (manifest) => {
      (manifest.shards as { bytes: number }[])[0]!.bytes = PACK_LIMITS.shardBytes + 1;
    });
    await installPackFrom(db, memoryFetcher(files, asked), { source: 'subscribed' });
    expect(asked).toEqual(['manifest.json']);
  });

  it('that is valid again installs over the old version', async () => {
    const result = await installPackFrom(db, memoryFetcher(await signed(valid)), {
      source: 'subscribed',
      publicKey: keys.publicFile.publicKey,
    });
    expect(result).toEqual({ ok: true, packId: 'small', version: 2 });
  });
});
