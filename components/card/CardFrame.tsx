import type { ComponentChildren } from 'preact';
import type { CardRequest } from '@/lib/card/contract';
import { t } from '@/lib/i18n';
import type { Details } from '@/lib/messaging/protocol';
import type { Note } from '@/lib/schema/note';
import { MessageWithIsolated } from '../shared/Isolated';
import { EvidenceText } from './EvidenceText';
import { NoteEditor } from './NoteEditor';

export interface CardProps {
  details: Details;
  request: CardRequest;
  /** Reader's language for record texts, and locale for dates. */
  language: string;
  locale: string;
  /** Today, from the injected clock: whether an open role is still confirmed depends on it. */
  today: Date;
  onSaveNote: (text: string) => Promise<Note | null>;
  onClose: () => void;
}

/**
 * What entity and claim cards share: the heading with a close button, how often and why it
 * matched, a notice when several packs describe it, and the reader's note at the end.
 */
export function CardFrame({
  props,
  label,
  heading,
  children,
}: {
  props: CardProps;
  label: string;
  heading: ComponentChildren;
  children: ComponentChildren;
}) {
  const { details, request } = props;
  return (
    <article class="sc-card-body" aria-label={label}>
      <header class="sc-card-header">
        {heading}
        <button type="button" class="sc-close" onClick={props.onClose} aria-label={t('cardClose')}>
          ×
        </button>
      </header>
      <p class="sc-facts">
        {t('cardInArticle', request.mentionCount)}
        {request.alias !== undefined && (
          <>
            {' '}
            <MessageWithIsolated message={(alias) => t('cardMatchedOn', alias)} value={request.alias} />
            {request.evidence !== undefined && (
              <>
                {' ('}
                <EvidenceText evidence={request.evidence} />
                {')'}
              </>
            )}
            .
          </>
        )}
      </p>
      {details.versions.length > 1 && (
        <p class="sc-notice">{t('cardSeveralPacks', details.versions.length)}</p>
      )}
      {children}
      <NoteEditor
        note={details.note}
        onSave={props.onSaveNote}
        fieldId={`sc-note-${details.kind}-${details.id}`}
      />
    </article>
  );
}
