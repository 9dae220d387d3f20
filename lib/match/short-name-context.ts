import { foldText } from './char-fold';
import { Gap, type TokenStream } from './token-scanner';

/**
 * The words around a short name (a surname, a word that is also a common word) that confirm or
 * refute it. They are read from the token stream of the block while it is still scanned.
 */

/** Capitalised only because they open a sentence: such a word before a surname is no first name. */
export const SENTENCE_OPENERS = new Set(
  [
    'auch',
    'laut',
    'doch',
    'dass',
    'als',
    'wie',
    'und',
    'aber',
    'nach',
    'mit',
    'fuer',
    'bei',
    'von',
    'wenn',
    'weil',
    'da',
    'so',
    'dann',
    'nun',
    'heute',
    'gestern',
    'am',
    'im',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'ob',
    'sagte',
    'erklaerte',
    'betonte',
    'hat',
    'habe',
    'hatte',
    'ist',
    'war',
    'wird',
    'wurde',
    'soll',
    'sollte',
    'kann',
    'will',
    'the',
    'but',
    'and',
    'when',
    'while',
    'as',
    'after',
    'before',
    'if',
    'then',
    'yet',
    'for',
    'with',
    'by',
    'from',
    'says',
    'said',
    'told',
    'according',
    'under',
    'on',
    'in',
    'at',
    'to',
    'of',
    'mais',
    'et',
    'selon',
    'pour',
    'quand',
    'alors',
    'le',
    'la',
    'les',
    'un',
    'une',
    'pour',
    'avec',
    'par',
    'chez',
    'dit',
    'a',
    'de',
    'du',
    'des',
    'en',
    'au',
    'aux',
    'et',
    'але',
    'і',
    'та',
    'за',
    'від',
    'но',
    'и',
    'по',
    'что',
    'що',
    'як',
    'как',
  ].map(foldText),
);

/** Nouns that make a surname part of another thing's name ("Trump Tower", "Kellogg School"). */
const THING_HEADS = new Set(
  [
    'tower',
    'towers',
    'hotel',
    'hotels',
    'school',
    'foundation',
    'institute',
    'corporation',
    'company',
    'inc',
    'ltd',
    'llc',
    'street',
    'avenue',
    'road',
    'building',
    'center',
    'centre',
    'university',
    'college',
    'airport',
    'group',
    'plaza',
    'park',
    'stadium',
    'arena',
    'award',
    'prize',
    'doctrine',
    'stiftung',
    'strasse',
    'platz',
    'preis',
    'universitaet',
    'konzern',
    'gmbh',
    'ag',
    'avenue',
    'rue',
    'ecole',
    'fondation',
  ].map(foldText),
);

/**
 * Places written "City, State": the surname is a city there ("Austin, Texas"). Kept as folded
 * token sequences: "New York" must be read whole, or every ", New…" and ", US-…" after a surname
 * would count as a place ("sagte Blinken, US-Außenminister bis Januar" was never marked).
 */
const PLACES_AFTER_COMMA: readonly (readonly string[])[] = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'Ontario',
  'Quebec',
  'England',
  'Scotland',
  'Australia',
  'Kalifornien',
  'Texas',
  'USA',
  'US',
  'U.S.',
].map((place) =>
  foldText(place)
    .split(/[ .]/u)
    .filter((word) => word !== ''),
);

/** Whether tokens from `at` on spell one of the places, as whole words (not "US-Außenminister"). */
function placeAt(text: string, tokens: TokenStream, at: number): boolean {
  return PLACES_AFTER_COMMA.some((place) => {
    if (at + place.length > tokens.count) return false;
    for (let word = 0; word < place.length; word++) {
      if (word > 0 && tokens.gapBefore[at + word]! > Gap.period) return false;
      if (foldText(tokenText(text, tokens, at + word)) !== place[word]) return false;
    }
    const after = at + place.length;
    return after >= tokens.count || tokens.gapBefore[after] !== Gap.hyphen;
  });
}

const isUpper = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase();

const tokenText = (text: string, tokens: TokenStream, at: number) =>
  text.slice(tokens.start[at], tokens.end[at]);

function isCapitalised(word: string): boolean {
  return word.length > 0 && isUpper(word[0]!);
}

/** A headline in title case ("Blinken Says Ukraine Must Fight On") capitalises every word. */
export function isTitleCase(text: string): boolean {
  // Asked for every surname of a block; with Wikidata's surnames that is many times per block.
  if (text === lastTitleCaseText) return lastTitleCase;
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  lastTitleCaseText = text;
  lastTitleCase = words.length >= 3 && words.filter(isCapitalised).length >= words.length * 0.6;
  return lastTitleCase;
}
let lastTitleCaseText: string | undefined;
let lastTitleCase = false;

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function startsSentence(text: string, tokens: TokenStream, at: number): boolean {
  if (at === 0) return true;
  return /[.!?…:]["'»«“”’)]*\s*$/u.test(text.slice(tokens.end[at - 1], tokens.start[at]));
}

/**
 * Why a short name at tokens [first, last] is someone or something else, or undefined when the
 * context does not say so. `hasTitle` is whether a title of the entity stands right before it.
 */
export function otherThingReason(
  text: string,
  tokens: TokenStream,
  first: number,
  last: number,
  hasTitle: boolean,
  language: string | undefined,
  /** The pack writes the form in lower case ("dpa"): lower case in the text is no other word. */
  lowerCaseForm = false,
): string | undefined {
  const surface = text.slice(tokens.start[first], tokens.end[last]);
  const cyrillic = /[\u0400-\u052f]/u.test(surface);
  // Lower case is the common word ("die Lichter blinken", "la poutine"); Ukrainian media write
  // "путін" in lower case on purpose, so Cyrillic is exempt.
  const cased = surface.toLowerCase() !== surface.toUpperCase();
  if (!cyrillic && cased && !lowerCaseForm && !isCapitalised(surface)) return 'lower case';
  const before = first > 0 ? text.slice(tokens.end[first - 1], tokens.start[first]) : '';
  const after = last + 1 < tokens.count ? text.slice(tokens.end[last], tokens.start[last + 1]) : '';
  if (before.includes('&') || after.includes('&')) return 'company name';
  // No first name stands before an acronym ("Staatssender RT").
  if (!hasTitle && first > 0 && tokens.gapBefore[first] === Gap.space && !isAllCaps(surface)) {
    const previous = tokenText(text, tokens, first - 1);
    // Ukrainian and Russian capitalise only names and a sentence's first word ("Заява Трампа").
    const opensCyrillicSentence = cyrillic && startsSentence(text, tokens, first - 1);
    if (
      isCapitalised(previous) &&
      !isAllCaps(previous) &&
      !opensCyrillicSentence &&
      !SENTENCE_OPENERS.has(foldText(previous))
    ) {
      return 'another first name';
    }
  }
  // A middle initial: "Marsha P. Johnson" (a readability news page) is no Boris Johnson.
  if (
    !hasTitle &&
    first > 1 &&
    tokens.gapBefore[first] === Gap.period &&
    tokens.gapBefore[first - 1] === Gap.space
  ) {
    const initial = tokenText(text, tokens, first - 1);
    if (initial.length === 1 && isUpper(initial) && isCapitalised(tokenText(text, tokens, first - 2))) {
      return 'another first name';
    }
  }
  if (last + 1 < tokens.count) {
    const next = tokenText(text, tokens, last + 1);
    const gapAfter = tokens.gapBefore[last + 1];
    if (gapAfter === Gap.space && isCapitalised(next)) {
      // "RT DE" is the German channel, not RT: a longer name is no mention of a shorter one.
      if (isAllCaps(surface) && isAllCaps(next)) return 'part of a name';
      const folded = foldText(next);
      if (THING_HEADS.has(folded)) return 'part of a name';
      // German capitalises every noun, so only English and French read a capital as a name part.
      if ((language === 'en' || language === 'fr') && !SENTENCE_OPENERS.has(folded) && !isTitleCase(text)) {
        return 'part of a name';
      }
    }
    if (after.trim() === ',' && placeAt(text, tokens, last + 1)) return 'a place';
  }
  return undefined;
}
