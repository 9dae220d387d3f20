import { foldText } from './char-fold';
import { ANY_ENTITY, type CompiledIndex, hasRoleWord } from './compiled-index';
import { OCCUPATIONS, officeOf, officeWords } from './role-words';
import { isTitleCase, SENTENCE_OPENERS } from './short-name-context';
import { Gap, type TokenStream } from './token-scanner';

/**
 * Evidence for a full name that is no proof alone (issue 17): one shared by several entities or
 * made of common parts (lib/match/name-frequency.ts). The words right before it ("West German
 * Finance Minister Gerhard Stoltenberg", "US-Präsident Barack Obama") and an apposition after a
 * comma ("Martin Dempsey, chairman of the Joint Chiefs of Staff") must name one of the entity's
 * roles, and nothing there may name another occupation ("Bob Young, owner of Young Appliance",
 * "Nissans Vizepräsident Simon Thomas", "Larry Taylor, risk manager").
 */

/** Words read before a name: a title phrase is rarely longer ("West German Finance Minister"). */
const WORDS_BEFORE = 5;
/** Words read in an apposition after a comma ("chairman of the Joint Chiefs of Staff"). */
const WORDS_AFTER = 8;

interface WindowWord {
  word: string;
  office: boolean;
  /** As written, widened over hyphen parts ("US-Präsident"). */
  surface: string;
}

/** The evidence words around a name at tokens [first, last], read once for all its entities. */
export interface NameWindow {
  words: WindowWord[];
  occupations: { word: string; surface: string }[];
}

const surfaceOf = (text: string, tokens: TokenStream, from: number, to: number) => {
  let start = from;
  while (start > 0 && tokens.gapBefore[start] === Gap.hyphen) start--;
  return text.slice(tokens.start[start], tokens.end[to]);
};

function readWords(text: string, tokens: TokenStream, from: number, to: number, into: NameWindow): void {
  if (from > to) return;
  const folded: string[] = [];
  for (let at = from; at <= to; at++) folded.push(foldText(text.slice(tokens.start[at], tokens.end[at])));
  for (const found of officeWords(folded)) {
    into.words.push({
      word: found.word,
      office: found.office,
      surface: surfaceOf(text, tokens, from + found.from, from + found.to),
    });
  }
  folded.forEach((word, at) => {
    if (OCCUPATIONS.has(word))
      into.occupations.push({ word, surface: surfaceOf(text, tokens, from + at, from + at) });
  });
}

export function nameWindow(text: string, tokens: TokenStream, first: number, last: number): NameWindow {
  const window: NameWindow = { words: [], occupations: [] };
  let from = first;
  while (from > 0 && first - from < WORDS_BEFORE && tokens.gapBefore[from]! <= Gap.period) from--;
  readWords(text, tokens, from, first - 1, window);
  const next = last + 1;
  if (next < tokens.count && /^\s*[,(]\s*$/u.test(text.slice(tokens.end[last], tokens.start[next]))) {
    let to = next;
    while (to + 1 < tokens.count && to - next < WORDS_AFTER - 1 && tokens.gapBefore[to + 1]! <= Gap.period)
      to++;
    readWords(text, tokens, next, to, window);
  }
  return window;
}

/** What the window says of one entity: a role of its that fits (as written), or that it is someone else. */
export function nameSupport(
  window: NameWindow,
  index: CompiledIndex,
  entity: number,
): { fit: string } | 'contradicted' | undefined {
  for (const occupation of window.occupations)
    if (!hasRoleWord(index, entity, occupation.word)) return 'contradicted';
  const fit = window.words.find(({ word }) => hasRoleWord(index, entity, word));
  if (fit) return { fit: fit.surface };
  // "group vice president" before a senator's name: an office, but not one of his.
  return window.words.some(({ office }) => office) ? 'contradicted' : undefined;
}

/**
 * Whether an office before a surname is one of the entity's ("Prime Minister Singh" is Manmohan
 * Singh, not one of the other 196 Singhs of the store; "US-Präsident Obama").
 */
export const officeFits = (window: NameWindow, index: CompiledIndex, entity: number) =>
  window.words.some(({ word, office }) => office && hasRoleWord(index, entity, word));

const isCapitalised = (word: string) => word !== word.toLowerCase() && word[0] === word[0]!.toUpperCase();

/**
 * A common name followed by another capitalised word in English or French text, outside a
 * title-case headline: the first names of a longer name ("si Jean-Michel Lahmi fait le job", a
 * readability page; "Jean Michel" is a French deputy). German capitalises every noun, and a
 * name that is proof alone keeps its mark ("Barack Obama Presidential Library" is rare enough).
 */
export function beforeAnotherName(
  text: string,
  tokens: TokenStream,
  last: number,
  language: string | undefined,
): boolean {
  if ((language !== 'en' && language !== 'fr') || last + 1 >= tokens.count) return false;
  if (tokens.gapBefore[last + 1] !== Gap.space) return false;
  const next = text.slice(tokens.start[last + 1], tokens.end[last + 1]);
  return (
    isCapitalised(next) &&
    next !== next.toUpperCase() &&
    !SENTENCE_OPENERS.has(foldText(next)) &&
    !isTitleCase(text)
  );
}

/**
 * Whether the full name at tokens [first, last] is the end or the start of a longer name (issue
 * 17): a first name of some person of the store right before it ("Sam Alexis": Alexis is a
 * Brazilian deputy's one name), or a name going on after a hyphen in lower case ("Yang Mei-ling"
 * is not Yang Mei). Not a title ("President Barack Obama") nor a word in capitals.
 */
export function insideLongerName(
  text: string,
  tokens: TokenStream,
  first: number,
  last: number,
  index: CompiledIndex,
): boolean {
  if (last > first && last + 1 < tokens.count && tokens.gapBefore[last + 1] === Gap.hyphen) {
    const next = text.slice(tokens.start[last + 1], tokens.end[last + 1]);
    if (next === next.toLowerCase() && next !== next.toUpperCase()) return true;
  }
  if (first === 0 || tokens.gapBefore[first] !== Gap.space) return false;
  const previous = text.slice(tokens.start[first - 1], tokens.end[first - 1]);
  if (!isCapitalised(previous) || previous === previous.toUpperCase()) return false;
  const folded = foldText(previous);
  return officeOf(folded) === undefined && hasRoleWord(index, ANY_ENTITY, folded);
}
