import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as hindi } from '@orama/stemmers/indian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

/**
 * Polish has no Snowball stemmer in @orama/stemmers: a light one that strips the commonest case
 * and number endings (longest first), keeping at least four letters ("ukraińskiego" → "ukraiń",
 * "miliardów" → "miliard", "dolarów" → "dolar").
 */
const POLISH_ENDINGS = [
  'owania',
  'owanie',
  'ościami',
  'ściami',
  'iego',
  'ymi',
  'ami',
  'ach',
  'ego',
  'emu',
  'owi',
  'ów',
  'ach',
  'om',
  'em',
  'ie',
  'ią',
  'ej',
  'ym',
  'ich',
  'ych',
  'ość',
  'ości',
  'ski',
  'ska',
  'skie',
  'a',
  'ą',
  'ę',
  'e',
  'i',
  'o',
  'u',
  'y',
].sort((a, b) => b.length - a.length);

function polish(word: string): string {
  for (const ending of POLISH_ENDINGS) {
    if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

const STEMMERS: Record<string, (word: string) => string> = {
  ar: arabic,
  de: german,
  en: english,
  es: spanish,
  fr: french,
  hi: hindi,
  id: indonesian,
  it: italian,
  nl: dutch,
  pl: polish,
  pt: portuguese,
  ru: russian,
  uk: ukrainian,
};

/** The stem of a lower-case word; a language without a stemmer keeps the word whole. */
export function stem(word: string, language: string | undefined): string {
  const stemmer = language === undefined ? undefined : STEMMERS[language];
  return stemmer ? stemmer(word) : word;
}
