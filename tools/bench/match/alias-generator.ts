import type { EntityRecord } from '../../../lib/schema/records';

/**
 * A deterministic, Wikidata-sized people list for the benchmarks, in the proportions of the
 * starter pack's people (per person 6.7 names, 3.9 short names in 3 of 4, 0.25 aliases, 8.8
 * titles mostly shared): six full names (Latin with diacritics, with and without a middle name,
 * with an initial, Ukrainian and Russian Cyrillic), short names (the surname in Latin and
 * Cyrillic) for 4 in 5, an alias that contains the surname ("Kowalski-Regierung") for 1 in 40,
 * and three titles from a shared pool. Surnames are drawn from 37,500 combinations, so many are
 * shared, as real surnames are; 1 in 100 is marked prominent.
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
  /** Names, aliases and short names (titles are counted apart). */
  aliasCount: number;
  titleCount: number;
}

const ROLES = [
  'Minister',
  'Abgeordneter',
  'General',
  'Botschafter',
  'Senator',
  'Gouverneur',
  'Sprecher',
  'Direktor',
];
const COUNTRIES = [
  'Polens',
  'Ungarns',
  'Schwedens',
  'Rumäniens',
  'Kroatiens',
  'der Türkei',
  'Portugals',
  'Litauens',
];
const FIELDS = ['Außen', 'Verteidigungs', 'Finanz', 'Innen', 'Justiz', 'Gesundheits', 'Agrar', 'Verkehrs'];
/** 8 + 64 + 512 titles: "General", "Minister Polens", "Außenminister Polens"… */
const TITLE_POOL = [
  ...ROLES,
  ...ROLES.flatMap((role) => COUNTRIES.map((country) => `${role} ${country}`)),
  ...FIELDS.flatMap((field) => COUNTRIES.map((country) => `${field}minister ${country}`)),
  ...FIELDS.flatMap((field) => ROLES.map((role) => `${field}${role.toLowerCase()}`)),
];

/** People with about `aliasCount` names, aliases and short names from `seed`; the same seed gives the same list. */
export function generatePeople(aliasCount: number, seed = 20261128): GeneratedPeople {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const entities: EntityRecord[] = [];
  let aliases = 0;
  let titleCount = 0;
  for (let person = 0; aliases < aliasCount; person++) {
    const first = pick(FIRST_NAMES);
    const part = () => `${pick(SURNAME_HEADS)}${pick(SURNAME_MIDDLES)}${pick(SURNAME_TAILS)}`;
    const surname = random() < 0.2 ? `${part()}-${part()}` : part();
    const middle = pick(FIRST_NAMES);
    const short = `${first} ${surname}`;
    const long = `${first} ${middle} ${surname}`;
    const latin = random() < 0.7 ? short : long;
    const other = latin === short ? long : short;
    const names = {
      en: [latin, `${first[0]}. ${surname}`],
      de: [other],
      uk: [transcribe(latin, UKRAINIAN), transcribe(other, UKRAINIAN)],
      ru: [transcribe(latin, RUSSIAN)],
    };
    const shortNames: Record<string, string[]> =
      random() < 0.8
        ? { en: [surname], uk: [transcribe(surname, UKRAINIAN)], ru: [transcribe(surname, RUSSIAN)] }
        : {};
    const personAliases: Record<string, string[]> = random() < 0.025 ? { de: [`${surname}-Regierung`] } : {};
    const titles = { de: [pick(TITLE_POOL), pick(TITLE_POOL), pick(TITLE_POOL)] };
    entities.push({
      kind: 'entity',
      id: `person-${person}`,
      type: 'person',
      name: latin,
      names,
      aliases: personAliases,
      shortNames,
      titles,
      ...(random() < 0.01 ? { prominent: true } : {}),
      roles: [],
      sources: [],
    });
    for (const field of [names, shortNames, personAliases]) aliases += Object.values(field).flat().length;
    titleCount += titles.de.length;
  }
  return { entities, aliasCount: aliases, titleCount };
}
