import { startCardView } from '@/components/card/card-view';
import '@/components/card/card.css';
import '@/components/shared/stance-bar.css';
import { viewPortName } from '@/lib/card/ports';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messaging/client';
import { applyUiLanguage, uiLanguage, uiLocale } from '@/lib/ui-language';

/**
 * `card-view.html`: the hover card itself, in a frame the card host puts into the page. The
 * token after `#` names the host's port; the background pairs the two (lib/service/card-relay.ts).
 */
applyUiLanguage(document);
const send = (message: unknown) => browser.runtime.sendMessage(message);
startCardView(document, {
  connect: () => browser.runtime.connect({ name: viewPortName(location.hash.slice(1)) }),
  language: uiLanguage(),
  locale: uiLocale(),
  loadDetails: async (card) => {
    const details = await request(send, { type: 'details', kind: card.kind, id: card.id });
    // The mark outlived its record: a pack removed or updated since the page was marked.
    if (!details) throw new Error(t('cardGone'));
    return details;
  },
  saveNote: (card, text) => request(send, { type: 'save-note', kind: card.kind, id: card.id, text }),
});
