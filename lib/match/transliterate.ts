/**
 * Latin spellings of Ukrainian and Russian names, generated when the index is compiled so packs
 * need not list them by hand (issue 13: "Olexandr Syrskyj" in a German article, where the pack
 * had "Oleksandr Syrskyi" and "Olexander Syrskyj"). One spelling per system, each word of a name
 * in the same system, so a name gets a handful of forms, not their product:
 *
 * - `en`: Ukrainian national system of 2010 (Oleksandr Syrskyi, Volodymyr Zelenskyi) and
 *   BGN/PCGN for Russian (Aleksandr Syrskiy);
 * - `simple`: the same with the adjective ending shortened as English and French newsrooms do
 *   (Syrsky, Zelensky);
 * - `de`: Duden-like (Olexandr Syrskyj, Wolodymyr Selenskyj; Russian Alexandr Syrski, Sergej);
 * - `fr`: French usage (Volodymyr Zelensky, Vladimir Poutine, Sergueï → Serguei);
 * - `scholarly`: scientific transliteration with its diacritics (Syrs'kyj without the soft sign;
 *   the matcher folds č š ž to c s z).
 */

type Table = Record<string, string>;

const COMMON: Table = {
  а: 'a',
  б: 'b',
  д: 'd',
  е: 'e',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ь: '',
  ъ: '',
  '’': '',
  "'": '',
  ʼ: '',
};

const table = (own: Table): Table => ({ ...COMMON, ...own });

const UKRAINIAN: Record<string, Table> = {
  en: table({
    в: 'v',
    г: 'h',
    ґ: 'g',
    є: 'ie',
    ж: 'zh',
    з: 'z',
    и: 'y',
    і: 'i',
    ї: 'i',
    й: 'i',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ю: 'iu',
    я: 'ia',
  }),
  de: table({
    в: 'w',
    г: 'h',
    ґ: 'g',
    є: 'je',
    ж: 'sch',
    з: 's',
    и: 'y',
    і: 'i',
    ї: 'ji',
    й: 'j',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ю: 'ju',
    я: 'ja',
  }),
  fr: table({
    в: 'v',
    г: 'h',
    ґ: 'g',
    є: 'ie',
    ж: 'j',
    з: 'z',
    и: 'y',
    і: 'i',
    ї: 'ï',
    й: 'ï',
    у: 'ou',
    х: 'kh',
    ц: 'ts',
    ч: 'tch',
    ш: 'ch',
    щ: 'chtch',
    ю: 'iou',
    я: 'ia',
  }),
  scholarly: table({
    в: 'v',
    г: 'h',
    ґ: 'g',
    є: 'je',
    ж: 'ž',
    з: 'z',
    и: 'y',
    і: 'i',
    ї: 'ji',
    й: 'j',
    х: 'ch',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'šč',
    ю: 'ju',
    я: 'ja',
  }),
};

const RUSSIAN: Record<string, Table> = {
  en: table({
    в: 'v',
    г: 'g',
    ё: 'e',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'y',
    ы: 'y',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    э: 'e',
    ю: 'yu',
    я: 'ya',
  }),
  de: table({
    в: 'w',
    г: 'g',
    ё: 'jo',
    ж: 'sch',
    з: 's',
    и: 'i',
    й: 'j',
    ы: 'y',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    э: 'e',
    ю: 'ju',
    я: 'ja',
  }),
  fr: table({
    в: 'v',
    г: 'g',
    ё: 'io',
    ж: 'j',
    з: 'z',
    и: 'i',
    й: 'ï',
    ы: 'y',
    у: 'ou',
    х: 'kh',
    ц: 'ts',
    ч: 'tch',
    ш: 'ch',
    щ: 'chtch',
    э: 'e',
    ю: 'iou',
    я: 'ia',
  }),
  scholarly: table({
    в: 'v',
    г: 'g',
    ё: 'ë',
    ж: 'ž',
    з: 'z',
    и: 'i',
    й: 'j',
    ы: 'y',
    х: 'ch',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'šč',
    э: 'è',
    ю: 'ju',
    я: 'ja',
  }),
};

/** Word-initial spellings where a system writes a glide ("Yevhen", "Jurij", "Iouri"). */
const INITIAL: Record<'uk' | 'ru', Record<string, Table>> = {
  uk: { en: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }, fr: { ю: 'iou', я: 'ia' } },
  ru: { en: { е: 'ye' }, de: { е: 'je' } },
};

/**
 * A table's spellings by slot (`slotOf`): a million-alias compile spells 110,000 distinct words
 * five times each, and reading a letter as a one-letter string to look it up in an object was the
 * most of that time.
 */
type Slots = (string | undefined)[];

const APOSTROPHES = "'’ʼ";

/** The slot of a UTF-16 unit: the Cyrillic block, then the three apostrophes; -1 for others. */
function slotOf(unit: number): number {
  if (unit >= 0x400 && unit < 0x500) return unit - 0x400;
  const apostrophe = APOSTROPHES.indexOf(String.fromCharCode(unit));
  return apostrophe < 0 ? -1 : 0x100 + apostrophe;
}

function slotsOf(letters: Table): Slots {
  const slots: Slots = new Array(0x100 + APOSTROPHES.length).fill(undefined);
  for (const [char, latin] of Object.entries(letters)) slots[slotOf(char.charCodeAt(0))] = latin;
  return slots;
}

const slotTables = (tables: Record<string, Table>): Record<string, Slots> =>
  Object.fromEntries(Object.entries(tables).map(([system, letters]) => [system, slotsOf(letters)]));

/** Built on the first spelling, not when the background starts: most wakes spell nothing. */
let slots: {
  letters: Record<'uk' | 'ru', Record<string, Slots>>;
  initial: Record<'uk' | 'ru', Record<string, Slots>>;
};
const slotTablesOnce = () =>
  (slots ??= {
    letters: { uk: slotTables(UKRAINIAN), ru: slotTables(RUSSIAN) },
    initial: { uk: slotTables(INITIAL.uk), ru: slotTables(INITIAL.ru) },
  });
const NO_SLOTS: Slots = [];

const VOWEL_SLOTS = new Set([...'аеєиіїоуюяёыэ'].map((vowel) => slotOf(vowel.charCodeAt(0))));
const KA = slotOf('к'.charCodeAt(0));
const ES = slotOf('с'.charCodeAt(0));
const IE = slotOf('е'.charCodeAt(0));

/** One lower-case word in one system, "" when a letter has no spelling. */
function transliterateWord(lower: string, language: 'uk' | 'ru', system: string): string {
  const tables = slotTablesOnce();
  const letters = tables.letters[language][system]!;
  const initial = tables.initial[language][system] ?? NO_SLOTS;
  let out = '';
  let previous = -1;
  for (let at = 0; at < lower.length; at++) {
    const slot = slotOf(lower.charCodeAt(at));
    // German writes кс as x: Олександр → Olexandr, Александр → Alexandr.
    if (system === 'de' && slot === KA && slotOf(lower.charCodeAt(at + 1)) === ES) {
      out += 'x';
      at++;
      previous = ES;
      continue;
    }
    const latin = slot < 0 ? undefined : ((at === 0 ? initial[slot] : undefined) ?? letters[slot]);
    if (latin === undefined) return '';
    // Russian е after a vowel is a glide in English and German: Сергеев → Sergeyev.
    if (language === 'ru' && slot === IE && at > 0 && VOWEL_SLOTS.has(previous) && system !== 'fr') {
      out += system === 'de' ? 'je' : 'ye';
    } else out += latin;
    previous = slot;
  }
  return out;
}

/** The adjective and name endings each system writes its own way, on the transliterated word. */
function adjustEnding(word: string, lower: string, language: 'uk' | 'ru', system: string): string {
  if (language === 'ru' && /[иы]й$/.test(lower)) {
    // Сырский: Syrskiy (BGN), Syrsky (newsrooms), Syrski (Duden), Syrski (French).
    if (system === 'simple') return word.replace(/(?:iy|yy)$/, 'y');
    if (system === 'de' || system === 'fr') return word.replace(/(?:ij|yj|iï|yï)$/, 'i');
  }
  // Only the adjective ending of surnames: first names in -ій keep theirs (Андрій → Andrii, not Andry).
  if (language === 'uk' && lower.endsWith('ий')) {
    // Сирський: Syrskyi (national), Syrsky (newsrooms, French), Syrskyj (Duden, scholarly).
    if (system === 'simple' || system === 'fr') return word.replace(/(?:yi|ii|yï|iï)$/, 'y');
  }
  // French closes a final -ин: Путин → Poutine, Ленин → Lénine.
  if (system === 'fr' && language === 'ru' && lower.endsWith('ин')) return `${word}e`;
  return word;
}

const SYSTEMS = ['en', 'simple', 'de', 'fr', 'scholarly'] as const;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Spellings of each word already seen, by language: a large store repeats first names and surnames. */
export type SpellingCache = Record<'uk' | 'ru', Map<string, string[]>>;

export const createSpellingCache = (): SpellingCache => ({ uk: new Map(), ru: new Map() });

/**
 * Words a cache keeps per language. Unbounded, it held the 110,000 distinct words of a million
 * generated aliases: 44 MB of small objects alive through the whole install, which the worker's
 * major garbage collections had to mark (pauses of 56 ms, issue 11). Cleared whenever full (at
 * 16,384), every entry lived long enough to reach V8's old generation and died there: 56–88 MB
 * of a million-alias install's promoted garbage, which sets the size of the heap V8 gives back in
 * one task after the install (issue 11). So the cache takes the first words it meets and then
 * stops growing: first names, which repeat most, are among the first, and nothing is dropped.
 */
const MAX_CACHED_WORDS = 4_096;

const CYRILLIC_WORD = /^[\u0400-\u04ff’'ʼ-]+$/u;

/**
 * The Latin spellings of a Ukrainian (`uk`) or Russian (`ru`) name written in Cyrillic, distinct
 * and at most one per system; none for a form with other scripts or characters.
 */
export function latinSpellings(form: string, language: string, cache?: SpellingCache): string[] {
  if (language !== 'uk' && language !== 'ru') return [];
  const words = form.trim().split(/\s+/u);
  for (const word of words) if (!CYRILLIC_WORD.test(word)) return [];
  // The compiler passes one cache per compile; the cache is keyed by word, one map per language,
  // so a look-up makes no new string (half of this function's time in a million-alias compile).
  const byWord = cache?.[language];
  const perWord: string[][] = [];
  for (const word of words) {
    let bySystem = byWord?.get(word);
    if (!bySystem) {
      bySystem = spellWord(word, language);
      if (byWord && byWord.size < MAX_CACHED_WORDS) byWord.set(word, bySystem);
    }
    perWord.push(bySystem);
  }
  const spellings: string[] = [];
  for (let system = 0; system < SYSTEMS.length; system++) {
    let latin = '';
    for (let at = 0; at < perWord.length; at++) {
      const word = perWord[at]![system]!;
      if (word === '') {
        latin = '';
        break;
      }
      latin = at === 0 ? word : `${latin} ${word}`;
    }
    if (latin !== '' && !spellings.includes(latin)) spellings.push(latin);
  }
  return spellings;
}

/** One word in each system, hyphenated parts each on their own ("" when a letter has no spelling). */
function spellWord(word: string, language: 'uk' | 'ru'): string[] {
  const parts = word.toLowerCase().split('-');
  // The simple system differs from English only in its endings: each part is transliterated once
  // for both (transliteration was a quarter of a million-alias compile, issue 16).
  const english = parts.map((part) => transliterateWord(part, language, 'en'));
  return SYSTEMS.map((system) => {
    let spelled = '';
    for (let at = 0; at < parts.length; at++) {
      const part = parts[at]!;
      const latin =
        system === 'en' || system === 'simple' ? english[at]! : transliterateWord(part, language, system);
      if (latin === '') return '';
      spelled += `${at === 0 ? '' : '-'}${capitalise(adjustEnding(latin, part, language, system))}`;
    }
    return spelled;
  });
}
