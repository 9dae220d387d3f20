import type { EntityRecord } from '../../../lib/schema/records';

/**
 * A deterministic, Wikidata-sized people list for the benchmarks: each person has four
 * full-name forms — Latin with diacritics, the same with or without a middle name, and Ukrainian
 * and Russian Cyrillic renderings.
 * No browser or Node imports: the Chromium harness bundles it too.
 */

/** mulberry32: small, fast and the same on every engine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'Anna',
  'Zoë',
  'José',
  'Jürgen',
  'Łukasz',
  'Søren',
  'Hélène',
  'François',
  'Dragoș',
  'Ştefan',
  'Miloš',
  'Agnieszka',
  'Björn',
  'Ingrid',
  'Małgorzata',
  'Tomáš',
  'Renée',
  'Anaïs',
  'Gülşen',
  'Çağlar',
  'Mark',
  'David',
  'Maria',
  'Olena',
  'Oleksandr',
  'Dmytro',
  'Iryna',
  'Natalia',
  'Pierre',
  'Jean',
  'Claire',
  'Lukas',
  'Sophie',
  'Emil',
  'Greta',
  'Jakob',
  'Leonie',
  'Mateusz',
  'Zofia',
  'Nikola',
  'Petra',
  'Václav',
  'Ágnes',
  'Zoltán',
  'Eszter',
  'Kristóf',
  'Oğuz',
  'Ayşe',
  'Răzvan',
  'Ioana',
  'Sebastián',
  'Inés',
  'Joaquín',
  'Raúl',
  'Ólafur',
  'Sigríður',
  'Ærling',
  'Åsa',
  'Thomas',
  'Julia',
  'Andrzej',
  'Katarzyna',
  'Yevhen',
  'Taras',
  'Bohdan',
  'Halyna',
  'Viktor',
  'Svitlana',
  'Roman',
  'Oksana',
];
const SURNAME_HEADS = [
  'Schmi',
  'Kowal',
  'Nowa',
  'Müll',
  'Horv',
  'Novo',
  'Petr',
  'Dubo',
  'Lefè',
  'Garc',
  'Fernán',
  'Kovač',
  'Szab',
  'Popes',
  'Ivan',
  'Shevch',
  'Bond',
  'Tkach',
  'Kravch',
  'Melnyk',
  'Hoff',
  'Weiß',
  'Schwarz',
  'Groß',
  'Kühn',
  'Łęcz',
  'Wójc',
  'Dvořá',
  'Černo',
  'Jørg',
  'Håk',
  'Øst',
  'Brønd',
  'Duch',
  'Moreau',
  'Girard',
  'Bonn',
  'Mercier',
  'Rossi',
  'Espos',
  'Conte',
  'Yılmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Öztür',
  'Arslan',
  'Doğan',
  'Kılıç',
];
const SURNAME_MIDDLES = [
  '',
  'an',
  'er',
  'ol',
  'im',
  'ur',
  'ek',
  'is',
  'ov',
  'ar',
  'el',
  'in',
  'ot',
  'ab',
  'ud',
];
const SURNAME_TAILS = [
  'ski',
  'ska',
  'enko',
  'uk',
  'er',
  'mann',
  'ovič',
  'ová',
  'escu',
  'ov',
  'eva',
  'ić',
  'ez',
  'ier',
  'ard',
  'ini',
  'elli',
  'sen',
  'ström',
  'berg',
  'ek',
  'ák',
  'os',
  'ai',
  'ke',
  'el',
  'is',
  'as',
  'oğlu',
  'an',
  'chuk',
  'yshyn',
  'iak',
  'ecki',
  'owicz',
  'ier',
  'ault',
  'ot',
  'ey',
  'ham',
  'ton',
  'ley',
  'wood',
  'ford',
  'rić',
  'ačić',
  'ényi',
];

// A rough Latin → Cyrillic transcription; the two tables differ where Ukrainian and Russian do.
const UKRAINIAN: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'ґ',
  h: 'г',
  i: 'і',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'и',
  z: 'з',
};
const RUSSIAN: Record<string, string> = { ...UKRAINIAN, g: 'г', h: 'х', i: 'и', y: 'ы', e: 'э' };

const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
};

function transcribe(name: string, table: Record<string, string>): string {
  const plain = name
    .replace(/[ßøØæÆłŁı]/gu, (letter) => UNDECOMPOSED[letter]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  return plain.replace(/\p{L}/gu, (letter) => {
    const lower = letter.toLowerCase();
    const mapped = table[lower] ?? lower;
    return letter === lower ? mapped : mapped.toUpperCase();
  });
}

export interface GeneratedPeople {
  entities: EntityRecord[];
  aliasCount: number;
}

/** `aliasCount` aliases (four per person) from `seed`; the same seed gives the same list. */
export function generatePeople(aliasCount: number, seed = 20261128): GeneratedPeople {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const entities: EntityRecord[] = [];
  const people = Math.ceil(aliasCount / 4);
  for (let person = 0; person < people; person++) {
    const first = pick(FIRST_NAMES);
    const part = () => `${pick(SURNAME_HEADS)}${pick(SURNAME_MIDDLES)}${pick(SURNAME_TAILS)}`;
    const surname = random() < 0.2 ? `${part()}-${part()}` : part();
    const middle = pick(FIRST_NAMES);
    const short = `${first} ${surname}`;
    const long = `${first} ${middle} ${surname}`;
    const latin = random() < 0.7 ? short : long;
    const other = latin === short ? long : short;
    entities.push({
      kind: 'entity',
      id: `person-${person}`,
      type: 'person',
      name: latin,
      names: {
        en: [latin],
        de: [other],
        uk: [transcribe(latin, UKRAINIAN)],
        ru: [transcribe(latin, RUSSIAN)],
      },
      aliases: {},
      shortNames: {},
      titles: {},
      roles: [],
      sources: [],
    });
  }
  return { entities, aliasCount: people * 4 };
}
