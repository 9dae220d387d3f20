import { describe, expect, it } from 'vitest';
import { concatBytes } from '../bytes';
import { ClaimRecord, EntityRecord } from '../schema/records';
import { runToEnd } from '../time-slices';
import {
  compileIndex,
  deserializeIndex,
  INDEX_FORMAT_VERSION,
  matchArticle,
  serializeIndex,
  serializeIndexSteps,
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

  // Stored in parts of a megabyte: serialized straight into them, the selfie is never held
  // twice at the end of an install (issue 16's peak memory).
  it('writes the same bytes in parts, each with a buffer of its own, as in one array', () => {
    const whole = serializeIndex(index);
    const parts = runToEnd(serializeIndexSteps(index, 1000));
    expect(parts.length).toBe(Math.ceil(whole.length / 1000));
    for (const part of parts) expect(part.buffer.byteLength).toBe(part.length);
    const joined = concatBytes(parts);
    expect(joined).toEqual(whole);
    expect(matchArticle(blocks, deserializeIndex(joined), { lang: 'de' })).toEqual(expected);
  });

  it('refuses bytes of another format version, so the store rebuilds', () => {
    const bytes = serializeIndex(index);
    new DataView(bytes.buffer).setUint32(4, INDEX_FORMAT_VERSION + 1, true);
    expect(() => deserializeIndex(bytes)).toThrow(/format/);
    expect(() => deserializeIndex(new Uint8Array(8))).toThrow();
  });
});
