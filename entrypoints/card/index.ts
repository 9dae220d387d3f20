import { createCardHost } from '@/components/card/card-host';
import { CARD_GLOBAL, type CardGlobal } from '@/lib/card/contract';
import { CARD_VIEW_PATH } from '@/lib/card/ports';
import { t } from '@/lib/i18n';

/**
 * `/card.js`: injected by the background into the content script's isolated world on the first
 * hover over a mark, so pages without hovers never load it. It registers the one card host where
 * the content script looks for it; the card itself is `card-view.html` in the host's frame.
 */
export default defineUnlistedScript(() => {
  const global = globalThis as CardGlobal;
  // Injected twice (two quick hovers): the first host stays.
  if (global[CARD_GLOBAL]) return;
  global[CARD_GLOBAL] = createCardHost(document, {
    viewUrl: browser.runtime.getURL(CARD_VIEW_PATH),
    connect: (name) => browser.runtime.connect({ name }),
    frameTitle: t('cardFrameTitle'),
  });
});
