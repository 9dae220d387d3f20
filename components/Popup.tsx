import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messaging/client';
import { TabSummary } from '@/lib/messaging/protocol';

type State =
  | { status: 'loading' }
  | { status: 'ready'; summary: TabSummary | null }
  | { status: 'error'; error: string };

export function Popup({ tabId }: { tabId: Promise<number | undefined> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    tabId
      .then(async (id) => {
        if (id === undefined) return null;
        return request(
          (m) => browser.runtime.sendMessage(m),
          { type: 'tab-summary', tabId: id },
          TabSummary.nullable(),
        );
      })
      .then((summary) => setState({ status: 'ready', summary }))
      .catch((error: unknown) => setState({ status: 'error', error: String(error) }));
  }, [tabId]);

  return (
    <main class="sc-popup">
      <h1>{t('extName')}</h1>
      {state.status === 'error' && <p role="alert">{state.error}</p>}
      {state.status === 'ready' && <SummaryView summary={state.summary} />}
    </main>
  );
}

function SummaryView({ summary }: { summary: TabSummary | null }) {
  if (!summary?.articleFound) return <p class="sc-muted">{t('popupNoArticle')}</p>;
  if (summary.mentions.length === 0) return <p class="sc-muted">{t('popupNothingKnown')}</p>;
  return (
    <section>
      <h2>{t('popupMentions')}</h2>
      <ul class="sc-list">
        {summary.mentions.map((mention) => (
          <li key={mention.id} data-entity={mention.id}>
            <span>{mention.name}</span>
            <span class="sc-muted">{mention.count}×</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
