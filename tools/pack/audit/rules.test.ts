import { describe, expect, it } from 'vitest';
import { PackRecord, type PackRecordInput } from '../../../lib/schema/records';
import { loadCommonWords } from './common-words';
import type { AuditContext } from './finding';
import { commonWordNames, sharedNames } from './names';
import { overlappingOffices, staleOpenRoles } from './roles';
import { citationProblems, isPlaceholderTitle } from './sources';

function context(...records: PackRecordInput[]): AuditContext {
  return {
    records: records.map((input) => {
      const record = PackRecord.parse(input);
      return { record, file: `${record.id}.yaml`, base: '' };
    }),
    packDate: '2026-11-28',
    languages: ['en', 'de', 'ru'],
    metaFile: 'pack.yaml',
  };
}

const person = (id: string, roles: unknown[], reviewed = '2026-11-28') =>
  ({ kind: 'entity', id, type: 'person', name: id, reviewed, roles }) as PackRecordInput;
const places = (findings: { file: string; place: string }[]) => findings.map((f) => `${f.file}:${f.place}`);

describe('roles', () => {
  it('flags an open role only on a record reviewed over six months before the pack', () => {
    const found = staleOpenRoles(
      context(
        person('john-healey', [{ title: { en: 'Defence Secretary' }, start: '2024-07-05' }], '2025-09'),
        person('keir-starmer', [{ title: { en: 'Prime Minister' }, start: '2024-07-05' }], '2026-06'),
        person('antony-blinken', [{ title: { en: 'Secretary of State' }, end: '2025-01-20' }], '2024'),
        { kind: 'entity', id: 'unreviewed', type: 'person', name: 'X', roles: [{ title: { en: 'Envoy' } }] },
      ),
    );
    expect(places(found)).toEqual(['john-healey.yaml:roles[0].end', 'unreviewed.yaml:roles[0].end']);
  });

  // Andrej Babiš handed the Czech premiership to Petr Fiala on 28 November 2021; the starter pack
  // ended Babiš's term on 17 December, the day Fiala's cabinet was appointed (found by this rule).
  it('finds one office held by two people at once, compared per language and normalised', () => {
    const found = overlappingOffices(
      context(
        person('andrej-babis', [
          { title: { en: 'Prime Minister of the Czech Republic' }, start: '2017-12-06', end: '2021-12-17' },
        ]),
        person('petr-fiala', [
          {
            title: { de: 'Ministerpräsident Tschechiens', en: 'prime minister of the  Czech Republic.' },
            start: '2021-11-28',
            end: '2025-12',
          },
        ]),
      ),
    );
    expect(places(found)).toEqual(['petr-fiala.yaml:roles[0]']);
    expect(found[0]?.reason).toContain(
      'also held by andrej-babis at overlapping dates (2017-12-06 – 2021-12-17',
    );
  });

  it('lets a handover on one day, an unclear month, other organisations and shared seats pass', () => {
    const role = (start: string, end?: string, organization?: string) => ({
      title: { en: 'Minister of Defence' },
      start,
      ...(end ? { end } : {}),
      ...(organization ? { organization } : {}),
    });
    const orgs = ['ua-gov', 'ru-gov'].map(
      (id) => ({ kind: 'entity', id, type: 'organization', name: id }) as const,
    );
    const handovers = context(
      person('a', [role('2020-01-01', '2023-09-05')]),
      person('b', [role('2023-09-05', '2024-05')]),
      person('c', [role('2024-05-12')]),
    );
    const countries = context(
      ...orgs,
      person('d', [role('2022-01-01', undefined, 'ua-gov')]),
      person('e', [role('2022-01-01', undefined, 'ru-gov')]),
    );
    const aides = context(
      person('f', [{ title: { en: 'Aide to the President of Russia' }, start: '2012-05-21' }]),
      person('g', [{ title: { en: 'Aide to the President of Russia' }, start: '2020-01-24' }]),
    );
    for (const pack of [handovers, countries, aides]) expect(overlappingOffices(pack)).toEqual([]);
  });
});

describe('sources', () => {
  it('knows placeholder titles from real ones', () => {
    expect(
      isPlaceholderTitle('Report on Rutte taking over from Stoltenberg at NATO (descriptive title)'),
    ).toBe(true);
    expect(isPlaceholderTitle('[Press release]')).toBe(true);
    expect(isPlaceholderTitle('(untitled)')).toBe(true);
    expect(isPlaceholderTitle('Untitled')).toBe(true);
    expect(isPlaceholderTitle('Putin annexes Ukrainian land occupied by Russian forces')).toBe(false);
    expect(isPlaceholderTitle('Zelensky (interview)')).toBe(false);
  });

  it('checks citations in outlet notes too, and warns on month-only dates', () => {
    const outlet = {
      kind: 'entity',
      id: 'voa',
      type: 'outlet',
      name: 'Voice of America',
      outlet: {
        domains: ['voanews.com'],
        notes: [
          {
            text: { en: 'Most staff were put on leave in March 2025.' },
            sources: [{ publisher: 'Unknown', title: 'VOA staff put on leave', date: '2025-03' }],
          },
        ],
      },
    } as PackRecordInput;
    expect(citationProblems(context(outlet)).map((f) => `${f.severity} ${f.place}`)).toEqual([
      'error outlet.notes[0].sources[0].publisher',
      'warning outlet.notes[0].sources[0].date',
    ]);
  });
});

describe('names', () => {
  const entity = (id: string, names: Record<string, string[]>, aliases: Record<string, string[]> = {}) =>
    ({ kind: 'entity', id, type: 'organization', name: id, names, aliases }) as PackRecordInput;

  it('reports a name two entities share once, at the second', () => {
    const found = sharedNames(
      context(
        entity('uk-mod', { en: ['Ministry of Defence'], de: ['britisches Verteidigungsministerium'] }),
        entity(
          'ru-mod',
          { en: ['Russian Ministry of Defence'] },
          { en: ['ministry of defence'], fr: ['Ministry of Defence'] },
        ),
      ),
    );
    expect(places(found)).toEqual(['ru-mod.yaml:aliases.en[0]']);
    expect(found[0]?.reason).toBe(
      'ambiguity: "ministry of defence" is also a name of uk-mod (uk-mod.yaml:names.en[0])',
    );
  });

  it('warns on names that are common words of a pack language, but not on acronyms or short names', async () => {
    const { lists } = await loadCommonWords(['en', 'de', 'ru']);
    const found = commonWordNames(
      context(
        entity('bild', { de: ['Bild', 'Bild-Zeitung'] }),
        // "Мир" (world, peace) is the name of the Soviet space station and of a Russian TV channel.
        entity('mir', { ru: ['Мир'] }),
        entity('eu', {}, { en: ['EU'] }),
        { kind: 'entity', id: 'johnson', type: 'person', name: 'Johnson', shortNames: { en: ['Will'] } },
      ),
      lists,
    );
    expect(places(found)).toEqual(['bild.yaml:names.de[0]', 'mir.yaml:names.ru[0]']);
  });
});
