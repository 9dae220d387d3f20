import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/page.css';
import '@/components/shared/stance-bar.css';
import { applyUiLanguage, uiLanguage, uiLocale } from '@/lib/ui-language';

applyUiLanguage(document);

/** `popup.html?tab=<id>` shows that tab's summary (contract 5); otherwise the active tab's. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

render(
  <Popup tabId={targetTabId()} language={uiLanguage()} locale={uiLocale()} />,
  document.getElementById('app') as HTMLElement,
);
