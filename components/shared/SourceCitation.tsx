import type { ClaimSourceView } from '@/lib/view/claim-sources';
import { groupByStance } from '@/lib/view/claim-sources';
import { formatPartialDate } from '@/lib/view/dates';
import { safeHref } from '@/lib/view/links';
import { stanceLabel } from '../card/StanceBar';
import { LocalizedText } from './LocalizedText';

export interface CitationView {
  publisher: string;
  title: string;
  date: string;
  url?: string;
  summary?: Record<string, string>;
}

/**
 * Publisher · date, the title (a link only for http(s) URLs), and the one-line summary if any;
 * each pack text isolated (Isolated.tsx).
 */
export function SourceCitation({
  source,
  language,
  locale,
}: {
  source: CitationView;
  language: string;
  locale: string;
}) {
  const href = safeHref(source.url);
  return (
    <li class="sc-source">
      <span class="sc-source-meta">
        <bdi>{source.publisher}</bdi> · {formatPartialDate(source.date, locale)}
      </span>{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" dir="auto">
          {source.title}
        </a>
      ) : (
        <bdi>{source.title}</bdi>
      )}
      <LocalizedText texts={source.summary} language={language} as="p" class="sc-source-summary" />
    </li>
  );
}

interface ListProps<T> {
  sources: readonly T[];
  language: string;
  locale: string;
}

export function SourceList({ sources, language, locale }: ListProps<CitationView>) {
  return (
    <ul class="sc-sources">
      {sources.map((source) => (
        <SourceCitation
          key={`${source.publisher}:${source.title}`}
          source={source}
          language={language}
          locale={locale}
        />
      ))}
    </ul>
  );
}

/** A claim's sources in groups: what supports it, what disputes it, what adds context. */
export function SourcesByStance({ sources, language, locale }: ListProps<ClaimSourceView>) {
  return (
    <>
      {groupByStance([...sources])
        .filter((group) => group.sources.length > 0)
        .map((group) => (
          <div key={group.stance} class={`sc-stance-group sc-group-${group.stance}`}>
            <h4>
              {stanceLabel(group.stance)} ({group.sources.length})
            </h4>
            <SourceList sources={group.sources} language={language} locale={locale} />
          </div>
        ))}
    </>
  );
}
