import { t } from '@/lib/i18n';
import type { Provenance } from '@/lib/messaging/protocol';
import type { EntityRecord, Role } from '@/lib/schema/records';
import { formatPartialDate } from '@/lib/view/dates';
import { pickLocalized } from '@/lib/view/localized';
import { asOfDate } from '@/lib/view/provenance';
import { unconfirmedSince } from '@/lib/view/staleness';
import { LocalizedText } from '../shared/LocalizedText';
import { ProvenanceLabel } from '../shared/ProvenanceLabel';
import { SourceList } from '../shared/SourceCitation';
import { CardFrame, type CardProps } from './CardFrame';

/** Who this is: one section per pack that describes the entity, each labelled with its pack. */
export function EntityCard(props: CardProps) {
  const versions = props.details.versions.filter(
    (version): version is { provenance: Provenance; record: EntityRecord } =>
      version.record.kind === 'entity',
  );
  const name = versions[0]?.record.name ?? props.details.id;
  return (
    <CardFrame
      props={props}
      label={t('cardEntityLabel', name)}
      heading={
        <h2 class="sc-title" dir="auto">
          {name}
        </h2>
      }
    >
      {versions.map(({ provenance, record }) => (
        <section class="sc-version" key={`${provenance.packId}:${provenance.version}`}>
          <p class="sc-provenance">
            <ProvenanceLabel provenance={provenance} reviewed={record.reviewed} locale={props.locale} />
          </p>
          {versions.length > 1 && record.name !== name && (
            <p class="sc-alt-name" dir="auto">
              {record.name}
            </p>
          )}
          <LocalizedText texts={record.description} language={props.language} as="p" class="sc-description" />
          {record.roles.length > 0 && (
            <>
              <h3>{t('cardRoles')}</h3>
              <ul class="sc-roles">
                {record.roles.map((role, index) => (
                  // Roles have no id; their order in the record is stable.
                  <li key={index}>
                    <RoleLine
                      role={role}
                      names={props.details.names}
                      language={props.language}
                      locale={props.locale}
                      since={unconfirmedSince(role, asOfDate(provenance, record.reviewed), props.today)}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
          {record.background && (
            <>
              <h3>{t('cardBackground')}</h3>
              <LocalizedText texts={record.background} language={props.language} as="p" />
            </>
          )}
          <h3>{t('cardSources')}</h3>
          {record.sources.length === 0 ? (
            <p class="sc-muted">{t('cardNoSources')}</p>
          ) : (
            <SourceList sources={record.sources} language={props.language} locale={props.locale} />
          )}
        </section>
      ))}
    </CardFrame>
  );
}

function RoleLine({
  role,
  names,
  language,
  locale,
  since,
}: {
  role: Role;
  names: Record<string, string>;
  language: string;
  locale: string;
  /** Set when the role is open and was last confirmed over six months ago. */
  since: string | undefined;
}) {
  const title = pickLocalized(role.title, language);
  const organization =
    role.organization === undefined ? undefined : (names[role.organization] ?? role.organization);
  return (
    <>
      {title && (
        <span lang={title.lang} dir="auto">
          {title.text}
        </span>
      )}
      {organization !== undefined && (
        <span>
          , <bdi>{organization}</bdi>
        </span>
      )}
      {(role.start !== undefined || role.end !== undefined) && (
        <span class="sc-muted"> ({roleSpan(role.start, role.end, locale)})</span>
      )}
      {since !== undefined && (
        <span class="sc-stale"> · {t('cardRoleMayHaveChanged', formatPartialDate(since, locale))}</span>
      )}
    </>
  );
}

function roleSpan(start: string | undefined, end: string | undefined, locale: string): string {
  const from = start === undefined ? undefined : formatPartialDate(start, locale);
  const to = end === undefined ? undefined : formatPartialDate(end, locale);
  if (from !== undefined && to !== undefined) return t('cardRoleSpan', [from, to]);
  if (from !== undefined) return t('cardSince', from);
  return t('cardUntil', to ?? '');
}
