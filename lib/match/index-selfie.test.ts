import { describe, expect, it } from 'vitest';
import { ClaimRecord, EntityRecord } from '../schema/records';
import {
  compileIndex,
  deserializeIndex,
  INDEX_FORMAT_VERSION,
  indexSelfie,
  matchArticle,
  serializeIndex,
} from './index';

const entities = Array.from({ length: 100 }, (_, at) =>
  EntityRecord.parse({
    kind: 'entity',
    id: `person-${at}`,
    type: 'person',
    name: `Person ${at}`,
    names: { en: [`Anna Nummer${at}`], uk: [`Анна Номер${at}`] },
    shortNames: { en: [`Nummer${at}`] },
    titles: { de: ['Sprecherin'] },
  }),
);
const claims = [
  ClaimRecord.parse({
    kind: 'claim',
    id: 'claim-one',
    title: { en: 'A claim' },
    entities: ['person-7'],
    triggers: { de: ['Waffen*', 'geliefert'] },
  }),
];
const blocks = [
  'Sprecherin Nummer3 sagte: Anna Nummer7 hat Waffen geliefert.',
  'Nummer7 auch, und Анна Номер42 ebenso; Nummer99 nicht.',
];

describe('index selfie', () => {
  const index = compileIndex(entities, claims);
  const expected = matchArticle(blocks, index, { lang: 'de' });

  it('matches the same after a round trip, also from an unaligned byte array', () => {
    const bytes = serializeIndex(index);
    expect(matchArticle(blocks, deserializeIndex(bytes), { lang: 'de' })).toEqual(expected);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    expect(matchArticle(blocks, deserializeIndex(unaligned), { lang: 'de' })).toEqual(expected);
    expect(expected.map((match) => match.id)).toEqual([
      'claim-one',
      'person-3',
      'person-7',
      'person-7',
      'person-42',
    ]);
  });

  it('is the same when its parts are copied range by range, across the arrays it is made of', () => {
    const selfie = indexSelfie(index);
    // Odd sizes, so parts begin and end inside arrays, in the padding and in the claims.
    for (const partBytes of [1, 7, 1000, selfie.length]) {
      const parts: Uint8Array[] = [];
      for (let start = 0; start < selfie.length; start += partBytes)
        parts.push(selfie.copy(start, Math.min(selfie.length, start + partBytes)));
      expect(Buffer.compare(Buffer.concat(parts), serializeIndex(index))).toBe(0);
    }
    expect(matchArticle(blocks, deserializeIndex(selfie.copy(0, selfie.length)), { lang: 'de' })).toEqual(
      expected,
    );
  });

  it('refuses bytes of another format version, so the store rebuilds', () => {
    const bytes = serializeIndex(index);
    new DataView(bytes.buffer).setUint32(4, INDEX_FORMAT_VERSION + 1, true);
    expect(() => deserializeIndex(bytes)).toThrow(/format/);
    expect(() => deserializeIndex(new Uint8Array(8))).toThrow();
  });
});
