import { createCardHost } from '@/components/card/card-host';
import { CARD_GLOBAL, type CardGlobal } from '@/lib/card/contract';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messaging/client';
import { uiLanguage, uiLocale } from '@/lib/ui-language';

/**
 * `/card.js`: injected by the background into the content script's isolated world on the first
 * hover over a mark, so pages without hovers never load Preact or the card. It registers the one
 * card host where the content script looks for it.
 */
export default defineUnlistedScript(() => {
  const global = globalThis as CardGlobal;
  // Injected twice (two quick hovers): the first host stays.
  if (global[CARD_GLOBAL]) return;
  const send = (message: unknown) => browser.runtime.sendMessage(message);
  global[CARD_GLOBAL] = createCardHost(document, {
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
});
