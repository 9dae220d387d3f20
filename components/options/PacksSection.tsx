import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PackSummary } from '@/lib/messaging/page-requests';
import type {
  SubscribeRequest,
  SubscriptionStatus,
  SyncProgressMessage,
} from '@/lib/messaging/sync-requests';
import { formatPartialDate } from '@/lib/view/dates';
import { type PackTrust, packTrust, syncErrorText } from '@/lib/view/sync-messages';
import { askBackground, errorText } from '../shared/ask-background';
import { SubscribeForm } from './SubscribeForm';
import { formatTime, SyncProgressBar, useSyncProgress } from './SyncProgress';

/** One row of the table: an installed pack, a subscription, or both. */
interface PackRow {
  id: string;
  name: string;
  pack?: PackSummary;
  subscription?: SubscriptionStatus;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; rows: PackRow[]; subscriptionsError?: string }
  | { status: 'error'; error: string };

/**
 * Installed packs first (the starter pack among them), then subscriptions whose first sync has
 * not succeeded yet: they have no records, but their error must be visible.
 */
function packRows(packs: readonly PackSummary[], subscriptions: readonly SubscriptionStatus[]): PackRow[] {
  const bySubscription = new Map(subscriptions.map((subscription) => [subscription.packId, subscription]));
  const rows: PackRow[] = packs.map((pack) => ({
    id: pack.id,
    name: pack.source === 'starter' ? t('optionsStarterPack') : pack.name,
    pack,
    subscription: bySubscription.get(pack.id),
  }));
  const installed = new Set(packs.map((pack) => pack.id));
  for (const subscription of subscriptions) {
    if (!installed.has(subscription.packId)) {
      rows.push({ id: subscription.packId, name: subscription.packId, subscription });
    }
  }
  return rows;
}

async function loadRows(): Promise<State> {
  const [packs, subscriptions] = await Promise.allSettled([
    askBackground({ type: 'list-packs' }),
    askBackground({ type: 'sync-status' }),
  ]);
  if (packs.status === 'rejected') return { status: 'error', error: errorText(packs.reason) };
  if (subscriptions.status === 'rejected') {
    return {
      status: 'ready',
      rows: packRows(packs.value, []),
      subscriptionsError: errorText(subscriptions.reason),
    };
  }
  return { status: 'ready', rows: packRows(packs.value, subscriptions.value) };
}

/** The knowledge packs: the built-in one and subscriptions, with sync, progress and errors. */
export function PacksSection({ locale }: { locale: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [notices, setNotices] = useState(new Map<string, string>());
  const reload = useCallback(async () => {
    try {
      setState(await loadRows());
    } catch (error) {
      setState({ status: 'error', error: errorText(error) });
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const progress = useSyncProgress(() => void reload());
  const notice = (packId: string, text: string | undefined) =>
    setNotices((current) => {
      const next = new Map(current);
      if (text === undefined) next.delete(packId);
      else next.set(packId, text);
      return next;
    });

  const subscribe = async (request: SubscribeRequest) => {
    const reply = await askBackground(request);
    await reload();
    return reply;
  };
  const syncNow = async (packId: string) => {
    notice(packId, undefined);
    try {
      const reply = await askBackground({ type: 'sync-now', packId });
      if (reply.status === 'installed') {
        notice(packId, t('packSyncInstalled', [reply.version, reply.downloadedShards, reply.cachedShards]));
      } else if (reply.status === 'up-to-date') {
        notice(packId, t('packSyncUpToDate', reply.version));
      }
    } catch (error) {
      notice(packId, t('loadFailed', errorText(error)));
    }
    await reload();
  };
  const unsubscribe = async (packId: string) => {
    try {
      await askBackground({ type: 'unsubscribe', packId });
      notice(packId, undefined);
    } catch (error) {
      notice(packId, t('loadFailed', errorText(error)));
    }
    await reload();
  };

  const rows = state.status === 'ready' ? state.rows : [];
  const listed = new Set(rows.map((row) => row.id));
  const newPacks = [...progress.values()].filter((update) => !listed.has(update.packId));
  return (
    <section aria-labelledby="sc-packs-heading">
      <h2 id="sc-packs-heading">{t('optionsPacks')}</h2>
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('loadFailed', state.error)}</p>}
      {state.status === 'ready' && (
        <table class="sc-table">
          <thead>
            <tr>
              <th scope="col">{t('optionsPackName')}</th>
              <th scope="col">{t('optionsPackVersion')}</th>
              <th scope="col">{t('optionsPackRecords')}</th>
              <th scope="col">{t('optionsPackLastSync')}</th>
              <th scope="col">{t('optionsPackStatus')}</th>
              <th scope="col">{t('optionsPackActions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row) => (
              <PackTableRow
                key={row.id}
                row={row}
                locale={locale}
                progress={progress.get(row.id)}
                notice={notices.get(row.id)}
                onSyncNow={() => syncNow(row.id)}
                onUnsubscribe={() => unsubscribe(row.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      {state.status === 'ready' && state.subscriptionsError !== undefined && (
        <p role="alert" class="sc-error">
          {t('syncStatusUnavailable', state.subscriptionsError)}
        </p>
      )}
      {newPacks.map((update) => (
        <SyncProgressBar key={update.packId} progress={update} packName={update.packId} locale={locale} />
      ))}
      <SubscribeForm locale={locale} subscribe={subscribe} />
    </section>
  );
}

function PackTableRow({
  row,
  locale,
  progress,
  notice,
  onSyncNow,
  onUnsubscribe,
}: {
  row: PackRow;
  locale: string;
  progress: SyncProgressMessage | undefined;
  notice: string | undefined;
  onSyncNow: () => Promise<void>;
  onUnsubscribe: () => Promise<void>;
}) {
  const { pack, subscription } = row;
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const unsubscribeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Keyboard focus follows the question and returns to its button when it is dismissed.
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) unsubscribeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const headerId = `sc-pack-${row.id}`;
  const lastSync = subscription?.lastSync ?? pack?.lastSync;
  const syncing = progress !== undefined || subscription?.status === 'syncing' || busy;
  return (
    <tr data-pack={row.id}>
      <th scope="row" id={headerId} class="sc-pack-name">
        {row.name}
      </th>
      <td>
        {pack ? (
          <>
            {pack.version}
            {pack.published !== undefined && (
              <span class="sc-muted"> ({formatPartialDate(pack.published, locale)})</span>
            )}
          </>
        ) : (
          <span class="sc-muted">{t('packNotInstalled')}</span>
        )}
      </td>
      <td>{pack ? pack.records.toLocaleString(locale) : '—'}</td>
      <td>
        {lastSync !== undefined
          ? formatTime(lastSync, locale)
          : pack?.source === 'starter'
            ? t('optionsPackBuiltIn')
            : '—'}
      </td>
      <td>
        {progress ? (
          <SyncProgressBar progress={progress} packName={row.name} locale={locale} />
        ) : (
          <PackStatusText row={row} locale={locale} syncing={syncing} />
        )}
        {subscription && <TrustNote trust={packTrust(subscription)} />}
        {notice !== undefined && (
          <p role="status" class="sc-muted">
            {notice}
          </p>
        )}
      </td>
      <td>
        {subscription && !confirming && (
          <span class="sc-actions">
            <button
              type="button"
              aria-describedby={headerId}
              // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
              aria-disabled={syncing}
              onClick={() => {
                if (!syncing) void run(onSyncNow);
              }}
            >
              {t('packSyncNow')}
            </button>
            <button
              type="button"
              ref={unsubscribeButton}
              aria-describedby={headerId}
              aria-disabled={busy}
              onClick={() => {
                if (!busy) setConfirming(true);
              }}
            >
              {t('packUnsubscribe')}
            </button>
          </span>
        )}
        {subscription && confirming && (
          <span class="sc-actions">
            <span id={`${headerId}-confirm`}>{t('packUnsubscribeConfirm', row.name)}</span>
            <button
              type="button"
              ref={confirmButton}
              aria-describedby={`${headerId}-confirm`}
              onClick={() => {
                setConfirming(false);
                void run(onUnsubscribe);
              }}
            >
              {t('packUnsubscribeYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('packUnsubscribeNo')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

const TRUST_MESSAGES = {
  'pinned-key': 'packTrustVerified',
  unsigned: 'packTrustUnsigned',
  'plain-http': 'packTrustPlainHttp',
} as const;

/** Whether the pack is held to a pinned publisher key; a pack that is not says so in words. */
function TrustNote({ trust }: { trust: PackTrust }) {
  return (
    <p class={trust === 'pinned-key' ? 'sc-muted' : 'sc-warning'} data-pack-trust={trust}>
      {t(TRUST_MESSAGES[trust])}
    </p>
  );
}

/** Up to date, syncing, or the last error in plain words with its time. */
function PackStatusText({ row, locale, syncing }: { row: PackRow; locale: string; syncing: boolean }) {
  const { pack, subscription } = row;
  if (syncing) return <span>{t('packStatusSyncing')}</span>;
  const error = subscription?.error;
  if (error) {
    return (
      // Messages may name a long checksum; wrapping it keeps the table inside the page.
      <span class="sc-error" data-sync-error={error.kind} style={{ overflowWrap: 'anywhere' }}>
        {t('packSyncFailedAt', [formatTime(error.time, locale), syncErrorText(error)])}
        {pack && <span class="sc-muted"> {t('packKeepsVersion', pack.version)}</span>}
      </span>
    );
  }
  if (pack?.status === 'error') return <span class="sc-error">{t('packStatusError', pack.error ?? '')}</span>;
  return <span>{t('packStatusOk')}</span>;
}
