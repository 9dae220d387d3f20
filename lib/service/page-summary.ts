import type { PageSummary } from '../messaging/page-requests';
import type { Details, TextMatch } from '../messaging/protocol';
import type { ClaimRecord, EntityRecord } from '../schema/records';
import { resolveClaimSources } from '../view/claim-sources';

/** What a summary needs from the knowledge side. */
export interface SummaryKnowledge {
  details: (kind: TextMatch['kind'], id: string) => Promise<Details | null>;
  outlet: (hostname: string) => Promise<PageSummary['outlet']>;
}

/** Ids in order of first appearance, with how often each was marked. */
function tally(matches: TextMatch[], kind: TextMatch['kind']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of matches) if (match.kind === kind) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
  return counts;
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The popup's summary of an analysed article: the outlet behind the page's domain, the people
 * and organisations marked (most mentioned first), and the claims marked with their sources.
 * Where several packs describe an id, the first version (the reader's own, then packs by id)
 * names it; the card shows all of them.
 */
export async function buildPageSummary(
  url: string,
  matches: TextMatch[],
  knowledge: SummaryKnowledge,
): Promise<PageSummary> {
  const entities: PageSummary['entities'] = [];
  for (const [id, count] of tally(matches, 'entity')) {
    const record = (await knowledge.details('entity', id))?.versions[0]?.record as EntityRecord | undefined;
    if (!record) continue;
    entities.push({
      id,
      name: record.name,
      type: record.type,
      count,
      ...(record.description ? { description: record.description } : {}),
    });
  }
  entities.sort((a, b) => b.count - a.count);

  const claims: PageSummary['claims'] = [];
  for (const [id, count] of tally(matches, 'claim')) {
    const details = await knowledge.details('claim', id);
    const record = details?.versions[0]?.record as ClaimRecord | undefined;
    if (!details || !record) continue;
    const claimantName =
      record.claimantName ?? (record.claimant ? details.names[record.claimant] : undefined);
    claims.push({
      id,
      title: record.title,
      count,
      ...(claimantName ? { claimantName } : {}),
      ...(record.date ? { date: record.date } : {}),
      ...(record.assessment ? { assessment: record.assessment } : {}),
      ...(record.background ? { background: record.background } : {}),
      sources: resolveClaimSources(record, details.sources),
    });
  }

  const hostname = hostnameOf(url);
  const outlet = hostname ? await knowledge.outlet(hostname) : undefined;
  return { url, articleFound: true, ...(outlet ? { outlet } : {}), entities, claims };
}
