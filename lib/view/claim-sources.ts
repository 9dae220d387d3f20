import type { ClaimRecord, SourceRecord, Stance } from '../schema/records';

/** One source as a claim card lists it: inline citations and shared records look alike. */
export interface ClaimSourceView {
  stance: Stance;
  publisher: string;
  title: string;
  date: string;
  url?: string;
  summary?: Record<string, string>;
}

export interface StanceGroup {
  stance: Stance;
  sources: ClaimSourceView[];
}

/** The order a reader meets them in: what backs the claim, what contests it, then context. */
export const STANCE_ORDER: readonly Stance[] = ['supports', 'disputes', 'context'];

/**
 * Turns a claim's sources into one list. A reference to a shared source record that the store
 * did not deliver is left out rather than shown half-empty.
 */
export function resolveClaimSources(claim: ClaimRecord, shared: readonly SourceRecord[]): ClaimSourceView[] {
  const byId = new Map(shared.map((source) => [source.id, source]));
  const views: ClaimSourceView[] = [];
  for (const source of claim.sources) {
    if ('ref' in source) {
      const record = byId.get(source.ref);
      if (!record) continue;
      const summary = source.summary ?? record.summary;
      views.push({
        stance: source.stance,
        publisher: record.publisher,
        title: record.title,
        date: record.date,
        ...(record.url === undefined ? {} : { url: record.url }),
        ...(summary === undefined ? {} : { summary }),
      });
    } else {
      views.push({
        stance: source.stance,
        publisher: source.publisher,
        title: source.title,
        date: source.date,
        ...(source.url === undefined ? {} : { url: source.url }),
        ...(source.summary === undefined ? {} : { summary: source.summary }),
      });
    }
  }
  return views;
}

/** Newest first inside each group: partial dates (`2022`, `2022-03`) compare as text correctly. */
export function groupByStance(sources: readonly ClaimSourceView[]): StanceGroup[] {
  return STANCE_ORDER.map((stance) => ({
    stance,
    sources: sources
      .filter((source) => source.stance === stance)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
  }));
}

export function stanceCounts(sources: readonly ClaimSourceView[]): Record<Stance, number> {
  const counts: Record<Stance, number> = { supports: 0, disputes: 0, context: 0 };
  for (const source of sources) counts[source.stance] += 1;
  return counts;
}
