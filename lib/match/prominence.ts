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
