import type { EntityRecord } from '../schema/records';

/**
 * Heads of state and government, current or past, by the English title of a role: "President of
 * Russia", "Chancellor of Germany", "Prime Minister of the United Kingdom", "Federal Chancellor of
 * Austria". Deputies and aides ("Vice President…", "Aide to the President…") do not start so.
 */
const HEAD_OF_STATE_OR_GOVERNMENT =
  /^(?:acting |interim )?(?:president|prime minister|(?:federal )?chancellor|taoiseach|king|queen|supreme leader|pope)\b/i;

/**
 * Presidents of a province, a council or a chamber are no heads of state (issue 17: "president of
 * the Province of Forlì-Cesena" made "Drei" in "Drei- und Fünftürer" a well-known surname).
 */
const NOT_A_STATE =
  /\b(?:province|provincial|region|regional|council|assembly|senate|chamber|parliament|house|court|committee|commission|party|municipality|municipal|county|city|district|bank|university|association|league|club|board|company|national congress)\b/i;

/**
 * Whether newsrooms name the entity by its surname alone without introducing it ("Putin sagte",
 * "Bidens Plan", "Merz und Scholz": issue 13, from the evaluation pages). The pack says so
 * (`prominent`), or a person held a head-of-state or head-of-government role.
 */
export function isProminent(entity: EntityRecord): boolean {
  if (entity.prominent !== undefined) return entity.prominent;
  if (entity.type !== 'person') return false;
  return entity.roles.some((role) => {
    const title = role.title.en;
    return title !== undefined && HEAD_OF_STATE_OR_GOVERNMENT.test(title.trim()) && !NOT_A_STATE.test(title);
  });
}

/**
 * Most entities that may share a well-known surname. At the scale of Wikidata a head of
 * government shares it with lesser namesakes: "Obama" with five office-holders of Cameroon and
 * Equatorial Guinea, and newsrooms still write "Obama" alone for the president (News-100). A
 * surname as common as "Johnson" (87 office-holders) or "Singh" (197) is nobody in particular.
 */
const MAX_NAMESAKES = 8;

/**
 * Whether a prominent entity stays well known by a surname `sharing` entities have, `prominent` of
 * them well known. A hand-made pack adds a namesake because its readers meet him ("Martin Bernard"
 * beside Micheál Martin), so there any namesake takes the surname's fame away; in a store of
 * Wikidata's size (`large`) a few namesakes are incidental.
 */
export const keepsProminence = (sharing: number, prominent: number, large: boolean) =>
  prominent === 1 && (sharing === 1 || (large && sharing <= MAX_NAMESAKES));
