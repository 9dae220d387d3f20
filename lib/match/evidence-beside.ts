import { foldText } from './char-fold';
import type { Title } from './titles-before';
import { Gap, type TokenStream } from './token-scanner';

/**
 * Evidence for a short form in the words right beside it, other than a title (issue 13, from
 * News-100 and real German pages): the form in quotes on its own („Spiegel“), an attribution
 * before it ("Laut Spiegel", "according to Guardian"), a definite article before an acronym
 * ("Mandat der UN").
 */

const OPENING_QUOTES = '„“"«»‚‘\'‹›';
const CLOSING_QUOTES = '“”"»«‘’\'›‹';

/** "laut X", "selon X", "according to X": only a source or a speaker is named so. */
const ATTRIBUTIONS = new Set(['laut', 'selon', 'according to'].map(foldText));

/** Articles before a name written in capitals: "der UN", "the UN", "des RT". */
const DEFINITE_ARTICLES = new Set(['der', 'die', 'den', 'dem', 'des', 'the']);

const word = (text: string, tokens: TokenStream, at: number) => text.slice(tokens.start[at], tokens.end[at]);

/** The quotes around the form alone ("„Spiegel“ berichtet"), the form taking a genitive -s inside. */
export function quotedAlone(
  text: string,
  tokens: TokenStream,
  first: number,
  last: number,
): Title | undefined {
  const start = tokens.start[first]!;
  const end = tokens.end[last]!;
  const before = text[start - 1];
  const after = text[end];
  if (before === undefined || after === undefined) return undefined;
  if (!OPENING_QUOTES.includes(before) || !CLOSING_QUOTES.includes(after)) return undefined;
  return { surface: text.slice(start - 1, end + 1), specific: false, kind: 'quoted' };
}

/** "Laut Spiegel", "according to Guardian": the attribution right before the form. */
export function attributionBefore(text: string, tokens: TokenStream, first: number): Title | undefined {
  if (first === 0 || tokens.gapBefore[first] !== Gap.space) return undefined;
  const one = word(text, tokens, first - 1);
  if (ATTRIBUTIONS.has(foldText(one))) return { surface: one, specific: false, kind: 'attribution' };
  if (first < 2 || tokens.gapBefore[first - 1] !== Gap.space) return undefined;
  const two = `${word(text, tokens, first - 2)} ${one}`;
  return ATTRIBUTIONS.has(foldText(two)) ? { surface: two, specific: false, kind: 'attribution' } : undefined;
}

/**
 * "Mandat der UN": a definite article in lower case right before a form written in capitals. Not
 * before a compound: in "die UN-Vollversammlung" (an evaluation page) the article is the assembly's.
 */
export function articleBeforeCapitals(
  text: string,
  tokens: TokenStream,
  first: number,
  last: number,
): Title | undefined {
  if (first === 0 || tokens.gapBefore[first] !== Gap.space) return undefined;
  if (last + 1 < tokens.count && tokens.gapBefore[last + 1] === Gap.hyphen) return undefined;
  const article = word(text, tokens, first - 1);
  return DEFINITE_ARTICLES.has(article) ? { surface: article, specific: false, kind: 'article' } : undefined;
}

/**
 * Words that stand before a place or a common noun but not before a person's surname: French
 * "en Hollande", "la Hollande" (the Netherlands, not François Hollande), German "die Modi" (modes,
 * not Narendra Modi). They take away only the "well known" reading; a compound keeps it ("die
 * Merz-Regierung").
 */
const NOT_BEFORE_A_SURNAME = new Set(
  [
    'la',
    'le',
    'les',
    'l',
    'en',
    'au',
    'aux',
    'du',
    'des',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
  ].map(foldText),
);

export function determinerBefore(text: string, tokens: TokenStream, first: number, last: number): boolean {
  if (first === 0) return false;
  const gap = tokens.gapBefore[first];
  if (gap !== Gap.space && gap !== Gap.apostrophe) return false;
  if (last + 1 < tokens.count && tokens.gapBefore[last + 1] === Gap.hyphen) return false;
  return NOT_BEFORE_A_SURNAME.has(foldText(word(text, tokens, first - 1)));
}
