import {
  CasePolicy,
  type CompiledIndex,
  FormKind,
  forEachPosting,
  hasBit,
  lookupKey,
  postingCase,
  postingEntity,
  postingKind,
  postingNeedsEvidenceBeside,
  postingNeedsSupport,
  postingPart,
  postingProminent,
} from './compiled-index';
import { articleBeforeCapitals, attributionBefore, determinerBefore, quotedAlone } from './evidence-beside';
import {
  beforeAnotherName,
  insideLongerName,
  type NameWindow,
  nameSupport,
  nameWindow,
  officeFits,
} from './name-support';
import { otherThingReason } from './short-name-context';
import { type Title, type TitleSlot, titleIn, titleSlotsBefore } from './titles-before';
import { extendKey1, extendKey2, KEY_1_SEED, KEY_2_SEED } from './token-hash';
import { Gap, secondHashes, TokenFlag, type TokenStream } from './token-scanner';

/** One reading of a found form: whose it is, and what the words around it say. */
export interface Reading {
  entity: number;
  kind: FormKind;
  /** The mark: the whole form, or the name inside an alias such as "Biden-Regierung". */
  start: number;
  end: number;
  /** For a short name: the title right before it. */
  title?: Title;
  /** A short name of a well-known entity that no other entity in the store shares. */
  prominent?: true;
  /** The same surname after another first name ("Fred Trump"): not a mark, and no one is "well known" by it here. */
  namesake?: true;
  /** A common or shared full name with none of the entity's roles beside it: only when the article names the entity otherwise. */
  unsupported?: true;
  /** The role beside a common or shared full name, as written ("Finance Minister"), or a place of its roles in the article. */
  support?: string;
  /** `support` is a place or institution of the entity's roles named elsewhere in the article ("Australian"). */
  supportInArticle?: true;
  /** A generic title before a short name fits one of the entity's roles ("US-Präsident Obama"). */
  titleFits?: true;
}

/** A form of some entity found in a block, before the whole article is known. */
export interface Candidate {
  block: number;
  start: number;
  end: number;
  /** The block the candidate is in (a reference, not a copy). */
  text: string;
  readings: Reading[];
}

const keys1 = new Int32Array(16);
const keys2 = new Int32Array(16);

const isKnownToken = (index: CompiledIndex, tokens: TokenStream, at: number) =>
  hasBit(index.tokenBits, tokens.hash1[at]!) ||
  ((tokens.flags[at]! & TokenFlag.genitive) !== 0 && hasBit(index.tokenBits, tokens.genitive1[at]!));

const isEndToken = (index: CompiledIndex, tokens: TokenStream, at: number) =>
  hasBit(index.endBits, tokens.hash1[at]!) ||
  ((tokens.flags[at]! & TokenFlag.genitive) !== 0 && hasBit(index.endBits, tokens.genitive1[at]!));

/** Articles that packs write before a name ("The New York Times") and text writes in lower case. */
const LEADING_ARTICLES = new Set(['the', 'der', 'die', 'das', 'le', 'la', 'les', 'l']);

/** Scripts without case (Chinese, Arabic…) cannot show a name by a capital. */
const hasCase = (surface: string) => surface.toLowerCase() !== surface.toUpperCase();

const hasUpperCase = (surface: string) => surface !== surface.toLowerCase();
const CYRILLIC = /[\u0400-\u052f]/u;

/**
 * Finds every form of a known entity in one scanned block: at each token that may begin an
 * alias, the longest token sequence whose key is in the index (the last token also without a
 * genitive -s). Readings that the words around them refute are dropped here.
 */
export function findCandidates(
  text: string,
  block: number,
  tokens: TokenStream,
  index: CompiledIndex,
  language: string | undefined,
  out: Candidate[],
): void {
  const { count, hash1, hash2, genitive1, genitive2, flags, gapBefore } = tokens;
  const { startBits, maxTokens } = index;
  for (let first = 0; first < count; first++) {
    const genitive = (flags[first]! & TokenFlag.genitive) !== 0;
    if (!hasBit(startBits, hash1[first]!) && !(genitive && hasBit(startBits, genitive1[first]!))) continue;
    let run = 1;
    while (
      run < maxTokens &&
      first + run < count &&
      gapBefore[first + run]! <= Gap.period &&
      isKnownToken(index, tokens, first + run)
    ) {
      run++;
    }
    // Only a run ending in a token that ends some form can be a key: most first names are
    // followed by no surname of the index, and a look-up would touch the large table in vain.
    while (run > 0 && !isEndToken(index, tokens, first + run - 1)) run--;
    if (run === 0) continue;
    keys1[0] = KEY_1_SEED;
    keys2[0] = KEY_2_SEED;
    for (let length = 1; length <= run; length++) {
      keys1[length] = extendKey1(keys1[length - 1]!, hash1[first + length - 1]!);
      secondHashes(text, tokens, first + length - 1);
      keys2[length] = extendKey2(keys2[length - 1]!, hash2[first + length - 1]!);
    }
    for (let length = run; length >= 1; length--) {
      const last = first + length - 1;
      if (!isEndToken(index, tokens, last)) continue;
      let value = lookupKey(index, keys1[length]!, keys2[length]!);
      if (value < 0 && (flags[last]! & TokenFlag.genitive) !== 0) {
        value = lookupKey(
          index,
          extendKey1(keys1[length - 1]!, genitive1[last]!),
          extendKey2(keys2[length - 1]!, genitive2[last]!),
        );
      }
      if (value < 0) continue;
      // "the New York Times": an alias's own article is not part of the mark.
      const articleLed =
        length > 1 && LEADING_ARTICLES.has(text.slice(tokens.start[first], tokens.end[first]).toLowerCase());
      const readings = readingsAt(text, tokens, first, last, value, index, language, articleLed);
      if (readings.length === 0) continue;
      const start = tokens.start[first]!;
      const end = tokens.end[last]!;
      out.push({ block, start, end, text, readings });
      break;
    }
  }
}

function readingsAt(
  text: string,
  tokens: TokenStream,
  first: number,
  last: number,
  value: number,
  index: CompiledIndex,
  language: string | undefined,
  articleLed: boolean,
): Reading[] {
  const surface = text.slice(tokens.start[first], tokens.end[last]);
  const cased = hasCase(surface);
  // "nato", "pentagon" in lower case are words, not the organisations.
  const hasCapital = hasUpperCase(surface) || CYRILLIC.test(surface) || !cased;
  const inCapitals = !cased || surface === surface.toUpperCase();
  const readings: Reading[] = [];
  const reasons: (string | undefined | typeof NOT_READ)[] = [NOT_READ, NOT_READ, NOT_READ, NOT_READ];
  let sole: boolean | undefined;
  let longer: boolean | undefined;
  let anotherName: boolean | undefined;
  let slots: readonly TitleSlot[] | undefined;
  let window: NameWindow | undefined;
  forEachPosting(index, value, (posting) => {
    const kind = postingKind(posting);
    const entity = postingEntity(posting);
    if (kind === FormKind.title) return;
    const policy = postingCase(posting);
    if (policy === CasePolicy.capitals ? !inCapitals : policy === CasePolicy.capital && !hasCapital) return;
    const start = tokens.start[first]!;
    const end = tokens.end[last]!;
    if (kind !== FormKind.short) {
      const part = postingPart(posting);
      if (kind === FormKind.name) {
        longer ??= insideLongerName(text, tokens, first, last, index);
        if (longer) return;
      }
      if (postingNeedsSupport(posting)) {
        anotherName ??= beforeAnotherName(text, tokens, last, language);
        if (anotherName) return;
        window ??= nameWindow(text, tokens, first, last);
        const support = nameSupport(window, index, entity);
        if (support === 'contradicted') return;
        readings.push(
          support === undefined
            ? { entity, kind, start, end, unsupported: true }
            : { entity, kind, start, end, support: support.fit },
        );
      } else if (part === undefined) {
        readings.push({ entity, kind, start: articleLed ? tokens.start[first + 1]! : start, end });
      } else {
        const partStart = tokens.start[first + part.first]!;
        const partEnd = tokens.end[first + part.first + part.count - 1]!;
        readings.push({ entity, kind, start: partStart, end: partEnd });
      }
      return;
    }
    slots ??= titleSlotsBefore(text, tokens, first, index);
    const title = evidenceBeside(text, tokens, first, last, index, entity, posting, slots);
    if (title === null) return;
    const lowerCaseForm = policy === CasePolicy.asWritten;
    // The context's verdict depends on the entity only through these two: a surname shared by
    // hundreds of people in a large store is read once, not once per person.
    const contextKey = (title !== undefined ? 1 : 0) + (lowerCaseForm ? 2 : 0);
    let reason = reasons[contextKey];
    if (reason === NOT_READ) {
      reason = otherThingReason(text, tokens, first, last, title !== undefined, language, lowerCaseForm);
      reasons[contextKey] = reason;
    }
    if (postingProminent(posting) && sole === undefined) sole = soleEntity(index, value);
    const prominent =
      postingProminent(posting) && sole === true && !determinerBefore(text, tokens, first, last);
    if (reason === 'another first name' && prominent)
      readings.push({ entity, kind, start, end, namesake: true });
    if (reason !== undefined) return;
    const reading: Reading = { entity, kind, start, end };
    if (title !== undefined) reading.title = title;
    if (title !== undefined && !title.specific && title.kind === undefined) {
      window ??= nameWindow(text, tokens, first, last);
      if (officeFits(window, index, entity)) reading.titleFits = true;
    }
    if (prominent) reading.prominent = true;
    readings.push(reading);
  });
  return readings;
}

const NOT_READ = Symbol('not read');

/** Whether every name, alias and short name with this key belongs to one entity. */
function soleEntity(index: CompiledIndex, value: number): boolean {
  let entity = -1;
  let sole = true;
  forEachPosting(index, value, (posting) => {
    if (postingKind(posting) === FormKind.title) return;
    if (entity >= 0 && postingEntity(posting) !== entity) sole = false;
    entity = postingEntity(posting);
  });
  return sole;
}

/**
 * The title or other evidence right beside a short form; null when the form cannot be marked
 * without it (a one-word form derived from "Die Welt" needs a title of its own, quotes or an
 * attribution: lib/match/derived-forms.ts).
 */
function evidenceBeside(
  text: string,
  tokens: TokenStream,
  first: number,
  last: number,
  index: CompiledIndex,
  entity: number,
  posting: number,
  slots: readonly TitleSlot[],
): Title | undefined | null {
  const title = titleIn(slots, index, entity);
  if (postingNeedsEvidenceBeside(posting)) {
    if (title?.specific) return title;
    return quotedAlone(text, tokens, first, last) ?? attributionBefore(text, tokens, first) ?? null;
  }
  if (title !== undefined) return title;
  const surface = text.slice(tokens.start[first], tokens.end[last]);
  // "Mandat der UN": an acronym in capitals after an article is no French "un" nor a word.
  if (postingCase(posting) === CasePolicy.capitals && surface === surface.toUpperCase()) {
    return articleBeforeCapitals(text, tokens, first, last);
  }
  return undefined;
}
