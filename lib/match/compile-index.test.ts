import { describe, expect, it } from 'vitest';
import { ClaimRecord, EntityRecord } from '../schema/records';
import { runToEnd } from '../time-slices';
import { entityIdAt } from './entity-ids';
import { IndexCompiler, serializeIndex } from './index';

const person = (id: string, name: string) => EntityRecord.parse({ kind: 'entity', id, type: 'person', name });

describe('IndexCompiler', () => {
  it('lets go of its columns once finished and takes no entity after that', () => {
    const compiler = new IndexCompiler();
    compiler.addEntity(person('donald-trump', 'Donald Trump'));
    compiler.addEntity(person('joe-biden', 'Joe Biden'));
    const index = runToEnd(compiler.finishSteps());
    // The index keeps what it needs: its selfie is the one of a compiler that still holds its columns.
    const again = new IndexCompiler();
    again.addEntity(person('donald-trump', 'Donald Trump'));
    again.addEntity(person('joe-biden', 'Joe Biden'));
    expect(Buffer.compare(serializeIndex(index), serializeIndex(runToEnd(again.finishSteps())))).toBe(0);
    expect(() => compiler.addEntity(person('barack-obama', 'Barack Obama'))).toThrow(/compiled/);
  });

  // An install streams a pack's shards in their order, and a claim's shard may come before the
  // shard of the people it names: the claim still names them, as when the index is compiled
  // from the store with every entity first.
  it("numbers a claim's entities when it finishes, so a claim may come before the people it names", () => {
    const claim = ClaimRecord.parse({
      kind: 'claim',
      id: 'blinken-100-billion',
      title: { en: 'Blinken said the US gave Ukraine 100 billion dollars' },
      claimant: 'antony-blinken',
      entities: ['joe-biden', 'not-in-the-store'],
    });
    const compiler = new IndexCompiler();
    compiler.addClaim(claim);
    compiler.addEntity(person('joe-biden', 'Joe Biden'));
    compiler.addEntity(person('antony-blinken', 'Antony Blinken'));
    // A second claim of the same id is the same claim: the first one read stays.
    compiler.addClaim({ ...claim, entities: [] });
    const index = runToEnd(compiler.finishSteps());
    expect(index.claims.ids.count).toBe(1);
    const named = [...index.claims.entityList].map((entity) => entityIdAt(index.entityIds, entity));
    expect(named.sort()).toEqual(['antony-blinken', 'joe-biden']);
    expect(() => compiler.addClaim(claim)).toThrow(/compiled/);
  });
});
