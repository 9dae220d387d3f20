import { foldText } from './char-fold';

/**
 * The words of an office, the same in every pack language, so that the words around a name in
 * the text can be compared with the roles an entity held (issue 17: "US-Präsident Barack Obama",
 * "Heimatschutzministerin Janet Napolitano", "West German Finance Minister Gerhard Stoltenberg").
 * Both sides go through `officeWords`: a role title when the index is compiled, the words beside
 * a name when it is matched. Office nouns become one concept ("Präsident", "président",
 * "президент", "Pres." → `president`); other words of a role title stay as they are folded
 * ("Louisiana", "Finance", "Joint", "Chiefs"), since a place or a ministry also fits.
 */

const concept = (name: string, forms: string[]) => forms.map((form) => [foldText(form), name] as const);

/** Office nouns in en, de, fr, ru, uk (and their abbreviations in news text). */
const OFFICES = new Map<string, string>([
  ...concept('president', ['president', 'Präsident', 'Präsidentin', 'présidente', 'Pres.', 'президент']),
  ...concept('minister', ['minister', 'Ministerin', 'ministre', 'secretary', 'министр', 'міністр']),
  ...concept('chancellor', ['chancellor', 'Kanzler', 'Kanzlerin', 'chancelier', 'chancelière', 'канцлер']),
  ...concept('senator', [
    'senator',
    'Senatorin',
    'Sen.',
    'sénateur',
    'sénatrice',
    'senate',
    'Senat',
    'сенатор',
  ]),
  ...concept('governor', ['governor', 'Gov.', 'gouverneur', 'Gouverneurin', 'губернатор']),
  ...concept('representative', [
    'representative',
    'Rep.',
    'congressman',
    'congresswoman',
    'Abgeordnete',
    'Abgeordneter',
    'député',
    'députée',
    'MP',
    'депутат',
  ]),
  ...concept('ambassador', [
    'ambassador',
    'Botschafter',
    'Botschafterin',
    'ambassadeur',
    'ambassadrice',
    'посол',
  ]),
  ...concept('mayor', ['mayor', 'Bürgermeister', 'Bürgermeisterin', 'maire', 'мэр', 'мер']),
  ...concept('general', ['general', 'Gen.', 'Generalin', 'général', 'генерал']),
  ...concept('king', ['king', 'König', 'roi', 'король']),
  ...concept('queen', ['queen', 'Königin', 'reine', 'королева']),
  ...concept('chair', ['chairman', 'chairwoman', 'chairperson', 'chair', 'Vorsitzende', 'Vorsitzender']),
  ...concept('speaker', ['speaker']),
  ...concept('spokesperson', ['spokesman', 'spokeswoman', 'spokesperson', 'Sprecher', 'Sprecherin']),
  ...concept('primeminister', ['premier', 'Premierminister', 'Premierministerin', 'премьер', 'прем']),
]);

/** Words that make the next office a deputy's or the head of government's ("Vice President", "Prime Minister"). */
const MODIFIERS = new Map<string, string>([
  ...concept('vice', [
    'vice',
    'vize',
    'deputy',
    'stellvertretende',
    'stellvertretender',
    'заместитель',
    'заступник',
    'віце',
    'вице',
  ]),
  ...concept('prime', ['prime', 'premier']),
  ...concept('press', ['press']),
]);

/** German compounds end in the office: "Heimatschutzministerin", "Bundeskanzler", "Vizepräsident". */
const COMPOUND_HEADS = [...OFFICES.keys()].filter((form) => form.length >= 6 && /^[a-z]+$/u.test(form));
const COMPOUND_VICE = ['vize', 'vice'];

/**
 * Words too general to tell one office-holder from another ("Member of the National Assembly",
 * "United States senator"), and function words.
 */
const NOT_EVIDENCE = new Set(
  [
    'member',
    'members',
    'Mitglied',
    'membre',
    'член',
    'state',
    'states',
    'Staat',
    'État',
    'united',
    'national',
    'federal',
    'Bundes',
    'republic',
    'Republik',
    'république',
    'the',
    'of',
    'and',
    'for',
    'der',
    'die',
    'das',
    'des',
    'dem',
    'den',
    'von',
    'für',
    'und',
    'les',
    'une',
    'pour',
    'aux',
  ].map(foldText),
);

/** One test for all compound heads: most words of a text end in none. */
const COMPOUND_END = new RegExp(`(?:${COMPOUND_HEADS.join('|')})$`, 'u');

function compoundOffice(word: string): string | undefined {
  const head = COMPOUND_END.exec(word)?.[0];
  if (head === undefined || word.length <= head.length + 2) return undefined;
  const office = OFFICES.get(head)!;
  return COMPOUND_VICE.some((prefix) => word.startsWith(prefix)) ? `vice${office}` : office;
}

/** The office concept of one folded word, or undefined when it names no office. */
export function officeOf(word: string): string | undefined {
  return OFFICES.get(word) ?? compoundOffice(word);
}

/** Role titles repeat by the thousand ("member of the National Assembly of Pakistan"): read each once. */
const titleWordsCache = new Map<string, string[]>();

/** An evidence word and the words it was read from (`from` to `to`, inclusive). */
export interface OfficeWord {
  word: string;
  from: number;
  to: number;
  /** An office noun (`president`, `minister`…), not a place or a ministry's subject. */
  office: boolean;
}

/**
 * The evidence words of a sequence of folded words: office concepts (with "vice"/"prime"
 * joined to the office after them) and the other words of three letters or more.
 */
export function officeWords(words: readonly string[]): OfficeWord[] {
  const out: OfficeWord[] = [];
  let modifier: string | undefined;
  let modifierAt = 0;
  // "Federal deputy": a deputy with no office after it is a member of parliament.
  const deputy = (at: number) => out.push({ word: 'representative', from: at, to: at, office: true });
  words.forEach((word, at) => {
    const office = officeOf(word);
    if (office !== undefined) {
      const from = modifier === undefined ? at : modifierAt;
      if (modifier === 'prime' && office === 'minister')
        out.push({ word: 'primeminister', from, to: at, office: true });
      // "White House Press Secretary" speaks for the president: "Obamas Sprecher Robert Gibbs".
      else if (modifier === 'press' && office === 'minister')
        out.push({ word: 'spokesperson', from, to: at, office: true });
      else out.push({ word: modifier === 'vice' ? `vice${office}` : office, from, to: at, office: true });
      modifier = undefined;
      return;
    }
    const nextModifier = MODIFIERS.get(word);
    if (modifier === 'vice' && nextModifier !== 'prime') deputy(modifierAt);
    modifier = nextModifier;
    modifierAt = at;
    if (nextModifier !== undefined) return;
    if (word.length >= 3 && !NOT_EVIDENCE.has(word)) out.push({ word, from: at, to: at, office: false });
  });
  if (modifier === 'vice') deputy(modifierAt);
  return out;
}

/** Evidence words of a role title as a pack writes it. */
export function roleTitleWords(title: string): string[] {
  let words = titleWordsCache.get(title);
  if (words === undefined) {
    words = officeWords(foldText(title).split(' ')).map(({ word }) => word);
    if (titleWordsCache.size > 100_000) titleWordsCache.clear();
    titleWordsCache.set(title, words);
  }
  return words;
}

/**
 * Occupations and employers that are not public offices: beside a common name they say it is
 * someone else (issue 17: "Steve Smith" the receiver, "Brian Smith" the coach, "Bill Lee" the
 * Apple lawyer, "Larry Taylor" the risk manager, "Bob Young, owner of Young Appliance", the golfer
 * "Vijay Singh", the "Major-Sieger"). Unless one of the entity's own roles has the word.
 */
export const OCCUPATIONS = new Set(
  [
    'coach',
    'Trainer',
    'Cheftrainer',
    'entraîneur',
    'receiver',
    'quarterback',
    'linebacker',
    'player',
    'Spieler',
    'joueur',
    'golfer',
    'Golfprofi',
    'Golfer',
    'Sieger',
    'champion',
    'pitcher',
    'striker',
    'goalkeeper',
    'Torwart',
    'Stürmer',
    'athlete',
    'boxer',
    'driver',
    'Fahrer',
    'lawyer',
    'attorney',
    'Anwalt',
    'Rechtsanwalt',
    'avocat',
    'manager',
    'Managerin',
    'owner',
    'Inhaber',
    'Eigentümer',
    'Besitzer',
    'propriétaire',
    'executive',
    'CEO',
    'CFO',
    'Chef',
    'analyst',
    'Analyst',
    'actor',
    'actress',
    'Schauspieler',
    'Schauspielerin',
    'acteur',
    'singer',
    'Sänger',
    'Sängerin',
    'chanteur',
    'musician',
    'Musiker',
    'journalist',
    'Journalist',
    'reporter',
    'correspondent',
    'Korrespondent',
    'banker',
    'Banker',
    'trader',
    'investor',
    'founder',
    'Gründer',
    'fondateur',
  ].map(foldText),
);
