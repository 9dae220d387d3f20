/**
 * The language a claim is written in. Fact-checkers often leave `inLanguage` out and some pages
 * declare the site's language, not the claim's (Vishvas News serves Hindi claims from
 * `<html lang="en">`), so the declared language is checked against the text's script, and a
 * Latin-script text without any declaration is recognised by its commonest words.
 */

/** Scripts whose text is in one of few languages; the first is assumed when none is declared. */
const SCRIPT_LANGUAGES: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\p{Script=Devanagari}/u, ['hi', 'mr', 'ne']],
  [/\p{Script=Arabic}/u, ['ar', 'fa', 'ur']],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['ja']],
  [/\p{Script=Hangul}/u, ['ko']],
  [/\p{Script=Han}/u, ['zh', 'ja']],
  // Ukrainian has letters Russian lacks; checked before the Cyrillic rule.
  [/[іїєґІЇЄҐ]/u, ['uk']],
  [/\p{Script=Cyrillic}/u, ['ru', 'uk', 'bg', 'sr', 'mk', 'be']],
  [/\p{Script=Greek}/u, ['el']],
  [/\p{Script=Hebrew}/u, ['he', 'yi']],
  [/\p{Script=Bengali}/u, ['bn', 'as']],
  [/\p{Script=Tamil}/u, ['ta']],
  [/\p{Script=Thai}/u, ['th']],
];

/** Short words frequent in one language and rare in the others of the table. */
const COMMON_WORDS: ReadonlyArray<[string, ReadonlySet<string>]> = Object.entries({
  en: 'the of and is to that was for with are has have this',
  de: 'der die das und ist nicht ein eine von mit sich dem den zu auf im',
  fr: 'le la les des est et une du dans pas pour sur au il qui',
  es: 'el la los las del y en es por una con para se hay lo está',
  pt: 'o os do da dos das e em um uma não no na é ao com',
  it: 'il la gli di che è della del sono non per un nel alla',
  nl: 'het een van niet dat op te zijn wordt voor ook',
}).map(([language, words]) => [language, new Set(words.split(' '))]);
/** Below this many common words the text is too short to tell. */
const MIN_EVIDENCE = 2;

function dominantScriptLanguages(text: string): readonly string[] | undefined {
  const letters = [...text].filter((character) => /\p{L}/u.test(character));
  const latin = letters.filter((character) => /\p{Script=Latin}/u.test(character)).length;
  if (letters.length === 0 || latin * 2 >= letters.length) return undefined;
  return SCRIPT_LANGUAGES.find(([script]) => script.test(text))?.[1];
}

function guessFromCommonWords(text: string): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const scores = COMMON_WORDS.map(
    ([language, common]) => [language, words.filter((word) => common.has(word)).length] as const,
  ).sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < MIN_EVIDENCE || best[1] === second?.[1]) return undefined;
  return best[0];
}

/** The declared language when the text's script allows it; else what the text itself shows. */
export function languageOfClaim(text: string, declared: string | undefined): string | undefined {
  const scriptLanguages = dominantScriptLanguages(text);
  if (scriptLanguages) return declared && scriptLanguages.includes(declared) ? declared : scriptLanguages[0];
  return declared ?? guessFromCommonWords(text);
}
