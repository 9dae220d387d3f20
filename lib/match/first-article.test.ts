import { describe, expect, it } from 'vitest';
import { firstArticleParagraphs } from '../../tests/fixtures/corpus/paragraphs';
import { TextMatch } from '../messaging/protocol';
import { EntityRecord } from '../schema/records';
import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from './index';

const person = (id: string, fields: Partial<EntityRecord>) =>
  EntityRecord.parse({ kind: 'entity', id, type: 'person', name: id, ...fields });

/** The entities the seed article names, written the way the starter pack writes them. */
const ENTITIES = [
  person('antony-blinken', {
    names: { en: ['Antony Blinken'], uk: ['Ентоні Блінкен'] },
    shortNames: { en: ['Blinken'], uk: ['Блінкен'] },
    titles: { de: ['US-Außenminister', 'Außenminister'], en: ['Secretary of State'] },
  }),
  person('mark-milley', {
    names: { en: ['Mark Milley'] },
    shortNames: { en: ['Milley'] },
    titles: { en: ['Gen.'] },
  }),
  person('boris-johnson', { names: { en: ['Boris Johnson'] }, shortNames: { en: ['Johnson'] } }),
  person('volodymyr-zelensky', {
    names: { en: ['Volodymyr Zelensky'], de: ['Wolodymyr Selenskyj'], uk: ['Володимир Зеленський'] },
    aliases: { en: ['Zelensky', 'Zelenskyy'], de: ['Selenskyj'], uk: ['Зеленський'] },
  }),
  person('david-arakhamia', {
    names: { en: ['David Arakhamia'], de: ['David Arachamija'] },
    shortNames: { en: ['Arakhamia'] },
  }),
  person('jean-daniel-ruch', { names: { en: ['Jean-Daniel Ruch'] }, shortNames: { en: ['Ruch'] } }),
  person('donald-trump', { names: { en: ['Donald Trump'] }, shortNames: { en: ['Trump'] } }),
  person('joe-biden', { names: { en: ['Joe Biden'] }, aliases: { en: ['Biden'] } }),
  EntityRecord.parse({
    kind: 'entity',
    id: 'nato',
    type: 'organization',
    name: 'NATO',
    names: { en: ['North Atlantic Treaty Organization'] },
    aliases: { en: ['NATO', 'Nato'], fr: ['OTAN'], uk: ['НАТО'] },
  }),
  EntityRecord.parse({
    kind: 'entity',
    id: 'new-york-times',
    type: 'outlet',
    name: 'The New York Times',
    names: { en: ['The New York Times', 'New York Times'] },
    aliases: { en: ['NYT'] },
  }),
  EntityRecord.parse({
    kind: 'entity',
    id: 'council-on-foreign-relations',
    type: 'organization',
    name: 'Council on Foreign Relations',
    names: { en: ['Council on Foreign Relations'] },
    aliases: { en: ['CFR'] },
  }),
  EntityRecord.parse({
    kind: 'entity',
    id: 'pentagon',
    type: 'organization',
    name: 'Pentagon',
    names: { en: ['United States Department of Defense'] },
    aliases: { en: ['Pentagon'] },
  }),
];

const article = firstArticleParagraphs();

describe('the first article (German)', () => {
  const index = compileIndex(ENTITIES, []);
  const matches = matchArticle(article, index, { lang: 'de' });
  const found = matches.map((match) => [match.id, article[match.block]!.slice(match.start, match.end)]);

  it('marks every name it knows, as written', () => {
    expect(found).toEqual([
      ['antony-blinken', 'Blinken'],
      ['new-york-times', 'NYT'],
      ['antony-blinken', 'Blinken'],
      ['mark-milley', 'Mark Milley'],
      ['antony-blinken', 'Antony Blinken'],
      ['new-york-times', 'New York Times'],
      ['mark-milley', 'Mark Milley'],
      ['antony-blinken', 'Blinken'],
      ['pentagon', 'Pentagon'],
      ['new-york-times', 'NYT'],
      ['antony-blinken', 'Blinken'],
      ['council-on-foreign-relations', 'Council on Foreign Relations'],
      ['joe-biden', 'Biden'],
      ['donald-trump', 'Donald Trump'],
      ['joe-biden', 'Biden'],
      ['antony-blinken', 'Blinken'],
      ['new-york-times', 'NYT'],
      ['nato', 'NATO'],
      ['boris-johnson', 'Boris Johnson'],
      ['david-arakhamia', 'David Arakhamia'],
      ['volodymyr-zelensky', 'Selenskyj'],
      ['jean-daniel-ruch', 'Jean-Daniel Ruch'],
      ['jean-daniel-ruch', 'Ruch'],
      ['boris-johnson', 'Johnson'],
    ]);
  });

  it('explains each mark', () => {
    const headline = matches[0]!;
    expect(headline.evidence).toBe('full name in article');
    const titled = matches.find((match) => match.alias === 'Antony Blinken');
    expect(titled?.evidence).toBe('full name');
  });

  it('answers in the shape the messaging contract accepts', () => {
    for (const match of matches) expect(TextMatch.parse(match)).toEqual(match);
  });

  it('gives the same marks after a round trip through the selfie', () => {
    const loaded = deserializeIndex(serializeIndex(index));
    expect(matchArticle(article, loaded, { lang: 'de' })).toEqual(matches);
  });
});
