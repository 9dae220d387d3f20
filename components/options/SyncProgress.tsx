import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { SyncProgressMessage } from '@/lib/messaging/sync-requests';

/**
 * The progress of running syncs by pack id, from the background's `sync-progress` broadcasts.
 * A `done` message removes the pack's entry and calls `onDone`, so the page reloads its list —
 * also after syncs it did not start (the periodic alarm, another options tab).
 */
export function useSyncProgress(onDone: (packId: string) => void): Map<string, SyncProgressMessage> {
  const [progress, setProgress] = useState(new Map<string, SyncProgressMessage>());
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    // Returns nothing: a listener that returned a value would claim the message's reply.
    const listener = (message: unknown): undefined => {
      const parsed = SyncProgressMessage.safeParse(message);
      if (!parsed.success) return;
      const update = parsed.data;
      setProgress((current) => {
        const next = new Map(current);
        if (update.phase === 'done') next.delete(update.packId);
        else next.set(update.packId, update);
        return next;
      });
      if (update.phase === 'done') done.current(update.packId);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  return progress;
}

/** A sync's time as the reader reads times: date and minute, in their time zone. */
export function formatTime(isoTime: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoTime),
  );
}

function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (megabytes ? 1024 * 1024 : 1024));
}

function progressText(progress: SyncProgressMessage, locale: string): string {
  switch (progress.phase) {
    case 'manifest':
      return t('syncPhaseManifest');
    case 'download':
      return t('syncPhaseDownload', [
        progress.shardsDone,
        progress.shardsTotal,
        formatBytes(progress.bytesDone, locale),
        formatBytes(progress.bytesTotal, locale),
      ]);
    case 'verify':
      return t('syncPhaseVerify');
    case 'install':
    case 'done':
      return t('syncPhaseInstall');
  }
}

/**
 * A bar for one pack's sync: bytes of its shards as they arrive (cached shards count at once),
 * with shards and bytes in words. Indeterminate until the manifest says how much there is.
 */
export function SyncProgressBar({
  progress,
  packName,
  locale,
}: {
  progress: SyncProgressMessage;
  packName: string;
  locale: string;
}) {
  const known = progress.bytesTotal > 0;
  const text = progressText(progress, locale);
  const percent = known ? Math.min(100, (progress.bytesDone / progress.bytesTotal) * 100) : 0;
  return (
    <div class="sc-sync-progress">
      <div
        role="progressbar"
        aria-label={t('syncProgressLabel', packName)}
        aria-valuemin={0}
        aria-valuemax={known ? progress.bytesTotal : undefined}
        aria-valuenow={known ? progress.bytesDone : undefined}
        aria-valuetext={text}
        data-shards-done={progress.shardsDone}
        data-shards-total={progress.shardsTotal}
        style={{
          height: '0.5rem',
          maxWidth: '12rem',
          border: '1px solid var(--sc-border)',
          borderRadius: '0.25rem',
          overflow: 'hidden',
        }}
      >
        <div style={{ width: `${percent}%`, height: '100%', background: 'var(--sc-accent)' }} />
      </div>
      <span class="sc-muted">{text}</span>
    </div>
  );
}
