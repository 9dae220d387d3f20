import { describe, expect, it } from 'vitest';
import { EntityRecord } from '../schema/records';
import { compileIndex, matchArticle } from './index';
import { createSpellingCache, latinSpellings } from './transliterate';

const person = (id: string, fields: Partial<EntityRecord>) =>
  EntityRecord.parse({ kind: 'entity', id, type: 'person', name: id, ...fields });

describe('Latin spellings of Cyrillic names', () => {
  // Issue 13: a German evaluation page wrote "Olexandr Syrskyj"; English media write Syrskyi or
  // Syrsky, French Syrsky, Duden Syrskyj.
  it('gives one spelling per system, a handful per name', () => {
    expect(latinSpellings('Олександр Сирський', 'uk')).toEqual([
      'Oleksandr Syrskyi',
      'Oleksandr Syrsky',
      'Olexandr Syrskyj',
      'Oleksandr Syrskyj',
    ]);
    expect(latinSpellings('Владимир Путин', 'ru')).toEqual([
      'Vladimir Putin',
      'Wladimir Putin',
      'Vladimir Poutine',
    ]);
    expect(latinSpellings('Андрій Єрмак', 'uk')).toEqual(['Andrii Yermak', 'Andrij Jermak', 'Andriï Iermak']);
  });

  // The compiler's cache is bounded (a million aliases have 110,000 distinct words) and keeps the
  // words it met first: a word met once it is full gets the same spellings, uncached.
  it('spells alike with and without the cache, also once the cache is full', () => {
    const cache = createSpellingCache();
    const letters = 'бвгдклмнпрст';
    const surnames = Array.from({ length: 20_000 }, (_, n) => {
      let word = 'Ко';
      for (let rest = n; rest > 0; rest = Math.floor(rest / letters.length))
        word += `${letters[rest % letters.length]}а`;
      return `${word}енко`;
    });
    for (const surname of surnames) latinSpellings(`Андрій ${surname}`, 'uk', cache);
    expect(cache.uk.size).toBe(4_096);
    expect(cache.uk.has('Андрій')).toBe(true);
    for (const surname of [surnames[0]!, surnames[19_999]!])
      expect(latinSpellings(`Андрій ${surname}`, 'uk', cache)).toEqual(
        latinSpellings(`Андрій ${surname}`, 'uk'),
      );
    expect(latinSpellings('Андрій Коенко', 'uk', cache)).toContain('Andrii Koenko');
  });

  it('leaves forms in other languages and scripts alone', () => {
    expect(latinSpellings('Syrskyi', 'uk')).toEqual([]);
    expect(latinSpellings('Олександр Сирський', 'bg')).toEqual([]);
  });

  const index = compileIndex(
    [
      person('oleksandr-syrskyi', {
        names: { uk: ['Олександр Сирський'] },
        shortNames: { uk: ['Сирський'] },
      }),
      person('volodymyr-zelensky', { names: { uk: ['Володимир Зеленський'] } }),
      person('vladimir-putin', { names: { ru: ['Владимир Путин'] } }),
      person('andriy-yermak', { names: { uk: ['Андрій Єрмак'] } }),
      // A namesake whose pack spells the name in Latin: the generated spelling must not name the other.
      person('andrii-yermak-namesake', { names: { en: ['Andrii Yermak'] } }),
    ],
    [],
  );
  const marks = (text: string, lang: string) =>
    matchArticle([text], index, { lang }).map((match) => `${match.id}:${text.slice(match.start, match.end)}`);

  it('marks the generated spellings like the pack forms they come from', () => {
    expect(marks('Olexandr Syrskyj besuchte Wolodymyr Selenskyj. Syrskyj sagte nichts.', 'de')).toEqual([
      'oleksandr-syrskyi:Olexandr Syrskyj',
      'volodymyr-zelensky:Wolodymyr Selenskyj',
      'oleksandr-syrskyi:Syrskyj',
    ]);
    expect(marks('Vladimir Poutine et Oleksandr Syrsky.', 'fr')).toEqual([
      'vladimir-putin:Vladimir Poutine',
      'oleksandr-syrskyi:Oleksandr Syrsky',
    ]);
    // The short name needs evidence as always.
    expect(marks('Syrsky sagte nichts.', 'de')).toEqual([]);
  });

  it('drops a generated spelling that another entity has', () => {
    expect(marks('Andrii Yermak und Andrij Jermak.', 'de')).toEqual([
      'andrii-yermak-namesake:Andrii Yermak',
      'andriy-yermak:Andrij Jermak',
    ]);
  });
});
