import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { NotArticleReason, PageSummary, RevealMarkRequest } from '@/lib/messaging/page-requests';
import { isSiteDisabled, readSettings, SETTINGS_KEY, type Settings, siteKey } from '@/lib/settings';
import { ClaimList } from './ClaimList';
import { EntityList } from './EntityList';
import { loadPageSummary } from './load-summary';
import { OutletSection } from './OutletSection';

type State =
  | { status: 'loading' }
  | {
      status: 'ready';
      tabId: number | undefined;
      summary: PageSummary | null;
      pageUrl: string | undefined;
      settings: Settings;
    }
  | { status: 'error'; error: string };

export interface PopupProps {
  tabId: Promise<number | undefined>;
  language: string;
  locale: string;
}

/** The summary of one tab: the outlet, the people and organisations, the claims — or why there are none. */
export function Popup({ tabId, language, locale }: PopupProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const load = async (): Promise<State> => {
      const id = await tabId;
      const send = (message: unknown) => browser.runtime.sendMessage(message);
      const [summary, stored] = await Promise.all([
        id === undefined ? null : loadPageSummary(send, id),
        browser.storage.local.get(SETTINGS_KEY),
      ]);
      // Without a summary the page was never read (a site switched off, say): ask the tab itself.
      const pageUrl = summary?.url ?? (id === undefined ? undefined : await tabUrl(id));
      return { status: 'ready', tabId: id, summary, pageUrl, settings: readSettings(stored[SETTINGS_KEY]) };
    };
    load()
      .then(setState)
      .catch((error: unknown) =>
        setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
      );
  }, [tabId]);

  return (
    <main class="sc-popup">
      <h1>{t('extName')}</h1>
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('loadFailed', state.error)}</p>}
      {state.status === 'ready' && <SummaryView state={state} language={language} locale={locale} />}
    </main>
  );
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

const REASON = {
  encyclopedia: 'popupReasonEncyclopedia',
  forum: 'popupReasonForum',
  product: 'popupReasonProduct',
  'index-page': 'popupReasonIndexPage',
  'search-page': 'popupReasonSearchPage',
  'no-article-markup': 'popupReasonNoArticleMarkup',
  'too-little-text': 'popupReasonTooLittleText',
  'not-analyzed': 'popupReasonNotAnalyzed',
} as const satisfies Record<NotArticleReason, string>;

function SummaryView({
  state,
  language,
  locale,
}: {
  state: Extract<State, { status: 'ready' }>;
  language: string;
  locale: string;
}) {
  const { summary, settings, tabId } = state;
  const hostname = hostnameOf(state.pageUrl);
  if (hostname !== undefined && isSiteDisabled(settings, hostname)) {
    return <SiteOff hostname={hostname} settings={settings} />;
  }
  const reveal = (id: string) => {
    if (tabId === undefined) return;
    const message: RevealMarkRequest = { type: 'reveal-mark', kind: 'entity', id };
    // A tab whose content script is gone (reloaded, closed) simply does not scroll.
    browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };
  const outlet = summary?.outlet && (
    <OutletSection outlet={summary.outlet} language={language} locale={locale} />
  );
  if (!summary?.articleFound) {
    return (
      <>
        <p class="sc-empty">{t('popupNoArticle')}</p>
        <p class="sc-muted">{t(REASON[summary?.notArticleReason ?? 'not-analyzed'])}</p>
        {outlet}
      </>
    );
  }
  return (
    <>
      {outlet}
      {summary.entities.length === 0 && summary.claims.length === 0 && (
        <p class="sc-empty">{t('popupNothingKnown')}</p>
      )}
      {summary.entities.length > 0 && (
        <EntityList entities={summary.entities} language={language} onReveal={reveal} />
      )}
      {summary.claims.length > 0 && <ClaimList claims={summary.claims} language={language} locale={locale} />}
    </>
  );
}

/** Switched off for this site: says so, with the switch that turns it back on (the page reloads to read). */
function SiteOff({ hostname, settings }: { hostname: string; settings: Settings }) {
  const [turnedOn, setTurnedOn] = useState(false);
  const turnOn = async () => {
    const key = siteKey(hostname);
    // Every entry that covers this host goes, also a parent domain's.
    const next = {
      ...settings,
      disabledSites: settings.disabledSites.filter((site) => key !== site && !key.endsWith(`.${site}`)),
    };
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    setTurnedOn(true);
  };
  if (turnedOn) return <p role="status">{t('popupTurnOnHint')}</p>;
  return (
    <>
      <p class="sc-empty">{t('popupSiteOff', siteKey(hostname))}</p>
      <button type="button" class="sc-primary" onClick={turnOn}>
        {t('popupTurnOn')}
      </button>
    </>
  );
}

function hostnameOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}
