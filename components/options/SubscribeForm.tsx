import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { SubscribeRequest, type SyncOutcomeReply } from '@/lib/messaging/sync-requests';
import { syncErrorText } from '@/lib/view/sync-messages';
import { formatTime } from './SyncProgress';

type Outcome = { error: boolean; text: string };

/** The form's fields checked as the background will check them, with the reason in the reader's language. */
function validate(url: string, key: string): SubscribeRequest | Outcome {
  const parsed = SubscribeRequest.safeParse({
    type: 'subscribe',
    url: url.trim(),
    ...(key.trim() === '' ? {} : { pinnedKey: key.trim() }),
  });
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]?.path[0];
  return { error: true, text: t(field === 'pinnedKey' ? 'subscribeKeyInvalid' : 'subscribeUrlInvalid') };
}

function outcomeText(outcome: SyncOutcomeReply, locale: string): Outcome {
  switch (outcome.status) {
    case 'installed':
    case 'up-to-date':
      return { error: false, text: t('subscribeDone', [outcome.packId, outcome.version]) };
    case 'failed':
      return {
        error: true,
        text: t('subscribeFailed', [formatTime(outcome.error.time, locale), syncErrorText(outcome.error)]),
      };
  }
}

/** Subscribes to a pack by the address of its manifest, optionally pinning the publisher's key. */
export function SubscribeForm({
  locale,
  subscribe,
}: {
  locale: string;
  subscribe: (request: SubscribeRequest) => Promise<SyncOutcomeReply>;
}) {
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const submit = async (event: Event) => {
    event.preventDefault();
    // The button stays enabled while busy (aria-disabled): disabling it would drop the focus.
    if (busy) return;
    const request = validate(url, key);
    if (!('type' in request)) {
      setOutcome(request);
      return;
    }
    setBusy(true);
    setOutcome({ error: false, text: t('subscribeBusy') });
    try {
      const reply = await subscribe(request);
      setOutcome(outcomeText(reply, locale));
      if (reply.status !== 'failed') {
        setUrl('');
        setKey('');
      }
    } catch (error) {
      setOutcome({
        error: true,
        text: t('loadFailed', error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    // noValidate: the reasons below, in the reader's language, instead of the browser's bubble.
    <form class="sc-subscribe" aria-labelledby="sc-subscribe-heading" noValidate onSubmit={submit}>
      <h3 id="sc-subscribe-heading">{t('subscribeHeading')}</h3>
      <p class="sc-field">
        <label for="sc-subscribe-url">{t('subscribeUrl')}</label>
        <input
          id="sc-subscribe-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://example.org/packs/news/manifest.json"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
      </p>
      <p class="sc-field">
        <label for="sc-subscribe-key">{t('subscribeKey')}</label>
        <input
          id="sc-subscribe-key"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="sc-subscribe-key-hint"
          value={key}
          onInput={(event) => setKey(event.currentTarget.value)}
        />
        <span id="sc-subscribe-key-hint" class="sc-muted" style={{ display: 'block' }}>
          {t('subscribeKeyHint')}
        </span>
      </p>
      <p class="sc-actions">
        <button type="submit" class="sc-primary" aria-disabled={busy}>
          {t('subscribeButton')}
        </button>
      </p>
      {outcome && (
        <p role={outcome.error ? 'alert' : 'status'} class={outcome.error ? 'sc-error' : 'sc-muted'}>
          {outcome.text}
        </p>
      )}
    </form>
  );
}
