import { formatPartialDate } from '@/lib/view/dates';
import { safeHref } from '@/lib/view/links';
import { LocalizedText } from './LocalizedText';

export interface CitationView {
  publisher: string;
  title: string;
  date: string;
  url?: string;
  summary?: Record<string, string>;
}

/** Publisher · date, the title (a link only for http(s) URLs), and the one-line summary if any. */
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
        {source.publisher} · {formatPartialDate(source.date, locale)}
      </span>{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      <LocalizedText texts={source.summary} language={language} as="p" class="sc-source-summary" />
    </li>
  );
}
