import { describe, expect, it } from 'vitest';
import { EntityRecord } from '../schema/records';
import { compileIndex, matchArticle } from './index';

/** Rules from issue 13: names the way newsrooms write them (News-100, real NYT and German pages). */

const entity = (id: string, type: EntityRecord['type'], fields: Partial<EntityRecord>) =>
  EntityRecord.parse({ kind: 'entity', id, type, name: id, ...fields });

const ENTITIES = [
  entity('dpa', 'outlet', { names: { de: ['Deutsche Presse-Agentur'] }, aliases: { de: ['dpa'] } }),
  entity('iaea', 'organization', {
    names: { en: ['International Atomic Energy Agency'] },
    aliases: { en: ['IAEA'], fr: ['AIEA'] },
  }),
  entity('nato', 'organization', { aliases: { en: ['NATO', 'Nato'] } }),
  entity('antony-blinken', 'person', { names: { en: ['Antony Blinken'] }, shortNames: { en: ['Blinken'] } }),
];

const index = compileIndex(ENTITIES, []);
const marks = (text: string, lang = 'de') =>
  matchArticle([text], index, { lang }).map((match) => `${match.id}:${text.slice(match.start, match.end)}`);

describe('the case a form asks of the text', () => {
  // News-100: 58 agency credits "(dpa)" went unmarked because the pack's form is lower case.
  it('matches a lower-case form as written', () => {
    expect(marks('Berlin (dpa) - Die Regierung… (dpa/tmn)')).toEqual(['dpa:dpa', 'dpa:dpa']);
    expect(marks('Die DPA meldete es.')).toEqual(['dpa:DPA']);
  });

  // A Hawaiian place name "Aiea" was marked as the IAEA through its French acronym "AIEA".
  it('matches an acronym only in capitals', () => {
    expect(marks('Aiea liegt auf Oahu.')).toEqual([]);
    expect(marks("L'AIEA et l'IAEA.", 'fr')).toEqual(['iaea:AIEA', 'iaea:IAEA']);
  });

  it('keeps any capital for a form the pack writes in both ways, and none for a mixed one', () => {
    expect(marks('Die Nato und die NATO, nicht die nato.')).toEqual(['nato:Nato', 'nato:NATO']);
    expect(marks('Antony Blinken. Die Lichter blinken.')).toEqual(['antony-blinken:Antony Blinken']);
  });
});
