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

const VOWELS = new Set('аеєиіїоуюяёыэ');

function transliterateWord(word: string, language: 'uk' | 'ru', system: string): string {
  const lower = word.toLowerCase();
  const letters = (language === 'uk' ? UKRAINIAN : RUSSIAN)[system]!;
  const initial = INITIAL[language][system] ?? {};
  let out = '';
  for (let at = 0; at < lower.length; at++) {
    const char = lower[at]!;
    const next = lower[at + 1];
    // German writes кс as x: Олександр → Olexandr, Александр → Alexandr.
    if (system === 'de' && char === 'к' && next === 'с') {
      out += 'x';
      at++;
      continue;
    }
    const latin = (at === 0 ? initial[char] : undefined) ?? letters[char];
    if (latin === undefined) return '';
    // Russian е after a vowel is a glide in English and German: Сергеев → Sergeyev.
    if (language === 'ru' && char === 'е' && at > 0 && VOWELS.has(lower[at - 1]!) && system !== 'fr') {
      out += system === 'de' ? 'je' : 'ye';
      continue;
    }
    out += latin;
  }
  return out;
}

/** The adjective and name endings each system writes its own way, on the transliterated word. */
function adjustEnding(word: string, cyrillic: string, language: 'uk' | 'ru', system: string): string {
  const lower = cyrillic.toLowerCase();
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
      bySystem = SYSTEMS.map((system) => spellWord(word, language, system));
      byWord?.set(word, bySystem);
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

/** One word in one system, hyphenated parts each on their own ("" when a letter has no spelling). */
function spellWord(word: string, language: 'uk' | 'ru', system: (typeof SYSTEMS)[number]): string {
  const table = system === 'simple' ? 'en' : system;
  const parts = word
    .split('-')
    .map((part) =>
      capitalise(adjustEnding(transliterateWord(part, language, table), part, language, system)),
    );
  return parts.some((part) => part === '') ? '' : parts.join('-');
}
