import { foldText } from './char-fold';
import { type CompiledIndex, hasRoleHash, roleWordHash } from './compiled-index';
import { officeOf } from './role-words';

/**
 * Words of role titles that name an institution every country has, not a place: an article
 * about the "White House" says nothing about a "Member of the House of Commons".
 */
const INSTITUTIONS = new Set(
  [
    'house',
    'representatives',
    'commons',
    'lords',
    'council',
    'parliament',
    'assembly',
    'congress',
    'cabinet',
    'government',
    'legislative',
    'city',
    'county',
    'district',
    'court',
    'supreme',
    'justice',
    'affairs',
    'foreign',
    'interior',
    'defence',
    'defense',
    'party',
    'leader',
    'opposition',
    'office',
    'attorney',
    'general',
    'chief',
    'committee',
    'department',
    'ministry',
  ].map(foldText),
);

const CAPITALISED_WORD = /\p{Lu}[\p{L}’'-]{2,}/gu;

/**
 * A place or institution of an entity's roles that the article names anywhere, for a common full
 * name with no role beside it (issue 17: "from Tony Abbott's office" on a page that names the
 * "Australian Federal Police"; his roles: Prime Minister of Australia, Member of the Australian
 * House of Representatives). Read from the capitalised words of all blocks, once per article and
 * only when a common name needs it.
 */
export function lazyPlaces(
  blocks: readonly string[],
  index: CompiledIndex,
): (entity: number) => string | undefined {
  let places: { hash: number; word: string }[] | undefined;
  const found = new Map<number, string | undefined>();
  return (entity) => {
    if (found.has(entity)) return found.get(entity);
    places ??= capitalisedWords(blocks);
    let place: string | undefined;
    for (const { hash, word } of places)
      if (hasRoleHash(index, entity, hash)) {
        place = word;
        break;
      }
    found.set(entity, place);
    return place;
  };
}

/** The capitalised words of the article that may name a place, each once, with their role-word hashes. */
function capitalisedWords(blocks: readonly string[]): { hash: number; word: string }[] {
  const seen = new Set<string>();
  const places: { hash: number; word: string }[] = [];
  const add = (folded: string, word: string) => {
    if (seen.has(folded)) return;
    seen.add(folded);
    places.push({ hash: roleWordHash(folded), word });
  };
  for (const block of blocks)
    for (const [word] of block.matchAll(CAPITALISED_WORD)) {
      const folded = foldText(word);
      if (folded.includes(' ') || officeOf(folded) !== undefined || INSTITUTIONS.has(folded)) continue;
      add(folded, word);
      // "Australian", "Tunisian", "Kenyan": the country of a role title ("Prime Minister of Australia").
      if (/[ai]an$/u.test(folded)) add(folded.slice(0, -1), word);
    }
  return places;
}
