import { useEffect, useState } from 'preact/hooks';
import type { CardRequest } from '@/lib/card/contract';
import { t } from '@/lib/i18n';
import type { Details } from '@/lib/messaging/protocol';
import type { Note } from '@/lib/schema/note';
import { ClaimCard } from './ClaimCard';
import { EntityCard } from './EntityCard';

type State =
  | { status: 'loading' }
  | { status: 'ready'; details: Details }
  | { status: 'error'; error: string };

export interface CardViewProps {
  request: CardRequest;
  language: string;
  locale: string;
  loadDetails: (request: CardRequest) => Promise<Details>;
  saveNote: (request: CardRequest, text: string) => Promise<Note | null>;
  onClose: () => void;
  /** The clock cards read "today" from; tests inject a fixed one. */
  now?: () => Date;
}

/** Loads what the store knows about the marked entity or claim and shows its card. */
export function CardView(props: CardViewProps) {
  const { request, loadDetails } = props;
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loadDetails(request)
      .then((details) => current && setState({ status: 'ready', details }))
      .catch(
        (error: unknown) =>
          current &&
          setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [request, loadDetails]);

  if (state.status !== 'ready') {
    return (
      <div class="sc-card-body">
        <header class="sc-card-header">
          <p role={state.status === 'error' ? 'alert' : 'status'} class="sc-title">
            {state.status === 'error' ? t('loadFailed', state.error) : t('loading')}
          </p>
          <button type="button" class="sc-close" onClick={props.onClose} aria-label={t('cardClose')}>
            ×
          </button>
        </header>
      </div>
    );
  }
  const cardProps = {
    details: state.details,
    request,
    language: props.language,
    locale: props.locale,
    today: (props.now ?? (() => new Date()))(),
    onSaveNote: (text: string) => props.saveNote(request, text),
    onClose: props.onClose,
  };
  return state.details.kind === 'entity' ? <EntityCard {...cardProps} /> : <ClaimCard {...cardProps} />;
}
