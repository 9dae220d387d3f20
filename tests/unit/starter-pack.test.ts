import { beforeAll, describe, expect, it } from 'vitest';
import type { PackRecord } from '../../lib/schema/records';
import { loadStarterPack } from '../fixtures/starter-pack';
import { REQUIRED_CLAIMS, REQUIRED_ORGANISATIONS, REQUIRED_PEOPLE } from '../fixtures/starter-required';

let records: Map<string, PackRecord>;
beforeAll(async () => {
  const pack = await loadStarterPack();
  records = new Map(pack.records.map((record) => [record.id, record]));
});

describe('the starter pack', () => {
  it.each([...REQUIRED_PEOPLE, ...REQUIRED_ORGANISATIONS])('has %s with English and German names', (id) => {
    const record = records.get(id);
    expect(record?.kind).toBe('entity');
    if (record?.kind !== 'entity') return;
    expect(record.names.en?.length, `${id}: English names`).toBeGreaterThan(0);
    expect(record.names.de?.length, `${id}: German names`).toBeGreaterThan(0);
    expect(record.description?.en && record.description.de, `${id}: descriptions in en and de`).toBeTruthy();
    expect(record.sources.length, `${id}: sources`).toBeGreaterThan(0);
    expect(record.reviewed, `${id}: review date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(REQUIRED_PEOPLE)('writes %s in Cyrillic too', (id) => {
    const record = records.get(id);
    if (record?.kind !== 'entity') throw new Error(`${id} is missing`);
    const cyrillic = [...(record.names.uk ?? []), ...(record.names.ru ?? [])];
    expect(
      cyrillic.some((name) => /\p{Script=Cyrillic}/u.test(name)),
      id,
    ).toBe(true);
  });

  it('describes RT as an outlet with its domains and sourced notes', () => {
    const rt = records.get('rt');
    expect(rt?.kind === 'entity' && rt.type).toBe('outlet');
    if (rt?.kind !== 'entity') return;
    expect(rt.outlet?.domains).toEqual(expect.arrayContaining(['rt.com', 'de.rt.com']));
    expect(rt.outlet?.notes.every((note) => note.sources.length > 0 && note.date)).toBe(true);
  });

  it.each(REQUIRED_CLAIMS)('has claim %s with titles, triggers and contrasting dated sources', (id) => {
    const record = records.get(id);
    expect(record?.kind).toBe('claim');
    if (record?.kind !== 'claim') return;
    expect(record.title.en && record.title.de).toBeTruthy();
    for (const lang of ['de', 'en', 'fr'])
      expect(record.triggers[lang]?.length, `${id}: ${lang}`).toBeGreaterThan(0);
    expect(record.sources.length).toBeGreaterThanOrEqual(2);
    expect(
      record.sources.some((source) => source.stance !== 'supports'),
      `${id}: a disputing or context source`,
    ).toBe(true);
    const background = record.background?.en ?? '';
    expect(
      background.split(/(?<=[.!?])\s+/).length,
      `${id}: background of 3–6 sentences`,
    ).toBeGreaterThanOrEqual(3);
  });

  it('holds at least 150 entities', () => {
    expect([...records.values()].filter((record) => record.kind === 'entity').length).toBeGreaterThanOrEqual(
      150,
    );
  });
});
