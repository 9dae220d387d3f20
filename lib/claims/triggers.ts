import { foldText } from '../match/char-fold';
import type { CompiledClaim, CompiledTrigger } from '../match/compiled-index';
import type { ClaimRecord } from '../schema/records';

/** What the claim index reads of a claim's trigger terms, kept from when the claim was added. */
export type TriggerSource = Pick<ClaimRecord, 'id' | 'triggers'>;

function compileTrigger(term: string): CompiledTrigger | undefined {
  const prefix = term.endsWith('*');
  const tokens = foldText(prefix ? term.slice(0, -1) : term)
    .split(' ')
    .filter((token) => token !== '');
  return tokens.length === 0 ? undefined : { term, tokens, prefix };
}

/** A claim's trigger terms (hand-written packs), or undefined when the pack gave it none. */
export function compileTriggers(claim: TriggerSource, entities: number[]): CompiledClaim | undefined {
  const triggers: Record<string, CompiledTrigger[]> = {};
  for (const [language, terms] of Object.entries(claim.triggers ?? {})) {
    triggers[language] = terms.map(compileTrigger).filter((trigger) => trigger !== undefined);
  }
  return Object.keys(triggers).length === 0 ? undefined : { id: claim.id, entities, triggers };
}
