import {
  ANY_ENTITY,
  type CompiledIndex,
  FormKind,
  forEachPosting,
  hasPosting,
  lookupKey,
  postingKind,
} from './compiled-index';
import { extendKey1, extendKey2, KEY_1_SEED, KEY_2_SEED } from './token-hash';
import { Gap, secondHashes, TokenFlag, type TokenStream } from './token-scanner';

/** Titles written right before a short name ("US-Außenminister Blinken", "Gen. Milley"). */

export interface Title {
  /** As written in the text. */
  surface: string;
  /** A title the pack gives this entity, not one of the generic title words. */
  specific: boolean;
  /** Evidence beside the name other than a title (lib/match/evidence-beside.ts); shown in the card's "why". */
  kind?: 'quoted' | 'attribution' | 'article';
}

/** A key found in the index right before a short name, and how it is written in the text. */
export interface TitleSlot {
  value: number;
  surface: string;
}

/**
 * The keys of the index written right before token `at`, shortest first, as written in the text
 * and widened over hyphen parts ("US-Außenminister"). Read once per found form: a surname that
 * hundreds of people of the store bear asks the same question of each (issue 17).
 */
export function titleSlotsBefore(
  text: string,
  tokens: TokenStream,
  at: number,
  index: CompiledIndex,
): TitleSlot[] {
  const slots: TitleSlot[] = [];
  const gap = tokens.gapBefore[at]!;
  if (at === 0 || (gap !== Gap.space && gap !== Gap.period && gap !== Gap.hyphen)) return slots;
  for (let length = 1; length <= index.maxTitleTokens && at - length >= 0; length++) {
    const first = at - length;
    if (length > 1 && tokens.gapBefore[first + 1]! > Gap.period) break;
    let key1 = KEY_1_SEED;
    let key2 = KEY_2_SEED;
    for (let token = first; token < at - 1; token++) {
      key1 = extendKey1(key1, tokens.hash1[token]!);
      secondHashes(text, tokens, token);
      key2 = extendKey2(key2, tokens.hash2[token]!);
    }
    secondHashes(text, tokens, at - 1);
    let value = lookupKey(
      index,
      extendKey1(key1, tokens.hash1[at - 1]!),
      extendKey2(key2, tokens.hash2[at - 1]!),
    );
    // A German title in the genitive: "des Nachrichtenmagazins Der Spiegel", "des Außenministers Blinken".
    if (value < 0 && (tokens.flags[at - 1]! & TokenFlag.genitive) !== 0) {
      value = lookupKey(
        index,
        extendKey1(key1, tokens.genitive1[at - 1]!),
        extendKey2(key2, tokens.genitive2[at - 1]!),
      );
    }
    if (value < 0 || !holdsTitle(index, value)) continue;
    let from = first;
    while (from > 0 && tokens.gapBefore[from] === Gap.hyphen) from--;
    // "Gen." keeps its period in the card's "why".
    const titleEnd = tokens.end[at - 1]! + (gap === Gap.period ? 1 : 0);
    slots.push({ value, surface: text.slice(tokens.start[from], titleEnd) });
  }
  return slots;
}

/** Whether a key is a title of anyone: most words before a surname are names or nothing ("Lin-Manuel Miranda"). */
function holdsTitle(index: CompiledIndex, value: number): boolean {
  let title = false;
  forEachPosting(index, value, (posting) => {
    if (postingKind(posting) === FormKind.title) title = true;
  });
  return title;
}

/** The first of `slots` that is a title of `entity` (or of anyone), as a Title. */
export function titleIn(
  slots: readonly TitleSlot[],
  index: CompiledIndex,
  entity: number,
): Title | undefined {
  for (const { value, surface } of slots) {
    const specific = hasPosting(index, value, entity, FormKind.title);
    if (specific || hasPosting(index, value, ANY_ENTITY, FormKind.title)) return { surface, specific };
  }
  return undefined;
}
