import { describe, expect, it } from 'vitest';
import { blockLanguages, detectLanguage } from './detect-language';

describe('language detection', () => {
  it('reads a Latin-script text by its function words', () => {
    // Headlines of the seed article's kind, one per language.
    expect(
      detectLanguage('Der US-Außenminister hat die Gespräche mit der Ukraine nicht beendet.')?.language,
    ).toBe('de');
    expect(detectLanguage('The secretary of state said that the talks were over.')?.language).toBe('en');
    expect(
      detectLanguage('Le ministre a dit que les négociations sont terminées pour la France.')?.language,
    ).toBe('fr');
  });

  it('reads Indonesian full of "di" as Indonesian, Italian as Italian', () => {
    // CheckThat! 2025 Indonesian posts were read as Italian by their many "di" and matched
    // against no Indonesian claim.
    const post = 'Ini di china.. Ank2 di culik dan di bekukan tuk di ambil dan di jual organ tubuhnya..';
    expect(blockLanguages([post], 'id')).toEqual(['id']);
    expect(
      detectLanguage('Il ministro ha detto che la riforma delle pensioni è stata approvata dal governo.')
        ?.language,
    ).toBe('it');
  });

  it('reads Indonesian by its own function words', () => {
    // CheckThat! 2025: Indonesian posts got no language, so no claim mark, without a page lang.
    expect(
      detectLanguage('Pemerintah telah membeli vaksin dari China untuk program yang akan dimulai bulan ini.')
        ?.language,
    ).toBe('id');
  });

  it('tells Ukrainian from Russian by their own letters', () => {
    expect(detectLanguage('Зеленський заявив, що переговори в Стамбулі зірвалися.')?.language).toBe('uk');
    expect(
      detectLanguage('Зеленский заявил, что переговоры в Стамбуле сорваны, это был отказ.')?.language,
    ).toBe('ru');
  });

  it('gives no language for a text too short to tell', () => {
    expect(detectLanguage('Istanbul, 2022')).toBeUndefined();
  });

  it('keeps the page language, except for a block that clearly reads as another', () => {
    const quote =
      'Der Minister sagte, dass die Ukraine nicht mit der Nato verhandeln wird und das auch so bleibt.';
    expect(blockLanguages(['Short line.', quote], 'en')).toEqual(['en', 'de']);
    expect(blockLanguages(['Istanbul', quote], undefined)).toEqual(['de', 'de']);
  });

  it('reads a text by its main script, and trusts the page for languages sharing it', () => {
    // CheckThat! 2025: a Thai post whose image text held a few Devanagari letters was read as Hindi.
    expect(detectLanguage('11 ข้อคิดดีๆที่ไม่ได้มีสอนในโรงเรียน จาก บิล เกตส์ क्')?.language).toBe('th');
    // CheckThat! 2025 Marathi: two thirds of the posts declared Marathi were read as Hindi by
    // their Devanagari alone, and matched against no Marathi claim.
    const marathi = 'उत्तर प्रदेश मधील थिएटर मालकांनी पठाण फिल्म दाखवण्यास नकार दिले';
    expect(blockLanguages([marathi], 'mr')).toEqual(['mr']);
    // The script still overrides a page language written in another script.
    expect(blockLanguages([marathi], 'en')).toEqual(['hi']);
  });
});
