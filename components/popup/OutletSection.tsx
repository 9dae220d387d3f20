import { t } from '@/lib/i18n';
import type { PageSummary } from '@/lib/messaging/page-requests';
import { formatPartialDate } from '@/lib/view/dates';
import { provenanceLabel } from '@/lib/view/provenance';
import { LocalizedText } from '../shared/LocalizedText';
import { provenanceWords } from '../shared/provenance-words';
import { SourceList } from '../shared/SourceCitation';

type Outlet = NonNullable<PageSummary['outlet']>;

/** Who stands behind the page's outlet: owner, funding, country, and notes with their sources. */
export function OutletSection({
  outlet,
  language,
  locale,
}: {
  outlet: Outlet;
  language: string;
  locale: string;
}) {
  const { profile } = outlet;
  const country = profile.country && countryName(profile.country, locale);
  return (
    <section class="sc-outlet" aria-labelledby="sc-outlet-heading">
      <h2 id="sc-outlet-heading">
        {t('popupOutlet')}: {outlet.name}
      </h2>
      <dl class="sc-fields">
        {profile.owner && (
          <>
            <dt>{t('popupOwner')}</dt>
            <dd>
              <LocalizedText texts={profile.owner} language={language} />
            </dd>
          </>
        )}
        {profile.funding && (
          <>
            <dt>{t('popupFunding')}</dt>
            <dd>
              <LocalizedText texts={profile.funding} language={language} />
            </dd>
          </>
        )}
        {country && (
          <>
            <dt>{t('popupCountry')}</dt>
            <dd>{country}</dd>
          </>
        )}
      </dl>
      {profile.notes.map((note) => (
        <div class="sc-outlet-note" key={JSON.stringify(note.text)}>
          <p>
            <LocalizedText texts={note.text} language={language} />
            {note.date !== undefined && (
              <span class="sc-muted"> ({formatPartialDate(note.date, locale)})</span>
            )}
          </p>
          {note.sources.length > 0 && (
            <SourceList sources={note.sources} language={language} locale={locale} />
          )}
        </div>
      ))}
      <p class="sc-provenance">{provenanceLabel(outlet.provenance, undefined, provenanceWords(), locale)}</p>
    </section>
  );
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
