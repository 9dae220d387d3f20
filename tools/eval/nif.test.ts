import { describe, expect, it } from 'vitest';
import { EntityRecord } from '../../lib/schema/records';
import { goldEntityMap } from './gold-entities';
import { parseNif } from './nif';

// Shaped like News-100.ttl (AKSW/n3-collection): a context with a triple-quoted string, a
// mention pointing into it, and a property declaration between subjects.
const TURTLE = `<http://aksw.org/N3/News-100/51#char=0,48>
      a       nif:String , nif:Context , nif:RFC5147String ;
      nif:isString """Laut Spiegel sagte \\"er\\" nichts. (dpa)
"""@de .

nif:anchorOf
      a       owl:DatatypeProperty .

<http://aksw.org/N3/News-100/51#char=5,12>
      a       nif:RFC5147String ;
      nif:anchorOf "Spiegel"^^xsd:string ;
      nif:beginIndex "5"^^xsd:nonNegativeInteger ;
      nif:endIndex "12"^^xsd:nonNegativeInteger ;
      nif:referenceContext
              <http://aksw.org/N3/News-100/51#char=0,48> ;
      itsrdf:taIdentRef <http://de.dbpedia.org/resource/Der_Spiegel> .
`;

describe('NIF corpora', () => {
  it('reads documents with their gold mentions', () => {
    const [document] = parseNif(TURTLE, 'News-100.ttl');
    expect(document!.text).toBe('Laut Spiegel sagte "er" nichts. (dpa)\n');
    expect(document!.mentions).toEqual([
      { begin: 5, end: 12, anchor: 'Spiegel', resource: 'http://de.dbpedia.org/resource/Der_Spiegel' },
    ]);
  });

  it('names the file and subject when offsets do not spell the anchor', () => {
    expect(() => parseNif(TURTLE.replace('"5"', '"4"'), 'News-100.ttl')).toThrow(
      /News-100\.ttl: .*51#char=5,12 spells " Spiegel"/,
    );
  });

  it('maps gold resources to pack entities by Wikipedia title, name or alias, and never guesses', () => {
    const outlet = (id: string, fields: Partial<EntityRecord>) =>
      EntityRecord.parse({ kind: 'entity', id, type: 'outlet', name: id, ...fields });
    const entityOf = goldEntityMap([
      outlet('der-spiegel', {
        sources: [
          {
            publisher: 'Wikipedia',
            title: 'Der Spiegel',
            date: '2026-11',
            url: 'https://en.wikipedia.org/wiki/Der_Spiegel',
          },
        ],
      }),
      outlet('dpa', { aliases: { de: ['dpa'] } }),
      outlet('new-york-times', { names: { en: ['The New York Times'] } }),
      outlet('one', { aliases: { en: ['Shared'] } }),
      outlet('two', { aliases: { en: ['Shared'] } }),
    ]);
    expect(entityOf('http://de.dbpedia.org/resource/Der_Spiegel')).toBe('der-spiegel');
    expect(entityOf('http://de.dbpedia.org/resource/Dpa')).toBe('dpa');
    expect(entityOf('http://de.dbpedia.org/resource/New_York_Times')).toBe('new-york-times');
    expect(entityOf('http://de.dbpedia.org/resource/Shared')).toBeUndefined();
    expect(entityOf('http://aksw.org/notInWiki/Faglaro')).toBeUndefined();
  });
});
