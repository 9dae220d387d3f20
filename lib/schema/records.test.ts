import { describe, expect, it } from 'vitest';
import { PackRecord } from './records';

const blinken = {
  kind: 'entity',
  id: 'antony-blinken',
  type: 'person',
  name: 'Antony Blinken',
  names: { en: ['Antony Blinken'], uk: ['Антоні Блінкен'] },
  sources: [
    {
      publisher: 'Wikipedia',
      title: 'Antony Blinken',
      date: '2025-01',
      url: 'https://en.wikipedia.org/wiki/Antony_Blinken',
    },
  ],
};

describe('pack records', () => {
  it('accepts a well-formed entity and fills the defaults', () => {
    const record = PackRecord.parse(blinken);
    expect(record.kind).toBe('entity');
    if (record.kind === 'entity') expect(record.shortNames).toEqual({});
  });

  it.each([
    ['a javascript: link', { sources: [{ ...blinken.sources[0], url: 'javascript:alert(1)' }] }, 'http(s)'],
    ['an id that is not a slug', { id: 'Antony Blinken' }, 'slug'],
    [
      'a date more precise than the calendar',
      { sources: [{ ...blinken.sources[0], date: '2025-13-01' }] },
      'YYYY',
    ],
    ['an unknown field', { colour: 'blue' }, 'colour'],
  ])('rejects %s', (_what, change, message) => {
    const result = PackRecord.safeParse({ ...blinken, ...change });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });

  it('requires a title on a claim', () => {
    expect(PackRecord.safeParse({ kind: 'claim', id: 'some-claim' }).success).toBe(false);
    expect(
      PackRecord.safeParse({ kind: 'claim', id: 'some-claim', title: { en: 'Something happened' } }).success,
    ).toBe(true);
  });
});
