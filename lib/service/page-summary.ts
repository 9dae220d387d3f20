import type { PageSummary } from '../messaging/page-requests';
import type { Details, TextMatch } from '../messaging/protocol';
import type { ClaimRecord, EntityRecord } from '../schema/records';
import { resolveClaimSources } from '../view/claim-sources';
import type { TabRecord } from './tab-record';

/** What a summary needs from the knowledge side. */
export interface SummaryKnowledge {
  details: (kind: TextMatch['kind'], id: string) => Promise<Details | null>;
  outlet: (hostname: string) => Promise<PageSummary['outlet']>;
}

/** Ids of `kind` in order of first appearance, with how often each was marked. */
function tally(record: TabRecord, kind: TextMatch['kind']): Map<string, number> {
  return new Map(record.marks.filter((mark) => mark.kind === kind).map((mark) => [mark.id, mark.count]));
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The popup's summary of a tab, built when the popup asks: the outlet behind the page's domain
 * (on every page of a known outlet, articles or not), the people and organisations marked (most
 * mentioned first), and the claims marked with their sources. Where several packs describe an
 * id, the first version (the reader's own, then packs by id) names it; the card shows all of them.
 */
export async function buildPageSummary(record: TabRecord, knowledge: SummaryKnowledge): Promise<PageSummary> {
  const entities: PageSummary['entities'] = [];
  for (const [id, count] of tally(record, 'entity')) {
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
  for (const [id, count] of tally(record, 'claim')) {
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

  const hostname = hostnameOf(record.url);
  const outlet = hostname ? await knowledge.outlet(hostname) : undefined;
  return {
    url: record.url,
    articleFound: record.articleFound,
    ...(record.notArticleReason ? { notArticleReason: record.notArticleReason } : {}),
    ...(outlet ? { outlet } : {}),
    entities,
    claims,
  };
}
