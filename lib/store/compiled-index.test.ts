import { beforeEach, describe, expect, it } from 'vitest';
import { loadCompiledIndex, saveCompiledIndex } from './compiled-index';
import { KnowledgeDatabase } from './database';

let db: KnowledgeDatabase;
beforeEach(() => {
  db = new KnowledgeDatabase(`compiled-${crypto.randomUUID()}`);
});

const bytesOf = (length: number, seed: number) => Uint8Array.from({ length }, (_, at) => (at * seed) & 0xff);
/** Parts of 1,000 bytes, as the selfie's serializer writes them with a part size of 1,000. */
const save = (bytes: Uint8Array, sourceKey = '7') =>
  saveCompiledIndex(
    db,
    { key: 'index', formatVersion: 2, sourceKey },
    Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, part) =>
      bytes.slice(part * 1000, (part + 1) * 1000),
    ),
  );

describe('the stored selfie', () => {
  it('comes back whole from its parts', async () => {
    const bytes = bytesOf(2500, 7);
    await save(bytes);
    expect(await db.compiled.count()).toBe(3);
    expect(await loadCompiledIndex(db, 'index', 2, '7')).toEqual(bytes);
  });

  it('leaves no part of a larger earlier one behind', async () => {
    await save(bytesOf(2500, 7), '7');
    const smaller = bytesOf(1200, 11);
    await save(smaller, '8');
    expect(await db.compiled.count()).toBe(2);
    expect(await loadCompiledIndex(db, 'index', 2, '8')).toEqual(smaller);
  });

  it('is not used when it was built from other data, in another format, or lost a part', async () => {
    await save(bytesOf(2500, 7));
    expect(await loadCompiledIndex(db, 'index', 2, '8')).toBeUndefined();
    expect(await loadCompiledIndex(db, 'index', 3, '7')).toBeUndefined();
    await db.compiled.delete('index/2');
    expect(await loadCompiledIndex(db, 'index', 2, '7')).toBeUndefined();
  });

  it('reads a selfie written as one row before parts existed', async () => {
    const bytes = bytesOf(3000, 5);
    await db.compiled.put({ key: 'index', formatVersion: 2, sourceKey: '7', bytes });
    expect(await loadCompiledIndex(db, 'index', 2, '7')).toEqual(bytes);
  });
});
